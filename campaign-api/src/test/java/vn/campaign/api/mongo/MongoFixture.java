package vn.campaign.api.mongo;

import java.nio.file.Path;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreProperties;

/**
 * A database for adapter tests: on the MongoDB named by {@code SPRING_MONGODB_URI} when it is set (a fresh
 * database per fixture, dropped at the end), otherwise on an embedded in-memory store started for the fixture.
 */
final class MongoFixture implements AutoCloseable {

    private final @Nullable EmbeddedMongoStore store;
    private final MongoClient client;
    private final MongoTemplate template;
    private final boolean external;

    private MongoFixture(@Nullable EmbeddedMongoStore store, MongoClient client, String database, boolean external) {
        this.store = store;
        this.client = client;
        this.template = new MongoTemplate(client, database);
        this.external = external;
    }

    /**
     * Opens a fresh database with the adapters' indexes.
     *
     * @return the fixture
     */
    static MongoFixture open() {
        String uri = System.getenv("SPRING_MONGODB_URI");
        MongoFixture fixture;
        if (uri != null && !uri.isBlank()) {
            fixture = new MongoFixture(null, MongoClients.create(new ConnectionString(uri)),
                    "adapter-test-" + UUID.randomUUID(), true);
        } else {
            EmbeddedMongoStore store = EmbeddedMongoStore.start(
                    new StoreProperties(EmbeddedBackend.MEMORY, Path.of("unused.mv"), 0, "adapter-test"));
            fixture = new MongoFixture(store, MongoClients.create(store.connectionString()), "adapter-test", false);
        }
        new MongoIndexes(fixture.template).create();
        return fixture;
    }

    MongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        if (external) {
            template.getDb().drop();
        }
        client.close();
        if (store != null) {
            store.close();
        }
    }
}
