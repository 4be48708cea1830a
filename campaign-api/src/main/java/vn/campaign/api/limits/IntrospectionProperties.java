package vn.campaign.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether clients may ask the schema about itself ({@code __schema}, {@code __type}), bound from
 * {@code campaign.graphql.introspection.*}: on in development (GraphiQL needs it), off in the {@code prod}
 * profile. It is applied to each request by {@link GraphQlLimitsInterceptor}, not by turning introspection off
 * for the whole JVM; {@code __typename} always works.
 *
 * @param enabled whether introspection queries are answered
 */
@ConfigurationProperties("campaign.graphql.introspection")
public record IntrospectionProperties(@DefaultValue("true") boolean enabled) {
}
