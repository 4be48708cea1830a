package vn.campaign.api.backup.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * Copies every collection of one database, documents and indexes, into another, then verifies that each
 * collection there has the same number of documents and the same checksum ({@link CollectionDigest}).
 */
final class StoreCopy {

    private static final int BATCH_DOCUMENTS = 500;
    private static final int BATCH_BYTES = 4 * 1024 * 1024;

    private StoreCopy() {
    }

    /**
     * The collections of a database that hold documents: a target with any is not empty.
     *
     * @param database the database
     * @return their names
     */
    static List<String> nonEmptyCollections(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        for (String name : MongoDump.collectionNames(database)) {
            if (database.getCollection(name).estimatedDocumentCount() > 0
                    || database.getCollection(name).find().first() != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Drops every collection (but MongoDB's {@code system.*}) of a database.
     *
     * @param database the database
     */
    static void clear(MongoDatabase database) {
        for (String name : MongoDump.collectionNames(database)) {
            database.getCollection(name).drop();
        }
    }

    /**
     * Copies and verifies.
     *
     * @param source the database copied
     * @param target the database written; should hold none of the source's collections
     * @return the digests of the collections copied, equal on both sides
     * @throws IllegalStateException if a collection differs after the copy, naming it and how
     */
    static Map<String, CollectionDigest> copy(MongoDatabase source, MongoDatabase target) {
        for (String name : MongoDump.collectionNames(source)) {
            target.createCollection(name);
            MongoCollection<RawBsonDocument> into = target.getCollection(name, RawBsonDocument.class);
            List<RawBsonDocument> batch = new ArrayList<>();
            int batchBytes = 0;
            for (RawBsonDocument document : source.getCollection(name, RawBsonDocument.class).find()
                    .sort(Sorts.ascending("_id")).batchSize(MongoDump.readBatch(source, name))) {
                batch.add(document);
                batchBytes += document.getByteBuffer().remaining();
                if (batch.size() >= BATCH_DOCUMENTS || batchBytes >= BATCH_BYTES) {
                    into.insertMany(batch);
                    batch.clear();
                    batchBytes = 0;
                }
            }
            if (!batch.isEmpty()) {
                into.insertMany(batch);
            }
            List<Document> indexes = new ArrayList<>();
            for (Document index : source.getCollection(name).listIndexes()) {
                if (!"_id_".equals(index.getString("name"))) {
                    index.remove("ns");
                    index.remove("v");
                    indexes.add(index);
                }
            }
            if (!indexes.isEmpty()) {
                target.runCommand(new Document("createIndexes", name).append("indexes", indexes));
            }
        }
        Map<String, CollectionDigest> expected = CollectionDigest.of(source);
        for (CollectionDigest digest : expected.values()) {
            CollectionDigest copied = CollectionDigest.of(target, digest.collection());
            if (copied.documents() != digest.documents()) {
                throw new IllegalStateException("collection " + digest.collection() + ": " + digest.documents()
                        + " documents in the store, " + copied.documents() + " in the target after the copy");
            }
            if (!copied.sha256().equals(digest.sha256())) {
                throw new IllegalStateException("collection " + digest.collection() + ": the target's documents"
                        + " differ from the store's (SHA-256 " + copied.sha256() + " instead of " + digest.sha256()
                        + ")");
            }
        }
        return expected;
    }
}
