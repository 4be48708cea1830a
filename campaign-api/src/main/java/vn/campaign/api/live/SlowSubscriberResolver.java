package vn.campaign.api.live;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import vn.campaign.api.graphql.InvalidRequestException;

/**
 * The error that ends a subscription: a subscriber dropped for being slow, or a bad request, each with its
 * Vietnamese message in {@code extensions.messageVi}; anything else as an internal error.
 */
@Component
public class SlowSubscriberResolver extends SubscriptionExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SlowSubscriberResolver.class);

    /** A resolver. */
    public SlowSubscriberResolver() {
    }

    @Override
    protected @Nullable GraphQLError resolveToSingleError(Throwable error) {
        if (error instanceof SlowSubscriberException slow) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(slow.getMessage())
                    .extensions(Map.of("messageVi", slow.messageVi(), "code", "SUBSCRIBER_TOO_SLOW")).build();
        }
        if (error instanceof InvalidRequestException invalid) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(invalid.getMessage())
                    .extensions(Map.of("messageVi", invalid.messageVi())).build();
        }
        LOG.error("A subscription failed", error);
        return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("The subscription failed; the server logged it")
                .extensions(Map.of("messageVi", "Đăng ký theo dõi gặp lỗi; máy chủ đã ghi lại lỗi này")).build();
    }
}
