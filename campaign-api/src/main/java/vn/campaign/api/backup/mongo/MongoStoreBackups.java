package vn.campaign.api.backup.mongo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.campaign.api.backup.StoreBackups;
import vn.campaign.api.backup.mongo.MongoDump.CollectionDump;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.WritesPaused;

/**
 * Backups of the running embedded store: its writes are held ({@link EmbeddedMongoStore#pauseWrites()}) while
 * every collection is read into the zip, so the dump is the store at one moment. An external MongoDB is backed
 * up with {@code mongodump} instead.
 */
final class MongoStoreBackups implements StoreBackups {

    /** The name of the manifest entry that ends the zip. */
    static final String MANIFEST = "backup.json";

    private static final Logger LOG = LoggerFactory.getLogger(MongoStoreBackups.class);

    private final @Nullable EmbeddedMongoStore store;

    /**
     * Backups of a store.
     *
     * @param store the embedded store, or {@code null} when the service runs on an external MongoDB
     */
    MongoStoreBackups(@Nullable EmbeddedMongoStore store) {
        this.store = store;
    }

    @Override
    public @Nullable String unavailableReason() {
        return store != null ? null
                : "Máy chủ dùng MongoDB bên ngoài: hãy sao lưu bằng mongodump. / The server uses an external"
                        + " MongoDB: back it up with mongodump.";
    }

    @Override
    public void writeZip(OutputStream out) throws IOException {
        EmbeddedMongoStore embedded = store;
        if (embedded == null) {
            throw new IllegalStateException(unavailableReason());
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        List<CollectionDump> collections;
        long pausedNanos;
        String database;
        long start = System.nanoTime();
        try (WritesPaused paused = embedded.pauseWrites();
                MongoClient client = MongoClients.create(paused.connectionString())) {
            database = databaseOf(paused.connectionString());
            collections = MongoDump.write(client.getDatabase(database), DumpTarget.zip(zip));
            pausedNanos = System.nanoTime() - start;
        }
        Document counts = new Document();
        long documents = 0;
        for (CollectionDump collection : collections) {
            counts.append(collection.name(), collection.documents());
            documents += collection.documents();
        }
        long pausedMillis = TimeUnit.NANOSECONDS.toMillis(pausedNanos);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(new Document("database", database).append("collections", counts)
                .append("writesPausedMillis", pausedMillis).toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        LOG.info("Backup: {} documents in {} collections; writes were held for {} ms", documents, collections.size(),
                pausedMillis);
    }

    private static String databaseOf(String connectionString) {
        String database = new ConnectionString(connectionString).getDatabase();
        if (database == null) {
            throw new IllegalStateException("The embedded store's connection string names no database");
        }
        return database;
    }
}
