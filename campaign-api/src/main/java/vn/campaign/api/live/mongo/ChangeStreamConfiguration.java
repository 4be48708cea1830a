package vn.campaign.api.live.mongo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

import vn.campaign.api.cache.PlatformCaches;
import vn.campaign.api.live.RegistrationFeed;
import vn.campaign.api.mongo.MongoIndexes;
import vn.campaign.api.notifications.NotificationService;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.store.StoreDescription;

/** The live publication across instances, decided at start-up from {@code campaign.live.change-streams}. */
@Configuration(proxyBeanMethods = false)
public class ChangeStreamConfiguration {

    /** A configuration. */
    public ChangeStreamConfiguration() {
    }

    /**
     * The publication: in-process only, or also from the store's change streams.
     *
     * @param mode          {@code auto} (the default), {@code on} or {@code off}
     * @param store         the store in use
     * @param mongo         the store's operations
     * @param indexes       the indexes, created first, so that the registrations collection exists
     * @param self          this instance
     * @param feed          the feed of stored registrations
     * @param notifications the notifications service
     * @param caches        the cached campaigns and units, dropped when another instance changes one
     * @return the publication
     */
    @Bean
    ChangeStreamPublication changeStreamPublication(@Value("${campaign.live.change-streams:auto}") String mode,
            StoreDescription store, MongoOperations mongo, MongoIndexes indexes, InstanceId self, RegistrationFeed feed,
            NotificationService notifications, PlatformCaches caches) {
        return ChangeStreamPublication.decide(ChangeStreamMode.of(mode), store, mongo, self, feed, notifications,
                caches);
    }
}
