package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.support.ServerProcess;

/**
 * Stops the application cleanly (SIGTERM) and starts it again on the same data directory.
 */
class EmbeddedStoreRestartIT {

    @TempDir
    Path directory;

    @Test
    void keepsDocumentsAndUniqueIndexesAcrossACleanRestart() {
        try (ServerProcess first = ServerProcess.builder(directory).start()) {
            try (MongoClient client = MongoClients.create(first.storeConnectionString())) {
                MongoCollection<Document> works = works(client, first);
                works.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                works.insertMany(List.of(
                        work("HT-001", "Khánh thành cầu Hộ Độ"),
                        work("HT-002", "Khởi công trường THCS Nguyễn Du"),
                        work("HT-003", "Khánh thành nhà văn hóa tổ dân phố 5, phường Đại Nài")));
            }

            assertThat(first.stop()).as("exit code after SIGTERM").isEqualTo(143);
            assertThat(first.log()).contains("Store: embedded server closed (EMBEDDED_H2)");
        }

        try (ServerProcess second = ServerProcess.builder(directory).start();
                MongoClient client = MongoClients.create(second.storeConnectionString())) {
            MongoCollection<Document> works = works(client, second);

            List<String> names = works.find().sort(Sorts.ascending("code"))
                    .map(document -> document.getString("name")).into(new ArrayList<>());
            assertThat(names).containsExactly(
                    "Khánh thành cầu Hộ Độ",
                    "Khởi công trường THCS Nguyễn Du",
                    "Khánh thành nhà văn hóa tổ dân phố 5, phường Đại Nài");
            assertThatThrownBy(() -> works.insertOne(work("HT-002", "Trùng mã")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e ->
                            assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThat(second.get("/actuator/health").body()).contains("\"mongo\":{\"status\":\"UP\"}");
        }
    }

    static MongoCollection<Document> works(MongoClient client, ServerProcess server) {
        String database = new ConnectionString(server.storeConnectionString()).getDatabase();
        return client.getDatabase(database == null ? "campaign" : database).getCollection("works");
    }

    static Document work(String code, String name) {
        return new Document("code", code).append("name", name).append("kind", "INAUGURATION");
    }
}
