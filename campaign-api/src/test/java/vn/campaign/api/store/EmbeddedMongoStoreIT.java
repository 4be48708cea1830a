package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoStoreIT {

    @TempDir
    Path directory;

    @Test
    void servesTheMongoDriverFromMemoryOnALoopbackPort() {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(memory())) {
            ConnectionString connectionString = new ConnectionString(store.connectionString());
            assertThat(connectionString.getHosts()).containsExactly("127.0.0.1:" + store.address().getPort());
            assertThat(connectionString.getDatabase()).isEqualTo("campaign");
            assertThat(store.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(store.description().kind()).isEqualTo(StoreKind.EMBEDDED_MEMORY);

            try (MongoClient client = MongoClients.create(connectionString)) {
                MongoCollection<Document> works = client.getDatabase("campaign").getCollection("works");
                works.insertOne(new Document("code", "HT-001").append("name", "Khởi công đường Hàm Nghi"));

                Document found = works.find(Filters.eq("code", "HT-001")).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("name")).isEqualTo("Khởi công đường Hàm Nghi");
            }
        }
    }

    @Test
    void keepsH2DocumentsAfterCloseAndReopen() {
        StoreProperties properties = h2(directory.resolve("data").resolve("campaign.mv"));
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("campaign").getCollection("works")
                    .insertOne(new Document("code", "HT-002").append("name", "Khánh thành nhà văn hóa"));
        }

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                MongoClient client = MongoClients.create(store.connectionString())) {
            List<String> names = client.getDatabase("campaign").getCollection("works").find()
                    .map(document -> document.getString("name")).into(new ArrayList<>());
            assertThat(names).containsExactly("Khánh thành nhà văn hóa");
        }
    }

    @Test
    void createsTheMissingDirectoriesOfTheStoreFile() {
        Path file = directory.resolve("a").resolve("b").resolve("campaign.mv");

        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(h2(file))) {
            assertThat(store.description().kind()).isEqualTo(StoreKind.EMBEDDED_H2);
            assertThat(store.description().summary()).contains(file.toString());
        }
        assertThat(file).isRegularFile();
    }

    @Test
    void refusesAStoreFileThatIsAlreadyOpen() {
        Path file = directory.resolve("campaign.mv");
        try (EmbeddedMongoStore first = EmbeddedMongoStore.start(h2(file))) {
            assertThatThrownBy(() -> EmbeddedMongoStore.start(h2(file)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Cannot open the embedded store file " + file
                            + " (is another instance using it?)");
        }
    }

    @Test
    void releasesThePortAndTheFileWhenClosedAndToleratesASecondClose() throws IOException {
        Path file = directory.resolve("campaign.mv");
        EmbeddedMongoStore store = EmbeddedMongoStore.start(h2(file));
        int port = store.address().getPort();

        store.close();
        store.close();

        try (ServerSocket socket = new ServerSocket(port, 1, store.address().getAddress());
                EmbeddedMongoStore reopened = EmbeddedMongoStore.start(h2(file))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
            assertThat(reopened.description().kind()).isEqualTo(StoreKind.EMBEDDED_H2);
        }
    }

    @Test
    void reportsAPortThatIsTakenWithTheAddress() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StoreProperties properties = new StoreProperties(EmbeddedBackend.MEMORY, directory.resolve("x.mv"),
                    taken.getLocalPort(), "campaign");

            assertThatThrownBy(() -> EmbeddedMongoStore.start(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Cannot start the embedded store on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(Files.exists(directory.resolve("x.mv"))).isFalse();
    }

    private StoreProperties memory() {
        return new StoreProperties(EmbeddedBackend.MEMORY, directory.resolve("unused.mv"), 0, "campaign");
    }

    private static StoreProperties h2(Path file) {
        return new StoreProperties(EmbeddedBackend.H2, file, 0, "campaign");
    }
}
