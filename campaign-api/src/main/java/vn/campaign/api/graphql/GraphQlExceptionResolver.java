package vn.campaign.api.graphql;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

/**
 * Maps exceptions to GraphQL errors in one place. A malformed request ({@link InvalidRequestException}) is a
 * {@code BAD_REQUEST} error carrying its message; anything else is a server fault, logged with the
 * execution id and answered as {@code INTERNAL_ERROR} with that id and no internals. Both carry the Vietnamese
 * message in {@code extensions.messageVi}. Broken business rules
 * never reach here: they are values in the payloads' {@code userErrors}.
 */
@Component
public class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlExceptionResolver.class);

    /** A resolver. */
    public GraphQlExceptionResolver() {
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidRequestException invalid) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(invalid.getMessage())
                    .extensions(Map.of(ErrorMessagesVi.EXTENSION, invalid.messageVi())).build();
        }
        LOG.error("GraphQL execution {} failed at {}", env.getExecutionId(), env.getExecutionStepInfo().getPath(), ex);
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error in execution " + env.getExecutionId() + "; the server logged it")
                .extensions(Map.of(ErrorMessagesVi.EXTENSION, "Lỗi nội bộ ở lượt thực thi " + env.getExecutionId()
                        + "; máy chủ đã ghi lại lỗi này")).build();
    }
}
