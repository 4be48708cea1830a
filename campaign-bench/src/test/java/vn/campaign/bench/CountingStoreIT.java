package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.campaign.bench.graphql.CountingStore;

/**
 * The store the GraphQL benchmark hosts, started on a port of this machine, counts what the driver sends it.
 */
class CountingStoreIT {

    @TempDir
    Path directory;

    @Test
    void storeRecordsTheCommandsItIsSentButNotServerMonitoring() {
        try (CountingStore store = new CountingStore(directory.resolve("store.mv"));
                MongoClient client = MongoClients.create(store.connectionString())) {
            var collection = client.getDatabase("campaign").getCollection("registrations");
            collection.insertOne(new Document("_id", "a").append("unit", "18100"));
            store.reset();

            collection.find(new Document("unit", "18100")).first();

            assertThat(store.commands()).containsExactly("find registrations");
        }
    }
}
