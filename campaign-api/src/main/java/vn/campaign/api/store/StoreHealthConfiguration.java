package vn.campaign.api.store;

import com.mongodb.client.MongoClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link StoreHealthIndicator} under the bean name Spring Boot's MongoDB health auto-configuration
 * backs off for ({@code mongoHealthIndicator}), so the {@code mongo} health component is ours in both store
 * modes.
 */
@Configuration(proxyBeanMethods = false)
public class StoreHealthConfiguration {

    /**
     * The store health indicator.
     *
     * @param client      the application's MongoDB client
     * @param description the store in use
     * @return the indicator, shown as the {@code mongo} component
     */
    @Bean
    StoreHealthIndicator mongoHealthIndicator(MongoClient client, StoreDescription description) {
        return new StoreHealthIndicator(client, description);
    }
}
