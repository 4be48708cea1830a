package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * {@link MongoTemplateRoundTripContract} on the embedded memory store, plus the wiring that makes the
 * application's MongoDB client talk to it.
 */
class MongoTemplateOnEmbeddedStoreIT extends EmbeddedStoreTestBase implements MongoTemplateRoundTripContract {

    @Autowired
    private EmbeddedMongoStore store;

    @Autowired
    private MongoClient client;

    @Autowired
    private StoreDescription description;

    @Test
    void pointsTheApplicationsMongoClientAtTheEmbeddedServer() {
        assertThat(client.getClusterDescription().getClusterSettings().getHosts())
                .extracting(address -> address.getHost() + ":" + address.getPort())
                .containsExactly("127.0.0.1:" + store.address().getPort());
        assertThat(mongoTemplate().getDb().getName()).isEqualTo("campaign");
        assertThat(description.kind()).isEqualTo(StoreKind.EMBEDDED_MEMORY);
    }
}
