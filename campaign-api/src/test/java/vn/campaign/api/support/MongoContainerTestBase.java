package vn.campaign.api.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import vn.campaign.api.CampaignApiApplication;

/**
 * Base of tests that run the application context in-process against a real MongoDB in a Docker container
 * ({@value #IMAGE}, a single-node replica set, started once for all subclasses). Without a Docker engine the
 * subclasses are skipped, not failed.
 *
 * <p>The container's address reaches the application as {@code spring.mongodb.uri}, exactly as
 * {@code SPRING_MONGODB_URI} does in production, so the embedded store is not started.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = CampaignApiApplication.class)
public abstract class MongoContainerTestBase {

    /** The MongoDB image, the same major version as in {@code docker-compose.yml}. */
    public static final String IMAGE = "mongo:8.0";

    /** The database the tests use on the container. */
    public static final String DATABASE = "campaign_test";

    @Container
    private static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse(IMAGE));

    @Autowired
    private MongoTemplate mongoTemplate;

    @DynamicPropertySource
    static void pointTheApplicationAtTheContainer(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl(DATABASE));
    }

    /**
     * The application's template, bound to the container's MongoDB.
     *
     * @return the template
     */
    public MongoTemplate mongoTemplate() {
        return mongoTemplate;
    }
}
