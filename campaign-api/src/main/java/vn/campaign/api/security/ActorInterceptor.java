package vn.campaign.api.security;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.campaign.core.access.Actor;

/**
 * Puts the caller's {@link Actor} into the GraphQL context of every HTTP request, from the authentication
 * Spring Security established for it: the token's user, or anonymous when the request carried no token. A
 * request over WebSocket gets the actor its connection signed in as ({@link WebSocketAuthentication}). (A
 * request with a bad token never gets here: it is answered 401 first.)
 */
@Component
public class ActorInterceptor implements WebGraphQlInterceptor {

    /** An interceptor. */
    public ActorInterceptor() {
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // Over WebSocket the token came in connection_init, not in a header: WebSocketAuthentication took it.
        Actor actor = request instanceof WebSocketGraphQlRequest webSocket
                ? WebSocketAuthentication.actorOf(webSocket.getSessionInfo())
                : CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.<Object, Object>of(CurrentActor.CONTEXT_KEY, actor)).build());
        return chain.next(request);
    }
}
