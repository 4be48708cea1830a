package vn.campaign.api.live;

import org.junit.jupiter.api.extension.ExtendWith;

import vn.campaign.api.support.ExternalMongoCondition;

/**
 * Two instances on the MongoDB named by {@code SPRING_MONGODB_URI}, which must be a replica set — such as
 * {@code docker compose up mongo} ({@code mongodb://localhost:27017/campaign_test?directConnection=true}); skipped
 * when the variable is unset. Both instances start with {@code campaign.live.change-streams=on}, so a server
 * without change streams fails the start with a message saying so.
 */
@ExtendWith(ExternalMongoCondition.class)
class ChangeStreamsAcrossInstancesOnExternalMongoIT extends CrossInstanceSubscriptionsContract {

    @Override
    String mongoUri() {
        return System.getenv(ExternalMongoCondition.VARIABLE);
    }
}
