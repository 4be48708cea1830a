package vn.campaign.api.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The MongoDB adapters as beans, created after the indexes they rely on. Each adapter is exposed under its
 * own type, and so under the core port and read port it implements.
 */
@Configuration(proxyBeanMethods = false)
public class MongoStoreConfiguration {

    /**
     * The indexes, created now.
     *
     * @param mongo the database
     * @return the indexes
     */
    @Bean
    MongoIndexes mongoIndexes(MongoOperations mongo) {
        MongoIndexes indexes = new MongoIndexes(mongo);
        indexes.create();
        return indexes;
    }

    /**
     * The campaigns adapter.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoCampaigns mongoCampaigns(MongoOperations mongo, MongoIndexes indexes) {
        return new MongoCampaigns(mongo);
    }

    /**
     * The units adapter.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoUnits mongoUnits(MongoOperations mongo, MongoIndexes indexes) {
        return new MongoUnits(mongo);
    }

    /**
     * The registrations adapter.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoRegistrations mongoRegistrations(MongoOperations mongo, MongoIndexes indexes) {
        return new MongoRegistrations(mongo);
    }

    /**
     * The progress reports adapter.
     *
     * @param mongo   the database
     * @param indexes the indexes, created first
     * @return the adapter
     */
    @Bean
    MongoProgressReports mongoProgressReports(MongoOperations mongo, MongoIndexes indexes) {
        return new MongoProgressReports(mongo);
    }
}
