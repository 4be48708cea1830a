package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.support.ServerProcess;

/**
 * Which store the application chooses, and how it tells: the start-up log, the process information file and
 * {@code /actuator/health}.
 */
class StoreSelectionIT {

    @TempDir
    Path directory;

    @Test
    void runsAndReportsTheEmbeddedMemoryStoreWhenAsked() {
        try (ServerProcess server = ServerProcess.builder(directory).embedded(EmbeddedBackend.MEMORY).start()) {
            assertThat(server.info().storeKind()).isEqualTo(StoreKind.EMBEDDED_MEMORY);
            assertThat(server.log()).contains("Store: embedded MongoDB-compatible server, in memory"
                    + " (data is lost on exit), on " + server.storeConnectionString());
            assertThat(server.get("/actuator/health").body()).contains("\"mongo\":{\"status\":\"UP\"}");
            assertThat(directory.resolve("data")).doesNotExist();
        }
    }

    @Test
    void reportsTheEmbeddedH2StoreWithItsFile() {
        Path file = directory.resolve("store").resolve("campaign.mv");
        try (ServerProcess server = ServerProcess.builder(directory).storePath(file).start()) {
            assertThat(server.info().storeKind()).isEqualTo(StoreKind.EMBEDDED_H2);
            assertThat(server.info().storeSummary()).isEqualTo("embedded MongoDB-compatible server, H2 file "
                    + file + ", on " + server.storeConnectionString());
            assertThat(server.log()).contains("Store: " + server.info().storeSummary());
            assertThat(server.storeConnectionString()).matches("mongodb://127\\.0\\.0\\.1:\\d+/campaign");
        }
    }

    @Test
    void usesTheMongoDbNamedBySpringMongodbUriInsteadOfTheEmbeddedStore() {
        StoreProperties otherServer = new StoreProperties(EmbeddedBackend.MEMORY, directory.resolve("unused.mv"),
                0, "campaign");
        try (EmbeddedMongoStore external = EmbeddedMongoStore.start(otherServer)) {
            String uri = "mongodb://127.0.0.1:" + external.address().getPort() + "/campaign_external";
            try (ServerProcess server = ServerProcess.builder(directory)
                    .property("spring.mongodb.uri", uri)
                    .start()) {
                assertThat(server.info().storeKind()).isEqualTo(StoreKind.EXTERNAL);
                assertThat(server.info().embeddedStore()).isEmpty();
                assertThat(server.log())
                        .contains("Store: external MongoDB at 127.0.0.1:" + external.address().getPort()
                                + ", database campaign_external")
                        .doesNotContain("embedded MongoDB-compatible server");
                try (MongoClient client = MongoClients.create(external.connectionString())) {
                    client.getDatabase("campaign_external").getCollection("works")
                            .insertOne(new Document("code", "HT-001"));
                }
                assertThat(server.get("/actuator/health").body()).contains("\"mongo\":{\"status\":\"UP\"}");
            }
        }
        assertThat(directory.resolve("data")).doesNotExist();
    }

    @Test
    void refusesToStartASecondServerOnTheSameStoreFile() {
        try (ServerProcess first = ServerProcess.builder(directory).start()) {
            Path secondDirectory = directory.resolve("second");
            ServerProcess.Builder second = ServerProcess.builder(secondDirectory)
                    .storePath(directory.resolve("data").resolve("campaign.mv"));

            assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The server exited with code 1 before it was ready")
                    .hasMessageContaining("Cannot open the embedded store file "
                            + directory.resolve("data").resolve("campaign.mv")
                            + " (is another instance using it?)");
            assertThat(first.isAlive()).isTrue();
        }
    }
}
