package vn.campaign.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import vn.campaign.api.backup.mongo.StoreCommandLine;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreKind;
import vn.campaign.api.store.StoreProperties;
import vn.campaign.api.support.MongoContainerTestBase;
import vn.campaign.api.support.ServerProcess;

/**
 * The move from the embedded store to a real MongoDB ({@value MongoContainerTestBase#IMAGE} in a Docker
 * container, a single-node replica set as in {@code docker-compose.yml}): a backup of a populated embedded store
 * loads with the real {@code mongorestore}, every document and index included, and {@code copy-store --to} the
 * container's URI copies the store there, after which the service started with {@code SPRING_MONGODB_URI} on it
 * answers as it did on the embedded store. Skipped, not failed, where no Docker engine answers.
 */
@Testcontainers(disabledWithoutDocker = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupOnMongoContainerIT {

    private static final String ADMIN = TestTokens.cityAdmin();
    private static final String[] UNITS = {"18070", "18073", "18076", "18077"};
    private static final String WORKS = """
            { works(first: 100) { totalCount edges { node { id name status version location unit { code } } } } }""";
    private static final String AUDIT = """
            { auditTrail(first: 100) { totalCount nodes { at actor action objectType objectId after { field value } } } }""";
    private static final String CAMPAIGNS = "{ campaigns { code name } }";

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer(
            DockerImageName.parse(MongoContainerTestBase.IMAGE));

    @TempDir
    static Path directory;

    private Path original;
    private Path dump;
    private final List<Map<String, Object>> answers = new ArrayList<>();

    @BeforeAll
    void populateAnEmbeddedStoreAndBackItUp() {
        Path serverDirectory = directory.resolve("original");
        original = serverDirectory.resolve("data/campaign.mv");
        dump = directory.resolve("dump");
        try (ServerProcess server = ServerProcess.builder(serverDirectory).start()) {
            for (int i = 0; i < 10; i++) {
                String id = register(server, "Khánh thành nhà văn hoá số " + i);
                if (i % 3 == 0) {
                    GraphQlClient.post(server, ADMIN, """
                            mutation($input: ApproveWorkInput!) { approveWork(input: $input) { userErrors { code } } }""",
                            Map.of("input", Map.of("id", id, "expectedVersion", 0)));
                }
            }
            for (String query : List.of(WORKS, AUDIT, CAMPAIGNS)) {
                answers.add(GraphQlClient.post(server, ADMIN, query, Map.of()));
            }
            server.stop();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = StoreCommandLine.run(new String[] {"backup", "--to", dump.toString(), "--campaign.store.path",
            original.toString()}, printer(out), printer(out));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void mongorestoreLoadsTheDumpWithEveryDocumentAndIndex() throws Exception {
        MONGO.copyFileToContainer(MountableFile.forHostPath(dump), "/tmp/campaign-dump");

        ExecResult restored = MONGO.execInContainer("mongorestore", "--nsFrom", "campaign.*", "--nsTo", "restored.*",
                "/tmp/campaign-dump");

        assertThat(restored.getExitCode()).as(restored.getStdout() + restored.getStderr()).isZero();
        Map<String, String> stored = fingerprint(original);
        try (MongoClient client = MongoClients.create(MONGO.getReplicaSetUrl("restored"))) {
            MongoDatabase database = client.getDatabase("restored");
            assertThat(fingerprint(database)).isEqualTo(stored);
            for (String collection : stored.keySet()) {
                Document metadata = Document.parse(Files.readString(
                        dump.resolve("campaign/" + collection + ".metadata.json")));
                Map<String, Boolean> dumped = indexes(metadata.getList("indexes", Document.class));
                Map<String, Boolean> built = indexes(database.getCollection(collection).listIndexes()
                        .into(new ArrayList<>()));
                assertThat(built).as("indexes of %s: name → unique", collection).isEqualTo(dumped);
            }
            assertThat(indexes(database.getCollection("registrations").listIndexes().into(new ArrayList<>())))
                    .containsEntry("registration_type_campaign_status", false).containsValue(true);
        }
    }

    @Test
    void copyStoreToTheContainersUriCopiesEverythingAndTheServiceAnswersTheSameThere() {
        String uri = MONGO.getReplicaSetUrl("copied");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int copied = StoreCommandLine.run(new String[] {"copy-store", "--to", uri, "--campaign.store.path",
            original.toString()}, printer(out), printer(out));

        assertThat(copied).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("counts and SHA-256 checksums verified");
        try (MongoClient client = MongoClients.create(uri)) {
            assertThat(fingerprint(client.getDatabase("copied"))).isEqualTo(fingerprint(original));
        }
        try (ServerProcess server = ServerProcess.builder(directory.resolve("on-mongodb"))
                .environment("SPRING_MONGODB_URI", uri).start()) {
            List<Map<String, Object>> again = new ArrayList<>();
            for (String query : List.of(WORKS, AUDIT, CAMPAIGNS)) {
                again.add(GraphQlClient.post(server, ADMIN, query, Map.of()));
            }
            assertThat(again).isEqualTo(answers);
            assertThat(server.info().storeKind()).isEqualTo(StoreKind.EXTERNAL);
            server.stop();
        }
    }

    private static String register(ServerProcess server, String name) {
        Map<String, Object> response = GraphQlClient.post(server, ADMIN, """
                mutation($input: RegisterWorkInput!) { registerWork(input: $input) { work { id } userErrors { code } } }""",
                Map.of("input", Map.of("campaignCode", "CT32-2022", "unitCode",
                        UNITS[Math.abs(name.hashCode()) % UNITS.length], "name", name, "kind", "INAUGURATION",
                        "plannedOn", "2022-05-19", "taskAreaCode", "URBAN")));
        Object id = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) response.get("data")).get("registerWork")).get("work"))
                .get("id");
        return String.valueOf(id);
    }

    /** Index name → whether it is unique. */
    private static Map<String, Boolean> indexes(List<Document> indexes) {
        Map<String, Boolean> byName = new TreeMap<>();
        for (Document index : indexes) {
            byName.put(index.getString("name"), Boolean.TRUE.equals(index.getBoolean("unique")));
        }
        return byName;
    }

    private static Map<String, String> fingerprint(Path storeFile) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(
                new StoreProperties(EmbeddedBackend.H2, storeFile, 0, "campaign"));
                MongoClient client = MongoClients.create(store.connectionString())) {
            return fingerprint(client.getDatabase("campaign"));
        }
    }

    /** Per collection: its count and a SHA-256 of its documents' JSON in _id order. */
    private static Map<String, String> fingerprint(MongoDatabase database) {
        try {
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
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream printer(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
