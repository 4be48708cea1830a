package vn.campaign.api.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies {@link CorsProperties} to the GraphQL HTTP endpoint ({@code spring.graphql.http.path}, by default
 * {@code /graphql}). Nothing is registered while no origin is allowed.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlCorsConfiguration implements WebMvcConfigurer {

    private final CorsProperties properties;
    private final String graphQlPath;

    /**
     * Creates the configuration.
     *
     * @param properties  the CORS settings
     * @param graphQlPath the path of the GraphQL endpoint
     */
    public GraphQlCorsConfiguration(CorsProperties properties,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.properties = properties;
        this.graphQlPath = graphQlPath;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (properties.allowedOrigins().isEmpty()) {
            return;
        }
        registry.addMapping(graphQlPath)
                .allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods(properties.allowedMethods().toArray(String[]::new))
                .allowedHeaders("*")
                .maxAge(properties.maxAge().toSeconds());
    }
}
