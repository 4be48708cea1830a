package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file with its documents as BSON: what the driver wrote is what it reads after a restart,
 * a file written in the former format (Java serialisation) opens and keeps working, and the file is smaller.
 */
class BsonStoreFileIT {

    @TempDir
    Path directory;

    @Test
    void readsEveryValueBackAsItWasWrittenAfterARestart() {
        Path file = directory.resolve("store.mv");
        List<Document> written = List.of(everyType(1), everyType(2));
        withStore(() -> new DurableH2Backend(file.toString()), works -> {
            works.insertMany(written);
            works.updateOne(Filters.eq("_id", 2), Updates.push("timeline", new Document("status", "APPROVED")));
        });

        withStore(() -> new DurableH2Backend(file.toString()), works -> {
            List<Document> read = works.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
            assertThat(read.get(0)).isEqualTo(written.get(0));
            assertThat(List.copyOf(read.get(0).keySet())).isEqualTo(List.copyOf(written.get(0).keySet()));
            assertThat(read.get(1).getList("timeline", Document.class)).hasSize(2);
            assertThat(works.countDocuments(Filters.eq("unit", "18100"))).isEqualTo(2);
        });
    }

    @Test
    void opensAFileWrittenInTheFormerFormatAndKeepsItsDocumentsAndIndexesThroughChanges() {
        Path file = directory.resolve("former.mv");
        withStore(() -> new H2Backend(file.toString()), works -> {
            works.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            works.insertMany(List.of(everyType(1), everyType(2), everyType(3)));
        });

        withStore(() -> new DurableH2Backend(file.toString()), works -> {
            assertThat(works.find(Filters.eq("_id", 1)).first()).isEqualTo(everyType(1));
            works.updateOne(Filters.eq("_id", 2), Updates.set("status", "APPROVED"));
            works.insertOne(everyType(4));
            assertThat(works.countDocuments()).isEqualTo(4);
        });

        withStore(() -> new DurableH2Backend(file.toString()), works -> {
            assertThat(works.find(Filters.eq("_id", 3)).first()).as("untouched since the former format")
                    .isEqualTo(everyType(3));
            assertThat(works.find(Filters.eq("_id", 2)).first()).isEqualTo(everyType(2).append("status", "APPROVED"));
            assertThat(works.find(Filters.eq("_id", 4)).first()).isEqualTo(everyType(4));
            assertThatThrownBy(() -> works.insertOne(everyType(5).append("name", everyType(1).getString("name"))))
                    .as("the unique index of the former file still holds").isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
        });
    }

    @Test
    void writesASmallerFileThanTheFormerFormat() {
        Path bson = directory.resolve("bson.mv");
        Path former = directory.resolve("former-size.mv");
        withStore(() -> new DurableH2Backend(bson.toString()), works -> insertThousand(works));
        withStore(() -> new H2Backend(former.toString()), works -> insertThousand(works));

        assertThat(bson.toFile().length()).isLessThan(former.toFile().length());
    }

    private static void insertThousand(MongoCollection<Document> works) {
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            batch.add(everyType(i));
        }
        works.insertMany(batch);
    }

    private static void withStore(Supplier<MongoBackend> backend, Consumer<MongoCollection<Document>> use) {
        MongoBackend opened = backend.get();
        MongoServer server = new MongoServer(opened);
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD).build();
        try (MongoClient client = MongoClients.create(settings)) {
            use.accept(client.getDatabase("campaign").getCollection("registrations"));
        } finally {
            server.shutdown();
        }
    }

    private static Document everyType(int id) {
        List<Object> timeline = new ArrayList<>();
        timeline.add(new Document("status", "REGISTERED").append("at", new Date(1_651_363_200_123L + id))
                .append("by", "officer-18100").append("note", null));
        return new Document("_id", id).append("campaign", "HT-2022").append("unit", "18100")
                .append("name", "Khánh thành công trình số " + id).append("version", 3L + id)
                .append("budget", new Decimal128(new java.math.BigDecimal("1500000000.5" + id)))
                .append("share", 0.25 * id).append("plaque", id % 2 == 0).append("ref", new ObjectId(
                        "65a1b2c3d4e5f60718293a4" + (id % 10)))
                .append("run", new UUID(42L, id)).append("scan", new Binary(BsonBinarySubType.BINARY, new byte[] {1, 2}))
                .append("timeline", timeline).append("tags", List.of("đô thị", id, (long) id));
    }
}
