package vn.campaign.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.campaign.api.CampaignApiApplication;

/**
 * Base of tests that run the application context in-process on the embedded store's memory backend: the
 * default for API tests, fast and isolated from the machine. {@code spring.mongodb.uri} is blanked, so a
 * {@code SPRING_MONGODB_URI} in the environment does not leak in (tests meant for that server extend
 * {@link ExternalMongoTestBase}).
 *
 * <p>All subclasses share one cached application context and so one store: each test should use its own
 * collection names or clean up what it writes.
 */
@SpringBootTest(classes = CampaignApiApplication.class, properties = {
        "campaign.store.embedded=memory",
        "spring.mongodb.uri=",
        "spring.mongodb.host="})
public abstract class EmbeddedStoreTestBase {

    @Autowired
    private MongoTemplate mongoTemplate;

    /**
     * The application's template, bound to the embedded store.
     *
     * @return the template
     */
    public MongoTemplate mongoTemplate() {
        return mongoTemplate;
    }
}
