package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.campaign.api.support.ExternalMongoTestBase;

/**
 * {@link MongoTemplateRoundTripContract} on the MongoDB named by {@code SPRING_MONGODB_URI}; skipped when it
 * is unset.
 */
class MongoTemplateOnExternalMongoIT extends ExternalMongoTestBase implements MongoTemplateRoundTripContract {

    @Autowired
    private StoreDescription description;

    @Test
    void describesTheServerAsAnExternalStore() {
        assertThat(description.kind()).isEqualTo(StoreKind.EXTERNAL);
        assertThat(description.embeddedConnectionString()).isEmpty();
    }
}
