package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableH2BackendIT {

    @TempDir
    Path directory;

    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void startServer() {
        backend = new DurableH2Backend(directory.resolve("store.mv").toString());
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void keepsOldVersionsLongerThanTheDefaultButNotSoLongThatTheirChunksPileUpInMemory() {
        assertThat(backend.getMvStore().getRetentionTime()).isEqualTo(DurableH2Backend.RETENTION.toMillis())
                .isGreaterThan(45_000).isLessThanOrEqualTo(180_000);
    }

    @Test
    void leavesNothingUncommittedOnceAnInsertIsAcknowledged() {
        works().insertOne(new Document("code", "HT-001").append("name", "Khánh thành cầu Hộ Độ"));

        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
    }

    @Test
    void leavesNothingUncommittedOnceUpdatesDeletesAndIndexesAreAcknowledged() {
        works().insertMany(List.of(new Document("code", "HT-001"), new Document("code", "HT-002")));
        works().createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();

        works().updateOne(Filters.eq("code", "HT-001"), Updates.set("status", "APPROVED"));
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();

        works().findOneAndUpdate(Filters.eq("code", "HT-002"), Updates.set("status", "REJECTED"));
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();

        works().deleteOne(Filters.eq("code", "HT-002"));
        assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
        assertThat(works().countDocuments()).isEqualTo(1);
    }

    @Test
    void takesReadCommandsAsReadOnly() {
        for (String command : List.of("find", "getMore", "count", "distinct", "hello", "isMaster", "ping",
                "listCollections", "listIndexes", "listDatabases", "endSessions", "killCursors")) {
            assertThat(DurableH2Backend.mayWrite(command, Map.of())).as(command).isFalse();
        }
    }

    @Test
    void takesWriteAndUnknownCommandsAsWriting() {
        for (String command : List.of("insert", "update", "delete", "findAndModify", "findandmodify",
                "createIndexes", "dropIndexes", "drop", "dropDatabase", "create", "renameCollection",
                "someFutureCommand")) {
            assertThat(DurableH2Backend.mayWrite(command, Map.of())).as(command).isTrue();
        }
    }

    @Test
    void takesAnAggregateAsWritingOnlyWithAnOutOrMergeStage() {
        Map<String, Object> grouping = Map.of("pipeline", List.of(Map.of("$group", Map.of("_id", "$kind"))));
        Map<String, Object> out = Map.of("pipeline", List.of(Map.of("$match", Map.of()), Map.of("$out", "copy")));
        Map<String, Object> merge = Map.of("pipeline", List.of(Map.of("$merge", Map.of("into", "copy"))));

        assertThat(DurableH2Backend.mayWrite("aggregate", grouping)).isFalse();
        assertThat(DurableH2Backend.mayWrite("aggregate", out)).isTrue();
        assertThat(DurableH2Backend.mayWrite("aggregate", merge)).isTrue();
    }

    private MongoCollection<Document> works() {
        return client.getDatabase("campaign").getCollection("works");
    }
}
