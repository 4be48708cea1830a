package vn.campaign.api.commendation.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The commendation store adapter as a bean, its indexes created first. */
@Configuration(proxyBeanMethods = false)
public class CommendationStoreConfiguration {

    /** A configuration. */
    public CommendationStoreConfiguration() {
    }

    /**
     * Proposals and decisions in MongoDB, exposed as the core's {@code Commendations} and {@code Decisions}.
     *
     * @param mongo the database
     * @return the adapter
     */
    @Bean
    MongoCommendations mongoCommendations(MongoOperations mongo) {
        MongoCommendations store = new MongoCommendations(mongo);
        store.createIndexes();
        return store;
    }
}
