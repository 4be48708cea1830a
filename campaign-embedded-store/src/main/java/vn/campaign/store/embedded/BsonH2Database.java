package vn.campaign.store.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A database of the embedded store whose collections keep their documents as BSON in the H2 file
 * ({@link BsonDocumentType}) and whose unique indexes order their keys value by value ({@link IndexKeyType});
 * everything else — the collections' metadata, the queries, the indexes' logic — is mongo-java-server's H2
 * database as it is.
 *
 * <p>A map of the store keeps the types it was first opened with for as long as the store is open. The H2 database
 * opens its existing collections and indexes while it is constructed, before a subclass can act, so {@link #open}
 * first opens the maps the file already holds with these types; a collection or an index created later is opened
 * with them by {@link #openOrCreateCollection} and {@link #openOrCreateUniqueIndex}. A collection renamed keeps its
 * map, and with it the type. (A database created new makes one collection, {@code system.namespaces}, in its
 * constructor, in the former format; its next start reads and writes it as BSON like the rest.)
 *
 * <p>Documents written in the former format (Java serialisation) are read as they are and rewritten as BSON when
 * their page next changes. An index map is different: the order of its keys is part of the file, so an index map
 * of the former order is rebuilt once, when the store first opens it — its entries read, the map replaced by one
 * of the new order holding them, the map's name noted in {@value #INDEX_FORMAT_MAP} — and the whole rebuild is
 * committed at once, with the store's background commits held meanwhile: a crash leaves the former map or the new
 * one, never a part.
 */
public final class BsonH2Database extends H2Database {

    /** The prefix mongo-java-server's H2 database gives the map of a collection's documents. */
    static final String DOCUMENTS_PREFIX = "databases.";

    /** The prefix it gives the map of a collection's metadata. */
    static final String META_PREFIX = "meta.";

    private static final Logger LOG = LoggerFactory.getLogger(BsonH2Database.class);

    /** The map that names the index maps already in the order of {@link IndexKeyType}. */
    static final String INDEX_FORMAT_MAP = "campaign.indexKeyOrder";

    /** What a collection's index map has in its name between the collection and the index. */
    static final String INDEX_INFIX = "._index_";

    private final @Nullable MVStore store;

    private BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    /**
     * Opens (or creates) a database in a store, its collections' documents as BSON.
     *
     * @param databaseName   the database's name
     * @param store          the H2 store
     * @param cursorRegistry the backend's cursors
     * @return the database
     */
    public static BsonH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        String prefix = DOCUMENTS_PREFIX + databaseName + ".";
        List<String> indexes = new ArrayList<>();
        for (String name : store.getMapNames()) {
            if (name.startsWith(prefix)) {
                documents(store, name);
            } else if (name.startsWith(databaseName + ".") && name.contains(INDEX_INFIX)) {
                indexes.add(name);
            }
        }
        MVMap<String, Integer> ordered = store.openMap(INDEX_FORMAT_MAP);
        List<String> former = indexes.stream().filter(name -> !ordered.containsKey(name)).toList();
        indexes.stream().filter(ordered::containsKey).forEach(name -> indexKeys(store, name));
        if (!former.isEmpty()) {
            rebuild(store, former, ordered);
        }
        return new BsonH2Database(databaseName, store, cursorRegistry);
    }

    /** Rebuilds index maps of the former order in the new one, committed together. */
    private static void rebuild(MVStore store, List<String> names, MVMap<String, Integer> ordered) {
        int autoCommitDelay = store.getAutoCommitDelay();
        store.setAutoCommitDelay(0);
        try {
            for (String name : names) {
                MVMap<Object, Object> formerMap = store.openMap(name);
                List<Map.Entry<Object, Object>> entries = new ArrayList<>(formerMap.size());
                for (Map.Entry<Object, Object> entry : formerMap.entrySet()) {
                    entries.add(Map.entry(entry.getKey(), entry.getValue()));
                }
                store.removeMap(formerMap);
                MVMap<KeyValue, Object> rebuilt = indexKeys(store, name);
                for (Map.Entry<Object, Object> entry : entries) {
                    rebuilt.put((KeyValue) entry.getKey(), entry.getValue());
                }
                ordered.put(name, 1);
            }
            store.commit();
            LOG.info("Store: {} unique index(es) rebuilt in the key order of this version: {}", names.size(), names);
        } finally {
            store.setAutoCommitDelay(autoCommitDelay);
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVStore mvStore = store;
        if (mvStore != null) { // after the constructor: open the map with the key order before the H2 database does
            String name = getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
            indexKeys(mvStore, name);
            mvStore.<String, Integer>openMap(INDEX_FORMAT_MAP).put(name, 1);
        }
        return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore mvStore = store;
        if (mvStore == null) { // in the constructor: the maps that exist are open already, with the BSON type
            return super.openOrCreateCollection(collectionName, options);
        }
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<String, Object> meta = mvStore.openMap(META_PREFIX + fullName);
        return new H2Collection(this, collectionName, options, documents(mvStore, DOCUMENTS_PREFIX + fullName), meta,
                cursorRegistry);
    }

    private static MVMap<KeyValue, Object> indexKeys(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
    }

    private static MVMap<Object, Document> documents(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
    }
}
