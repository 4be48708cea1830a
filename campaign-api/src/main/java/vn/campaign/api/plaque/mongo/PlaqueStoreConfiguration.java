package vn.campaign.api.plaque.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The plaque links' store adapter as a bean, its index created first. */
@Configuration(proxyBeanMethods = false)
public class PlaqueStoreConfiguration {

    /** A configuration. */
    public PlaqueStoreConfiguration() {
    }

    /**
     * Plaque links in MongoDB, exposed as the core's {@code PlaqueLinks}.
     *
     * @param mongo the database
     * @return the adapter
     */
    @Bean
    MongoPlaqueLinks mongoPlaqueLinks(MongoOperations mongo) {
        MongoPlaqueLinks store = new MongoPlaqueLinks(mongo);
        store.createIndexes();
        return store;
    }
}
