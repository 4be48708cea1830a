package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.campaign.api.support.MongoContainerTestBase;

/**
 * {@link MongoTemplateRoundTripContract} on a real MongoDB in a container; skipped without Docker.
 */
class MongoTemplateOnMongoContainerIT extends MongoContainerTestBase implements MongoTemplateRoundTripContract {

    @Autowired
    private StoreDescription description;

    @Test
    void describesTheContainerAsAnExternalStore() {
        assertThat(description.kind()).isEqualTo(StoreKind.EXTERNAL);
        assertThat(description.summary()).endsWith(", database " + DATABASE);
    }
}
