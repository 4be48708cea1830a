package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.support.ServerProcess;

/**
 * Kills the application with SIGKILL right after writes were acknowledged, restarts it on the same data
 * directory and checks that every acknowledged write is there.
 */
class EmbeddedStoreCrashIT {

    private static final int ROUNDS = 3;
    private static final int INSERTS_PER_ROUND = 20;

    @TempDir
    Path directory;

    @Test
    void keepsEveryAcknowledgedWriteWhenKilledRightAfterIt() {
        Map<String, String> expectedStatusByCode = new LinkedHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            try (ServerProcess server = ServerProcess.builder(directory).start();
                    MongoClient client = MongoClients.create(server.storeConnectionString())) {
                MongoCollection<Document> works = EmbeddedStoreRestartIT.works(client, server)
                        .withWriteConcern(WriteConcern.ACKNOWLEDGED);
                assertThat(statusByCode(works)).as("documents at the start of round " + round)
                        .containsExactlyEntriesOf(expectedStatusByCode);

                for (int i = 1; i <= INSERTS_PER_ROUND; i++) {
                    String code = "R%d-%02d".formatted(round, i);
                    works.insertOne(EmbeddedStoreRestartIT.work(code, "Công trình số " + i + " – đợt " + round)
                            .append("status", "REGISTERED"));
                    expectedStatusByCode.put(code, "REGISTERED");
                }
                String approved = "R%d-01".formatted(round);
                works.updateOne(Filters.eq("code", approved), Updates.set("status", "APPROVED"));
                expectedStatusByCode.put(approved, "APPROVED");
                String withdrawn = "R%d-02".formatted(round);
                works.deleteOne(Filters.eq("code", withdrawn));
                expectedStatusByCode.remove(withdrawn);

                assertThat(server.kill()).as("exit code after SIGKILL").isEqualTo(137);
                assertThat(server.log()).doesNotContain("Store: embedded server closed");
            }
        }

        try (ServerProcess server = ServerProcess.builder(directory).start();
                MongoClient client = MongoClients.create(server.storeConnectionString())) {
            assertThat(statusByCode(EmbeddedStoreRestartIT.works(client, server)))
                    .hasSize(ROUNDS * (INSERTS_PER_ROUND - 1))
                    .containsExactlyEntriesOf(expectedStatusByCode);
        }
    }

    private static Map<String, String> statusByCode(MongoCollection<Document> works) {
        Map<String, String> statusByCode = new LinkedHashMap<>();
        List<Document> documents = works.find().sort(Sorts.ascending("code")).into(new ArrayList<>());
        documents.forEach(document -> statusByCode.put(document.getString("code"), document.getString("status")));
        return statusByCode;
    }
}
