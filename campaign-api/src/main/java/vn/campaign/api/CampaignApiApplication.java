package vn.campaign.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the campaign platform's GraphQL service.
 *
 * <p>Started with no configuration, it serves HTTP on port 8080 and keeps its data in an embedded
 * MongoDB-compatible store under {@code ./data/}; with {@code spring.mongodb.uri} set it uses that MongoDB
 * instead (see {@link vn.campaign.api.store}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CampaignApiApplication {

    /**
     * Starts the service.
     *
     * @param args Spring Boot command-line arguments, for example {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(CampaignApiApplication.class, args);
    }
}
