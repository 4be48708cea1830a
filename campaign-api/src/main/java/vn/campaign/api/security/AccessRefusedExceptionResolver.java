package vn.campaign.api.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Answers an {@link AccessRefusedException} with a GraphQL error at the field's path: classification
 * {@code UNAUTHORIZED} or {@code FORBIDDEN}, the English message as {@code message}, and in the extensions
 * the rule {@code code} and the Vietnamese {@code messageVi}. Runs before the catch-all resolver of server
 * faults.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessRefusedExceptionResolver extends DataFetcherExceptionResolverAdapter {

    /** A resolver. */
    public AccessRefusedExceptionResolver() {
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof AccessRefusedException refused)) {
            return null;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", refused.violation().code().name());
        extensions.put("messageVi", refused.violation().message().vi());
        return GraphqlErrorBuilder.newError(env).errorType(refused.errorType()).message(refused.getMessage())
                .extensions(extensions).build();
    }
}
