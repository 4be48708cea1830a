package vn.campaign.api.store;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Describes and logs the external MongoDB named by {@code spring.mongodb.uri}; Spring Boot's own MongoDB
 * auto-configuration does the connecting.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.External.class)
public class ExternalStoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalStoreConfiguration.class);

    /**
     * Describes the external store by its hosts and database, leaving out any credentials.
     *
     * @param details         Boot's connection details built from {@code spring.mongodb.*}
     * @param databaseFactory the factory that names the database in use
     * @return the description
     */
    @Bean
    StoreDescription storeDescription(MongoConnectionDetails details, MongoDatabaseFactory databaseFactory) {
        List<String> hosts = details.getConnectionString().getHosts();
        String database = databaseFactory.getMongoDatabase().getName();
        StoreDescription description = new StoreDescription(StoreKind.EXTERNAL,
                "external MongoDB at " + String.join(",", hosts) + ", database " + database, null);
        LOG.info("Store: {}", description.summary());
        return description;
    }
}
