package vn.campaign.api.graphql;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Adds the enum {@code UserErrorCode}, derived from the rule catalogue, to the schema files' types. */
@Configuration(proxyBeanMethods = false)
public class UserErrorCodeConfiguration {

    /** A configuration. */
    public UserErrorCodeConfiguration() {
    }

    /**
     * Adds {@link UserErrorCodes#definition()} to the type definitions read from the schema files.
     *
     * @return the customizer
     */
    @Bean
    GraphQlSourceBuilderCustomizer userErrorCodeType() {
        return builder -> builder.configureTypeDefinitions(UserErrorCodes::addTo);
    }
}
