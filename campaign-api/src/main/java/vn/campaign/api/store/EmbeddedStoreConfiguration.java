package vn.campaign.api.store;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded store when no external MongoDB is configured and points Spring Boot's MongoDB client at
 * it.
 *
 * <p>The {@link MongoConnectionDetails} bean replaces the one Boot builds from {@code spring.mongodb.*}, so
 * the {@code MongoClient}, {@code MongoTemplate}, repositories and the health indicator all use the real
 * driver against the embedded server. Because the client depends on these details, Spring closes the client
 * before the store on shutdown.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedStoreCondition.class)
public class EmbeddedStoreConfiguration {

    /**
     * The running embedded store, closed with the application context.
     *
     * @param properties the store settings
     * @return the started store
     */
    @Bean(destroyMethod = "close")
    EmbeddedMongoStore embeddedMongoStore(StoreProperties properties) {
        return EmbeddedMongoStore.start(properties);
    }

    /**
     * Connection details pointing at the embedded store.
     *
     * @param store the embedded store
     * @return details whose connection string is the store's
     */
    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoStore store) {
        ConnectionString connectionString = new ConnectionString(store.connectionString());
        return () -> connectionString;
    }

    /**
     * Describes the embedded store.
     *
     * @param store the embedded store
     * @return its description
     */
    @Bean
    StoreDescription storeDescription(EmbeddedMongoStore store) {
        return store.description();
    }

    /**
     * Names, in one start-up line, the indexes the embedded store does not build (the stores' index set-up has
     * run by then).
     *
     * @param store the embedded store
     * @return the listener
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> unenforcedIndexesLine(EmbeddedMongoStore store) {
        return event -> store.logUnenforcedIndexes();
    }
}
