package vn.campaign.api.limits;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.core.StreamReadFeature;

/**
 * Registers the limits: the instrumentations (Spring Boot hands every {@code Instrumentation} bean to
 * graphql-java), the interceptor, the request-body filter ahead of every other filter, security included,
 * the filter that gives bodiless errors a JSON body, and a JSON reader that refuses duplicate keys.
 */
@Configuration(proxyBeanMethods = false)
public class LimitsConfiguration {

    /** Where the error-body filter runs: around every other filter but character encoding. */
    static final int ERROR_BODY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Where the request-body filter runs: before the security filters (order -100). */
    static final int REQUEST_BODY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    /**
     * The depth limit.
     *
     * @param limits the limits
     * @return the instrumentation
     */
    @Bean
    DepthLimitInstrumentation depthLimitInstrumentation(GraphQlLimits limits) {
        return new DepthLimitInstrumentation(limits.maxDepth());
    }

    /**
     * The complexity limit, with connections weighted by their page size.
     *
     * @param limits the limits
     * @return the instrumentation
     */
    @Bean
    ComplexityLimitInstrumentation complexityLimitInstrumentation(GraphQlLimits limits) {
        return new ComplexityLimitInstrumentation(limits.maxComplexity(),
                new ConnectionComplexity(limits.maxComplexity()));
    }

    /**
     * The limits on root fields, aliases, directives and expanded fields.
     *
     * @param limits the limits
     * @return the instrumentation
     */
    @Bean
    OperationLimitsInstrumentation operationLimitsInstrumentation(GraphQlLimits limits) {
        return new OperationLimitsInstrumentation(limits);
    }

    /**
     * The request timeout.
     *
     * @param limits the limits
     * @return the instrumentation
     */
    @Bean
    RequestTimeoutInstrumentation requestTimeoutInstrumentation(GraphQlLimits limits) {
        return new RequestTimeoutInstrumentation(limits.requestTimeout());
    }

    /**
     * The document, error and introspection settings of each request.
     *
     * @param limits        the limits
     * @param introspection whether introspection is answered
     * @return the interceptor
     */
    @Bean
    GraphQlLimitsInterceptor graphQlLimitsInterceptor(GraphQlLimits limits, IntrospectionProperties introspection) {
        return new GraphQlLimitsInterceptor(limits, introspection);
    }

    /**
     * The body size limit of the GraphQL endpoint, and the refusal of a {@code null} body.
     *
     * @param limits      the limits
     * @param graphQlPath the endpoint's path
     * @return the filter's registration
     */
    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(GraphQlLimits limits,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter(graphQlPath, limits.maxRequestSize()));
        registration.setOrder(REQUEST_BODY_FILTER_ORDER);
        return registration;
    }

    /**
     * Bodies for error responses sent without one.
     *
     * @return the filter's registration
     */
    @Bean
    FilterRegistrationBean<ErrorBodyFilter> errorBodyFilter() {
        FilterRegistrationBean<ErrorBodyFilter> registration = new FilterRegistrationBean<>(new ErrorBodyFilter());
        registration.setOrder(ERROR_BODY_FILTER_ORDER);
        return registration;
    }

    /**
     * JSON with a key twice ({@code {"query": "…", "query": "…"}}) is refused as malformed instead of the last
     * value silently winning: the request body of {@code /graphql} and every other JSON the application reads.
     *
     * @return the customizer of Spring Boot's {@code JsonMapper}
     */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateDetection() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
