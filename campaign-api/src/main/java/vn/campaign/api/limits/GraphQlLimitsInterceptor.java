package vn.campaign.api.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.values.InputInterceptor;
import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

/**
 * The limits applied around each GraphQL request, as the first interceptor:
 * <ul>
 *   <li>a document of more than {@link GraphQlLimits#maxDocumentCharacters()} characters is refused without
 *       being parsed;</li>
 *   <li>the parser gets per-request options ({@link ParserOptions} in the GraphQL context) with the character
 *       limit and a {@link TokenLimit}; the syntax error of a document stopped for its tokens is replaced by
 *       the limit's error;</li>
 *   <li>{@link StrictInputs} checks the input values of the request;</li>
 *   <li>introspection is turned off for the request when {@link IntrospectionProperties#enabled()} is
 *       false ({@link Introspection#INTROSPECTION_DISABLED});</li>
 *   <li>a response with more than {@link GraphQlLimits#maxErrors()} errors keeps the first ones and ends with
 *       one saying how many were left out.</li>
 * </ul>
 */
public final class GraphQlLimitsInterceptor implements WebGraphQlInterceptor, Ordered {

    private final GraphQlLimits limits;
    private final boolean introspectionEnabled;

    /**
     * An interceptor for the limits.
     *
     * @param limits        the limits
     * @param introspection whether introspection is answered
     */
    public GraphQlLimitsInterceptor(GraphQlLimits limits, IntrospectionProperties introspection) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.introspectionEnabled = introspection.enabled();
    }

    /** First of all interceptors, so that its error limit sees the errors the others add. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String document = request.getDocument();
        int maxCharacters = limits.maxDocumentCharacters();
        if (document != null && document.length() > maxCharacters) {
            LimitExceeded error = new LimitExceeded(Limit.MAX_DOCUMENT_CHARACTERS, maxCharacters,
                    "The document has " + document.length() + " characters; the limit is " + maxCharacters + " ("
                            + Limit.MAX_DOCUMENT_CHARACTERS.property() + "). Pass large values as variables.",
                    null);
            ExecutionResult refused = ExecutionResult.newExecutionResult().addError(error).build();
            return Mono.just(new WebGraphQlResponse(
                    new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
        }
        TokenLimit tokens = new TokenLimit(limits.maxDocumentTokens());
        request.configureExecutionInput((input, builder) -> {
            GraphQLContext context = input.getGraphQLContext();
            context.put(ParserOptions.class, tokens.parserOptions(maxCharacters));
            context.put(InputInterceptor.class, StrictInputs.INSTANCE);
            if (!introspectionEnabled) {
                context.put(Introspection.INTROSPECTION_DISABLED, true);
            }
            return input;
        });
        return chain.next(request).map(response -> {
            LimitExceeded tooManyTokens = tokens.exceeded();
            if (tooManyTokens != null) {
                return response.transform(builder -> builder.errors(List.of(tooManyTokens)));
            }
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.size() <= limits.maxErrors()) {
                return response;
            }
            return response.transform(builder -> builder.errors(truncated(errors)));
        });
    }

    private List<GraphQLError> truncated(List<GraphQLError> errors) {
        int kept = limits.maxErrors() - 1;
        List<GraphQLError> result = new ArrayList<>(errors.subList(0, kept));
        int leftOut = errors.size() - kept;
        result.add(new LimitExceeded(Limit.MAX_ERRORS, limits.maxErrors(), leftOut
                + " more errors were left out; a response carries at most " + limits.maxErrors() + " errors ("
                + Limit.MAX_ERRORS.property() + ").", null));
        return result;
    }
}
