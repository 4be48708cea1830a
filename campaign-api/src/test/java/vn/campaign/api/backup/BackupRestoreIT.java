package vn.campaign.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import vn.campaign.api.backup.mongo.StoreCommandLine;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreProperties;
import vn.campaign.api.support.ServerProcess;

/**
 * A populated store (registrations and their audit entries, an import run, the campaigns, a GridFS file) backed
 * up while the server runs and writes go on, and again once it is stopped; restored into a new store, on which
 * the server answers as before; copied to another MongoDB-compatible server, verified and not copied twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {

    private static final String ADMIN = TestTokens.cityAdmin();
    private static final String[] UNITS = {"18070", "18073", "18076", "18077"};
    private static final String WORKS = """
            { works(first: 100) { totalCount edges { node { id name status version location unit { code } } } } }""";
    private static final String IMPORTS = "{ imports(first: 10) { totalCount edges { node { id fileName status } } } }";
    private static final String AUDIT = """
            { auditTrail(first: 100) { totalCount nodes { at actor action objectType objectId after { field value } } } }""";
    private static final String CAMPAIGNS = "{ campaigns { code name } }";

    @TempDir
    static Path directory;

    private Path original;
    private Path liveDump;
    private Path dump;
    private String liveOutput = "";
    private int liveStatus;
    private final List<Map<String, Object>> answers = new ArrayList<>();
    private String firstWorkId = "";

    @BeforeAll
    void populateBackUpWhileWritingAndStop() throws Exception {
        Path serverDirectory = directory.resolve("original");
        original = serverDirectory.resolve("data/campaign.mv");
        liveDump = directory.resolve("live-dump");
        dump = directory.resolve("dump");
        try (ServerProcess server = ServerProcess.builder(serverDirectory).start()) {
            for (int i = 0; i < 12; i++) {
                String id = register(server, "Khánh thành cầu số " + i);
                if (i % 2 == 0) {
                    GraphQlClient.post(server, ADMIN, """
                            mutation($input: ApproveWorkInput!) { approveWork(input: $input) { userErrors { code } } }""",
                            Map.of("input", Map.of("id", id, "expectedVersion", 0)));
                }
            }
            assertThat(GraphQlClient.upload(server, ADMIN, "cong-trinh.csv", "unit,name\n18070,Cầu\n"))
                    .isLessThan(500);
            try (MongoClient client = MongoClients.create(server.storeConnectionString())) {
                GridFSBuckets.create(client.getDatabase("campaign")).uploadFromStream("bien-ban.pdf",
                        new java.io.ByteArrayInputStream("%PDF-1.4 biên bản nghiệm thu".getBytes(StandardCharsets.UTF_8)));
            }

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger started = new AtomicInteger();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    register(server, "Công trình trong khi sao lưu " + started.incrementAndGet());
                    written.incrementAndGet();
                }
            });
            writer.start();
            while (written.get() < 3) {
                Thread.onSpinWait();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            liveStatus = StoreCommandLine.run(new String[] {"backup", "--to", liveDump.toString(),
                "--server", "http://127.0.0.1:" + server.httpPort(), "--token", ADMIN}, printer(out), printer(out));
            liveOutput = out.toString(StandardCharsets.UTF_8);
            int before = written.get();
            while (written.get() < before + 3) {
                Thread.onSpinWait();
            }
            writing.set(false);
            writer.join();

            for (String query : List.of(WORKS, IMPORTS, AUDIT, CAMPAIGNS)) {
                answers.add(GraphQlClient.post(server, ADMIN, query, Map.of()));
            }
            firstWorkId = String.valueOf(at(answers.get(0), "data", "works", "edges", 0, "node", "id"));
            answers.add(node(server, firstWorkId));
            server.stop();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StoreCommandLine.run(new String[] {"backup", "--to", dump.toString(),
            "--campaign.store.path", original.toString()}, printer(out), printer(out));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void backsUpARunningServerWhileWritesGoOnWithEveryAuditEntrysRegistrationPresent() throws Exception {
        assertThat(liveStatus).as(liveOutput).isZero();
        assertThat(liveOutput).contains("written to", "the server held writes for");

        Set<String> registrations = new HashSet<>();
        for (BsonDocument registration : documents(liveDump.resolve("campaign/registrations.bson"))) {
            registrations.add(registration.getString("_id").getValue());
        }
        List<BsonDocument> audit = documents(liveDump.resolve("campaign/audit.bson"));
        assertThat(registrations).hasSizeGreaterThanOrEqualTo(15);
        assertThat(audit).filteredOn(entry -> entry.getString("objectType").getValue().equals("Work"))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(registrations).contains(entry.getString("objectId").getValue()));
    }

    @Test
    void aRestoredStoreAnswersTheSameQueriesAsTheOriginal() throws Exception {
        Path restoredDirectory = directory.resolve("restored");
        Path restored = restoredDirectory.resolve("data/campaign.mv");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StoreCommandLine.run(new String[] {"restore", "--from", dump.toString(),
            "--campaign.store.path", restored.toString()}, printer(out), printer(out));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(fingerprint(restored)).isEqualTo(fingerprint(original));

        try (ServerProcess server = ServerProcess.builder(restoredDirectory).start()) {
            List<Map<String, Object>> again = new ArrayList<>();
            for (String query : List.of(WORKS, IMPORTS, AUDIT, CAMPAIGNS)) {
                again.add(GraphQlClient.post(server, ADMIN, query, Map.of()));
            }
            again.add(node(server, firstWorkId));
            assertThat(again).isEqualTo(answers);
            server.stop();
        }
    }

    @Test
    void refusesToRestoreIntoAStoreThatHoldsDataUnlessForced() {
        Path target = directory.resolve("occupied/campaign.mv");
        assertThat(StoreCommandLine.run(new String[] {"restore", "--from", dump.toString(),
            "--campaign.store.path", target.toString()}, printer(new ByteArrayOutputStream()),
                printer(new ByteArrayOutputStream()))).isZero();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int refused = StoreCommandLine.run(new String[] {"restore", "--from", dump.toString(),
            "--campaign.store.path", target.toString()}, printer(new ByteArrayOutputStream()), printer(err));
        int forced = StoreCommandLine.run(new String[] {"restore", "--from", dump.toString(),
            "--campaign.store.path", target.toString(), "--force"}, printer(new ByteArrayOutputStream()), printer(err));

        assertThat(refused).isEqualTo(StoreCommandLine.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1)
                .contains("already holds data", "registrations", "--force");
        assertThat(forced).isZero();
        assertThat(fingerprint(target)).isEqualTo(fingerprint(original));
    }

    @Test
    void writesMongodumpsLayoutWithEveryCollectionAndItsIndexes() throws Exception {
        Map<String, String> stored = fingerprint(original);
        assertThat(stored).containsKeys("registrations", "audit", "imports", "campaigns", "units", "fs.files",
                "fs.chunks");
        for (String collection : stored.keySet()) {
            Path bson = dump.resolve("campaign/" + collection + ".bson");
            Path metadataFile = dump.resolve("campaign/" + collection + ".metadata.json");
            assertThat(bson).isRegularFile();
            assertThat(stored.get(collection)).startsWith(documents(bson).size() + " documents");

            Document metadata = Document.parse(Files.readString(metadataFile));
            assertThat(metadata.getString("collectionName")).isEqualTo(collection);
            assertThat(metadata.getString("type")).isEqualTo("collection");
            assertThat(metadata.getList("indexes", Document.class)).extracting(index -> index.getString("name"))
                    .contains("_id_");
        }
        Document registrations = Document.parse(Files.readString(dump.resolve("campaign/registrations.metadata.json")));
        assertThat(registrations.getList("indexes", Document.class))
                .anySatisfy(index -> assertThat(index.getBoolean("unique")).isTrue());
        assertThat(registrations.getList("indexes", Document.class)).extracting(index -> index.getString("name"))
                .as("the store's non-unique indexes are dumped too, for a MongoDB server to build")
                .contains("registration_type_campaign_status");
        assertThat(Files.readString(dump.resolve("campaign/registrations.metadata.json")))
                .as("canonical Extended JSON, as mongodump writes it")
                .startsWith("{\"options\": {}, \"indexes\": [{").contains("\"v\": {\"$numberInt\": \"2\"}");
    }

    @Test
    void copiesTheStoreToAnotherServerVerifiedAndRefusesANonEmptyTargetUnlessOverwriting() {
        MongoServer target = new MongoServer(new MemoryBackend());
        String uri = target.bindAndGetConnectionString() + "/campaign";
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int copied = StoreCommandLine.run(new String[] {"copy-store", "--to", uri, "--campaign.store.path",
                original.toString()}, printer(out), printer(out));
            assertThat(copied).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("counts and SHA-256 checksums verified");
            assertThat(fingerprint(uri)).isEqualTo(fingerprint(original));

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int refused = StoreCommandLine.run(new String[] {"copy-store", "--to", uri, "--campaign.store.path",
                original.toString()}, printer(new ByteArrayOutputStream()), printer(err));
            assertThat(refused).isEqualTo(StoreCommandLine.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).hasLineCount(1).contains("is not empty", "--overwrite");

            int overwritten = StoreCommandLine.run(new String[] {"copy-store", "--to", uri, "--campaign.store.path",
                original.toString(), "--overwrite"}, printer(new ByteArrayOutputStream()), printer(err));
            assertThat(overwritten).isZero();
            assertThat(fingerprint(uri)).isEqualTo(fingerprint(original));
        } finally {
            target.shutdownNow();
        }
    }

    private static String register(ServerProcess server, String name) {
        Map<String, Object> response = GraphQlClient.post(server, ADMIN, """
                mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id } userErrors { code } } }""",
                Map.of("input", Map.of("campaignCode", "CT32-2022", "unitCode", UNITS[Math.abs(name.hashCode()) % UNITS.length],
                        "name", name, "kind", "INAUGURATION", "plannedOn", "2022-05-19", "taskAreaCode", "URBAN")));
        return String.valueOf(at(response, "data", "registerWork", "work", "id"));
    }

    private static Map<String, Object> node(ServerProcess server, String id) {
        return GraphQlClient.post(server, ADMIN, "query($id: ID!) { node(id: $id) { ... on Work { name status version } } }",
                Map.of("id", id));
    }

    private static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            current = step instanceof Integer index ? ((List<?>) current).get(index) : ((Map<?, ?>) current).get(step);
            if (current == null) {
                throw new AssertionError("nothing at " + List.of(path) + " in " + root);
            }
        }
        return current;
    }

    /** Reads a .bson file with the driver's BSON decoder. */
    private static List<BsonDocument> documents(Path bson) throws Exception {
        byte[] bytes = Files.readAllBytes(bson);
        List<BsonDocument> documents = new ArrayList<>();
        int offset = 0;
        while (offset < bytes.length) {
            int length = java.nio.ByteBuffer.wrap(bytes, offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            documents.add(new RawBsonDocument(bytes, offset, length).decode(new org.bson.codecs.BsonDocumentCodec()));
            offset += length;
        }
        return documents;
    }

    private static Map<String, String> fingerprint(Path storeFile) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(
                new StoreProperties(EmbeddedBackend.H2, storeFile, 0, "campaign"))) {
            return fingerprint(store.connectionString());
        }
    }

    /** Per collection: its count and a SHA-256 of its documents' JSON in _id order. */
    private static Map<String, String> fingerprint(String connectionString) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoDatabase database = client.getDatabase("campaign");
            Map<String, String> collections = new TreeMap<>();
            for (String name : database.listCollectionNames()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                int count = 0;
                for (Document document : database.getCollection(name).find().sort(Sorts.ascending("_id"))) {
                    digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                    count++;
                }
                collections.put(name, count + " documents, " + HexFormat.of().formatHex(digest.digest()));
            }
            return collections;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream printer(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
