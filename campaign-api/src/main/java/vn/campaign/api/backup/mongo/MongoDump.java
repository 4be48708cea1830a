package vn.campaign.api.backup.mongo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/**
 * A database written to, and read from, mongodump's directory layout: per collection
 * {@code <database>/<collection>.bson} (the documents' BSON, one after another) and
 * {@code <database>/<collection>.metadata.json} (canonical Extended JSON
 * {@code {"options":{},"indexes":[…],"uuid":"","collectionName":"…","type":"collection"}}), which
 * {@code mongorestore} loads into a MongoDB server.
 *
 * <p>Every collection is included (GridFS's {@code fs.files} and {@code fs.chunks} as any other) except
 * MongoDB's own {@code system.*}; documents are written in {@code _id} order (on the embedded server a sorted
 * read is also the fastest: it pages through one sorted result instead of scanning again for each batch).
 */
final class MongoDump {

    /** The largest document MongoDB stores (16 MiB) and a little more for the wire's slack. */
    static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024 + 16 * 1024;

    /** Collection names this dump writes and reads: no path separators, not starting with a dot. */
    static final Pattern COLLECTION_NAME = Pattern.compile("[^./\\\\\\x00$][^/\\\\\\x00$]{0,254}");

    /**
     * Most documents per reply when reading a collection: the embedded server answers a query in one reply
     * unless told a batch size, whatever its size, and the driver refuses replies over 48 MB.
     */
    static final int READ_BATCH = 500;

    /** The size a reply is kept near, from the collection's average document size. */
    private static final int READ_BATCH_BYTES = 8 * 1024 * 1024;

    private static final int BATCH_DOCUMENTS = 500;
    private static final int BATCH_BYTES = 4 * 1024 * 1024;
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder()
            .outputMode(JsonMode.EXTENDED).build();

    private MongoDump() {
    }

    /**
     * One collection of a dump.
     *
     * @param name      the collection
     * @param documents how many documents it holds
     */
    record CollectionDump(String name, long documents) {

        /** Validates the values. */
        CollectionDump {
            Objects.requireNonNull(name, "name");
            if (documents < 0) {
                throw new IllegalArgumentException("documents must not be negative, was " + documents);
            }
        }
    }

    /**
     * The collections of a database that a dump holds, in name order.
     *
     * @param database the database
     * @return the names, without {@code system.*}
     */
    static List<String> collectionNames(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            if (!name.startsWith("system.")) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Writes every collection of a database, its documents and its indexes.
     *
     * @param database the database
     * @param target   where the files go, under a directory named after the database
     * @return the collections written, in name order
     * @throws IOException if a file cannot be written
     */
    static List<CollectionDump> write(MongoDatabase database, DumpTarget target) throws IOException {
        List<CollectionDump> written = new ArrayList<>();
        String prefix = database.getName() + "/";
        for (String name : collectionNames(database)) {
            MongoCollection<RawBsonDocument> collection = database.getCollection(name, RawBsonDocument.class);
            long documents = 0;
            try (OutputStream out = new BufferedOutputStream(target.open(prefix + name + ".bson"), 1 << 16)) {
                for (RawBsonDocument document : collection.find().sort(Sorts.ascending("_id"))
                        .batchSize(readBatch(database, name))) {
                    out.write(bytes(document));
                    documents++;
                }
            }
            List<Document> indexes = new ArrayList<>();
            for (Document index : database.getCollection(name).listIndexes()) {
                index.remove("ns");
                indexes.add(index);
            }
            try (OutputStream out = target.open(prefix + name + ".metadata.json")) {
                out.write(metadata(name, indexes).getBytes(StandardCharsets.UTF_8));
            }
            written.add(new CollectionDump(name, documents));
        }
        return written;
    }

    /**
     * How many documents of a collection to ask for per reply: {@link #READ_BATCH}, fewer when its documents
     * are large (GridFS chunks are 255 KiB each), so that a reply stays near 8 MiB.
     *
     * @param database   the database
     * @param collection the collection
     * @return the batch size, at least 1
     */
    static int readBatch(MongoDatabase database, String collection) {
        double average;
        try {
            Object size = database.runCommand(new Document("collStats", collection)).get("avgObjSize");
            average = size instanceof Number number ? number.doubleValue() : 0;
        } catch (RuntimeException e) { // a server without collStats: assume large documents
            return 16;
        }
        if (average <= 0) {
            return READ_BATCH;
        }
        return (int) Math.max(1, Math.min(READ_BATCH, READ_BATCH_BYTES / average));
    }

    /**
     * The metadata file of a collection, as mongodump writes it.
     *
     * @param collection the collection
     * @param indexes    its index specifications as {@code listIndexes} answers them
     * @return canonical Extended JSON
     */
    static String metadata(String collection, List<Document> indexes) {
        return new Document("options", new Document()).append("indexes", indexes).append("uuid", "")
                .append("collectionName", collection).append("type", "collection").toJson(CANONICAL);
    }

    /**
     * The bytes of a document.
     *
     * @param document the document
     * @return its BSON
     */
    static byte[] bytes(RawBsonDocument document) {
        ByteBuf buffer = document.getByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /**
     * Finds the database directory of a dump: the directory itself when it holds {@code .bson} files,
     * otherwise its one subdirectory that does.
     *
     * @param dump the directory given by the user
     * @return the directory holding the {@code .bson} files
     * @throws IOException              if the directory cannot be read
     * @throws IllegalArgumentException if it holds no dump, or dumps of several databases
     */
    static Path databaseDirectory(Path dump) throws IOException {
        if (!Files.isDirectory(dump)) {
            throw new IllegalArgumentException("no directory " + dump);
        }
        if (!bsonFiles(dump).isEmpty()) {
            return dump;
        }
        List<Path> databases = new ArrayList<>();
        try (Stream<Path> children = Files.list(dump)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && !bsonFiles(child).isEmpty()) {
                    databases.add(child);
                }
            }
        }
        if (databases.isEmpty()) {
            throw new IllegalArgumentException(dump + " holds no dump: no <database>/<collection>.bson file");
        }
        if (databases.size() > 1) {
            throw new IllegalArgumentException(dump + " holds dumps of " + databases.size()
                    + " databases; give the directory of the one to restore, e.g. " + databases.get(0));
        }
        return databases.get(0);
    }

    private static List<Path> bsonFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".bson") && Files.isRegularFile(f))
                    .sorted().toList();
        }
    }

    /**
     * Loads every collection of a database directory into a database: the documents in batches, then the
     * indexes of the metadata file, if there is one (the {@code _id} index exists already).
     *
     * @param directory the database directory of a dump ({@link #databaseDirectory(Path)})
     * @param database  the database to load into; its collections of the same names should be empty
     * @return the collections loaded, in name order
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if a file is not a dump's, naming it and the offset
     */
    static List<CollectionDump> restore(Path directory, MongoDatabase database) throws IOException {
        List<CollectionDump> loaded = new ArrayList<>();
        for (Path file : bsonFiles(directory)) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".bson".length());
            if (!COLLECTION_NAME.matcher(name).matches() || name.startsWith("system.")) {
                throw new IllegalArgumentException(file + ": '" + name + "' is not a collection this dump restores");
            }
            database.createCollection(name);
            MongoCollection<RawBsonDocument> collection = database.getCollection(name, RawBsonDocument.class);
            long documents = 0;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                List<RawBsonDocument> batch = new ArrayList<>();
                int batchBytes = 0;
                RawBsonDocument document;
                long offset = 0;
                while ((document = next(in, file, offset)) != null) {
                    int size = document.getByteBuffer().remaining();
                    offset += size;
                    batch.add(document);
                    batchBytes += size;
                    documents++;
                    if (batch.size() >= BATCH_DOCUMENTS || batchBytes >= BATCH_BYTES) {
                        collection.insertMany(batch);
                        batch.clear();
                        batchBytes = 0;
                    }
                }
                if (!batch.isEmpty()) {
                    collection.insertMany(batch);
                }
            }
            Path metadata = directory.resolve(name + ".metadata.json");
            if (Files.isRegularFile(metadata)) {
                createIndexes(database, name, metadata);
            }
            loaded.add(new CollectionDump(name, documents));
        }
        return loaded;
    }

    /**
     * Counts the documents of a {@code .bson} file, checking that it is whole.
     *
     * @param file the file
     * @return its number of documents
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if it is not a whole BSON dump
     */
    static long countDocuments(Path file) throws IOException {
        long documents = 0;
        long offset = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            RawBsonDocument document;
            while ((document = next(in, file, offset)) != null) {
                offset += document.getByteBuffer().remaining();
                documents++;
            }
        }
        return documents;
    }

    /**
     * Reads every {@code .bson} file of a database directory through, before anything is loaded, so that a
     * damaged dump is refused whole rather than half restored.
     *
     * @param directory the database directory of a dump
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException if a file is not a whole BSON dump, naming it and the offset
     */
    static void check(Path directory) throws IOException {
        for (Path file : bsonFiles(directory)) {
            countDocuments(file);
        }
    }

    private static void createIndexes(MongoDatabase database, String collection, Path metadataFile)
            throws IOException {
        Document metadata;
        try {
            metadata = Document.parse(Files.readString(metadataFile, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(metadataFile + " is not mongodump metadata: " + e.getMessage(), e);
        }
        List<Document> specifications = new ArrayList<>();
        for (Object index : metadata.getList("indexes", Object.class, List.of())) {
            if (!(index instanceof Document spec) || !(spec.get("key") instanceof Document)
                    || !(spec.get("name") instanceof String indexName)) {
                throw new IllegalArgumentException(metadataFile + ": an index without key or name: " + index);
            }
            if (!indexName.equals("_id_")) {
                Document copy = new Document(spec);
                copy.remove("ns");
                copy.remove("v");
                specifications.add(copy);
            }
        }
        if (!specifications.isEmpty()) {
            database.runCommand(new Document("createIndexes", collection).append("indexes", specifications));
        }
    }

    /**
     * Reads the next document of a {@code .bson} file.
     *
     * @return the document, or {@code null} at the end of the file
     */
    private static @org.jspecify.annotations.Nullable RawBsonDocument next(InputStream in, Path file, long offset)
            throws IOException {
        byte[] header = new byte[4];
        int read = in.readNBytes(header, 0, 4);
        if (read == 0) {
            return null;
        }
        if (read < 4) {
            throw truncated(file, offset);
        }
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16 | (header[3] & 0xff) << 24;
        if (length < 5 || length > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is not a BSON dump: the document at byte %d claims %d bytes", file, offset, length));
        }
        byte[] bytes = new byte[length];
        System.arraycopy(header, 0, bytes, 0, 4);
        if (in.readNBytes(bytes, 4, length - 4) < length - 4) {
            throw truncated(file, offset);
        }
        if (bytes[length - 1] != 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s is not a BSON dump: the document at byte %d does not end with a zero byte", file, offset));
        }
        return new RawBsonDocument(bytes);
    }

    private static IllegalArgumentException truncated(Path file, long offset) {
        return new IllegalArgumentException(String.format(Locale.ROOT,
                "%s is cut short: the document at byte %d is incomplete", file, offset),
                new EOFException(file.toString()));
    }
}
