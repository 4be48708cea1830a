package vn.campaign.api.notifications.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.campaign.api.notifications.Notifications;
import vn.campaign.api.platform.InstanceId;

/** The notifications store on the service's MongoDB (embedded or external). */
@Configuration(proxyBeanMethods = false)
public class NotificationStoreConfiguration {

    /** A configuration. */
    public NotificationStoreConfiguration() {
    }

    /**
     * The store.
     *
     * @param mongo    the database
     * @param instance the running instance, stamped on what it stores
     * @return the store
     */
    @Bean
    Notifications notifications(MongoOperations mongo, InstanceId instance) {
        return new MongoNotifications(mongo, instance);
    }
}
