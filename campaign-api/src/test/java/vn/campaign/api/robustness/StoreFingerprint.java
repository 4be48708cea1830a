package vn.campaign.api.robustness;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * A fingerprint of everything a store holds: for each collection, its number of documents and a SHA-256 of
 * all of them in {@code _id} order, read through the MongoDB driver. Two equal fingerprints mean nothing was
 * added, changed or removed in between.
 *
 * @param collections the count and hash of each collection, by name
 */
record StoreFingerprint(Map<String, String> collections) {

    /** Copies the map. */
    StoreFingerprint {
        collections = Map.copyOf(collections);
    }

    /**
     * Reads a store.
     *
     * @param connectionString the store's connection string, e.g. the embedded store's
     * @param database         the database, used when the connection string names none
     * @return its fingerprint
     */
    static StoreFingerprint of(String connectionString, String database) {
        ConnectionString parsed = new ConnectionString(connectionString);
        try (MongoClient client = MongoClients.create(parsed)) {
            MongoDatabase db = client.getDatabase(parsed.getDatabase() != null ? parsed.getDatabase() : database);
            Map<String, String> collections = new TreeMap<>();
            for (String name : db.listCollectionNames()) {
                List<Document> documents = db.getCollection(name).find().sort(Sorts.ascending("_id"))
                        .into(new ArrayList<>());
                MessageDigest digest = sha256();
                for (Document document : documents) {
                    digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                collections.put(name, documents.size() + " documents, sha-256 "
                        + HexFormat.of().formatHex(digest.digest()));
            }
            return new StoreFingerprint(collections);
        }
    }

    /**
     * The number of documents of a collection.
     *
     * @param collection the collection's name
     * @return its count, 0 when it does not exist
     */
    int count(String collection) {
        String value = collections.get(collection);
        return value == null ? 0 : Integer.parseInt(value.substring(0, value.indexOf(' ')));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
