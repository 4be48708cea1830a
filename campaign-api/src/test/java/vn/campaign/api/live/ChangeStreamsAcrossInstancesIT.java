package vn.campaign.api.live;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import vn.campaign.api.support.MongoContainerTestBase;

/**
 * Two instances on a single-node replica set in a Docker container ({@value MongoContainerTestBase#IMAGE});
 * skipped without a Docker engine. The container is used whatever {@code SPRING_MONGODB_URI} names, as in
 * {@link MongoContainerTestBase}.
 */
@Testcontainers(disabledWithoutDocker = true)
class ChangeStreamsAcrossInstancesIT extends CrossInstanceSubscriptionsContract {

    @Container
    private static final MongoDBContainer MONGO =
            new MongoDBContainer(DockerImageName.parse(MongoContainerTestBase.IMAGE));

    @Override
    String mongoUri() {
        return MONGO.getReplicaSetUrl(MongoContainerTestBase.DATABASE);
    }
}
