package vn.campaign.api.backup.mongo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.bson.RawBsonDocument;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * What a collection holds, in a form two stores can compare: its number of documents and a SHA-256 over
 * their BSON bytes in {@code _id} order. Equal digests mean equal documents, field order and types included.
 *
 * @param collection the collection
 * @param documents  its number of documents
 * @param sha256     the hash, in lower-case hexadecimal
 */
record CollectionDigest(String collection, long documents, String sha256) {

    /** Validates the values. */
    CollectionDigest {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(sha256, "sha256");
        if (documents < 0) {
            throw new IllegalArgumentException("documents must not be negative, was " + documents);
        }
    }

    /**
     * Reads one collection.
     *
     * @param database   the database
     * @param collection the collection
     * @return its digest
     */
    static CollectionDigest of(MongoDatabase database, String collection) {
        MessageDigest digest = newSha256();
        long documents = 0;
        for (RawBsonDocument document : database.getCollection(collection, RawBsonDocument.class).find()
                .sort(Sorts.ascending("_id")).batchSize(MongoDump.readBatch(database, collection))) {
            digest.update(MongoDump.bytes(document));
            documents++;
        }
        return new CollectionDigest(collection, documents, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads every collection of a dump ({@link MongoDump#collectionNames(MongoDatabase)}).
     *
     * @param database the database
     * @return the digests by collection, in name order
     */
    static Map<String, CollectionDigest> of(MongoDatabase database) {
        Map<String, CollectionDigest> digests = new LinkedHashMap<>();
        for (String name : MongoDump.collectionNames(database)) {
            digests.put(name, of(database, name));
        }
        return digests;
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
