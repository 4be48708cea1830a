package vn.campaign.api.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.campaign.api.CampaignApiApplication;

/**
 * Base of tests that run the application context in-process against the MongoDB named by the
 * {@code SPRING_MONGODB_URI} environment variable, for example a CI service or {@code docker compose up mongo}
 * ({@code SPRING_MONGODB_URI=mongodb://localhost:27017/campaign_test?directConnection=true}). Skipped when the
 * variable is unset.
 *
 * <p>Spring Boot reads the variable as {@code spring.mongodb.uri}, as the service does in production. The
 * server is shared and may hold other data: tests write to collections of their own and remove them.
 */
@ExtendWith(ExternalMongoCondition.class)
@SpringBootTest(classes = CampaignApiApplication.class)
public abstract class ExternalMongoTestBase {

    @Autowired
    private MongoTemplate mongoTemplate;

    /**
     * The application's template, bound to the MongoDB named by {@code SPRING_MONGODB_URI}.
     *
     * @return the template
     */
    public MongoTemplate mongoTemplate() {
        return mongoTemplate;
    }
}
