package vn.campaign.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;

class CountPipelineTest {

    @TempDir
    Path directory;

    private final List<BsonDocument> aggregates = new CopyOnWriteArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<org.bson.Document> works;

    @BeforeEach
    void startTheStore() {
        server = new MongoServer(new CommittingH2Backend(directory.resolve("store.mv").toString()));
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("aggregate")) {
                    aggregates.add(event.getCommand().clone());
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .addCommandListener(listener).build());
        works = client.getDatabase("campaign").getCollection("works");
        List<org.bson.Document> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            documents.add(new org.bson.Document("_id", "w" + i).append("unit", "U" + (i % 3))
                    .append("status", i % 4 == 0 ? "APPROVED" : "SUBMITTED").append("row", i));
        }
        works.insertMany(documents);
    }

    @AfterEach
    void stopTheStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void theDriversCountsAnswerWhatTheDocumentsHold() {
        assertThat(works.countDocuments()).isEqualTo(60);
        assertThat(works.countDocuments(Filters.eq("unit", "U1"))).isEqualTo(20);
        assertThat(works.countDocuments(Filters.and(Filters.eq("unit", "U0"), Filters.eq("status", "APPROVED"))))
                .as("rows 0, 12, 24, 36, 48").isEqualTo(5);
        assertThat(works.countDocuments(Filters.or(Filters.eq("unit", "U2"), Filters.gte("row", 57))))
                .as("20 of U2, and rows 57 and 58").isEqualTo(22);
        assertThat(works.countDocuments(Filters.in("_id", "w1", "w2", "nobody"))).isEqualTo(2);
        assertThat(works.countDocuments(Filters.eq("unit", "U1"), new CountOptions().skip(5))).isEqualTo(15);
        assertThat(works.countDocuments(Filters.eq("unit", "U1"), new CountOptions().limit(7))).isEqualTo(7);
        assertThat(works.countDocuments(Filters.eq("unit", "U1"), new CountOptions().skip(18).limit(7)))
                .isEqualTo(2);
        assertThat(works.countDocuments(Filters.eq("unit", "U1"), new CountOptions().skip(30))).isZero();
    }

    @Test
    void countsNothingWhereNothingMatchesOrNoCollectionIs() {
        assertThat(works.countDocuments(Filters.eq("unit", "U9"))).isZero();
        assertThat(client.getDatabase("campaign").getCollection("none").countDocuments(Filters.eq("a", 1)))
                .isZero();
    }

    @Test
    void recognisesThePipelineTheDriverSends() {
        works.countDocuments(Filters.eq("unit", "U1"), new CountOptions().skip(3).limit(4));
        works.countDocuments();

        assertThat(aggregates).hasSize(2);
        CountPipeline counted = CountPipeline.of(asStored(aggregates.get(0))).orElseThrow();
        assertThat(counted).isEqualTo(new CountPipeline("works", new Document("unit", "U1"), 3, 4));
        assertThat(CountPipeline.of(asStored(aggregates.get(1)))).contains(
                new CountPipeline("works", new Document(), 0, 0));
    }

    @Test
    void leavesEveryOtherAggregationToTheAggregation() {
        Document count = new Document("$group", new Document("_id", 1).append("n", new Document("$sum", 1)));
        Document match = new Document("$match", new Document("unit", "U1"));
        assertThat(CountPipeline.of(command(List.of(match, count)))).isPresent();
        assertThat(CountPipeline.of(command(List.of(match, new Document("$sort", new Document("row", 1)), count))))
                .as("another stage before the count").isEmpty();
        assertThat(CountPipeline.of(command(List.of(match,
                new Document("$group", new Document("_id", "$unit").append("n", new Document("$sum", 1)))))))
                .as("a count by group").isEmpty();
        assertThat(CountPipeline.of(command(List.of(match)))).as("no count").isEmpty();
        assertThat(CountPipeline.of(command(List.of(new Document("$limit", 0), count)))).as("limit 0").isEmpty();
        assertThat(CountPipeline.of(command(List.of(new Document("$skip", -1), count)))).as("skip < 0").isEmpty();
        assertThat(CountPipeline.of(command(List.of(new Document("$limit", 2.5), count)))).as("limit 2.5")
                .isEmpty();
        Document withCollation = command(List.of(match, count));
        withCollation.put("collation", new Document("locale", "vi"));
        assertThat(CountPipeline.of(withCollation)).as("a collation changes what matches").isEmpty();
    }

    @Test
    void answersInTheAggregationsShape() {
        CountPipeline pipeline = new CountPipeline("works", new Document(), 0, 0);

        assertThat(pipeline.aggregateReply("campaign", new Document("n", 12).append("ok", 1.0))).isEqualTo(
                new Document("cursor", new Document("id", 0L).append("ns", "campaign.works").append("firstBatch",
                        List.of(new Document("_id", 1).append("n", 12)))).append("ok", 1.0));
        assertThat(pipeline.aggregateReply("campaign", new Document("n", 0).append("ok", 1.0)))
                .extracting(reply -> ((Document) reply.get("cursor")).get("firstBatch")).isEqualTo(List.of());
        assertThat(pipeline.countCommand()).isEqualTo(new Document("count", "works").append("query", new Document()));
        assertThat(new CountPipeline("works", new Document("a", 1), 2, 3).countCommand()).isEqualTo(
                new Document("count", "works").append("query", new Document("a", 1)).append("skip", 2)
                        .append("limit", 3));
    }

    @Test
    void refusesAnImpossibleCount() {
        assertThatThrownBy(() -> new CountPipeline("", new Document(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new CountPipeline("works", new Document(), -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new CountPipeline("works", new Document(), 0, 0)
                .aggregateReply("campaign", new Document("ok", 0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n");
    }

    private static Document command(List<Document> pipeline) {
        return new Document("aggregate", "works").append("pipeline", pipeline).append("cursor", new Document())
                .append("$db", "campaign");
    }

    /** The command as the store decodes it from the wire. */
    private static Map<String, Object> asStored(Bson command) {
        ByteBuffer bytes = new RawBsonDocument(command.toBsonDocument(), new BsonDocumentCodec()).getByteBuffer()
                .asNIO();
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }
}
