package vn.campaign.api.notifications.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.campaign.api.notifications.Notifications;

/** The notifications store on the service's MongoDB (embedded or external). */
@Configuration(proxyBeanMethods = false)
public class NotificationStoreConfiguration {

    /** A configuration. */
    public NotificationStoreConfiguration() {
    }

    /**
     * The store.
     *
     * @param mongo the database
     * @return the store
     */
    @Bean
    Notifications notifications(MongoOperations mongo) {
        return new MongoNotifications(mongo);
    }
}
