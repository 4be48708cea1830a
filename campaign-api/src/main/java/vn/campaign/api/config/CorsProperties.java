package vn.campaign.api.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access to the GraphQL endpoint, bound from {@code campaign.cors.*}. With no allowed origin
 * (the default) browsers on other origins cannot call the API.
 *
 * @param allowedOrigins origins allowed to call {@code /graphql}, e.g. {@code https://thidua.hatinh.gov.vn};
 *                       {@code *} is refused because it would let any web page act with a user's browser
 * @param allowedMethods HTTP methods allowed from those origins
 * @param maxAge         how long browsers may cache a preflight answer
 */
@ConfigurationProperties("campaign.cors")
public record CorsProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue({"GET", "POST"}) List<String> allowedMethods,
        @DefaultValue("30m") Duration maxAge) {

    /**
     * Validates the settings and copies the lists.
     *
     * @throws NullPointerException     if a value is missing
     * @throws IllegalArgumentException if an origin is blank or {@code *}, no method is given, or the maximum
     *                                  age is negative
     */
    public CorsProperties {
        Objects.requireNonNull(allowedOrigins, "allowedOrigins");
        Objects.requireNonNull(allowedMethods, "allowedMethods");
        Objects.requireNonNull(maxAge, "maxAge");
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedMethods = List.copyOf(allowedMethods);
        for (String origin : allowedOrigins) {
            if (origin.isBlank() || origin.equals("*")) {
                throw new IllegalArgumentException(
                        "campaign.cors.allowed-origins must list explicit origins, found '" + origin + "'");
            }
        }
        if (allowedMethods.isEmpty()) {
            throw new IllegalArgumentException("campaign.cors.allowed-methods must not be empty");
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("campaign.cors.max-age must not be negative, was " + maxAge);
        }
    }
}
