package vn.campaign.api.security;

import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;
import vn.campaign.core.access.Actor;

/**
 * Signs a GraphQL WebSocket connection in: a browser cannot set headers on a WebSocket, so the
 * {@code graphql-transport-ws} client sends the token in {@code connection_init}'s payload,
 * {@code {"Authorization": "Bearer <token>"}}. It is checked with the same decoder as the HTTP bearer tokens
 * (signature, times, issuer, the claims that name the caller); the connection then runs as that user for its
 * whole life. A payload without the key runs as anonymous, like an HTTP request without a token; a token that
 * does not check out, or another scheme than Bearer, closes the connection with {@code 4401 Unauthorized}.
 */
public final class WebSocketAuthentication implements WebSocketGraphQlInterceptor {

    /** The session attribute holding the connection's actor. */
    static final String ACTOR_ATTRIBUTE = WebSocketAuthentication.class.getName() + ".actor";

    private static final String BEARER = "Bearer ";

    private final JwtDecoder decoder;
    private final ActorAuthenticationConverter converter = new ActorAuthenticationConverter();

    /**
     * An interceptor checking tokens with a decoder.
     *
     * @param decoder the decoder HTTP requests' tokens are checked with
     */
    public WebSocketAuthentication(JwtDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        Object header = payload.entrySet().stream().filter(e -> "authorization".equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (header == null) {
            info.getAttributes().put(ACTOR_ATTRIBUTE, Actor.anonymous());
            return Mono.empty();
        }
        if (!(header instanceof String value) || !value.startsWith(BEARER) || value.length() == BEARER.length()) {
            return Mono.error(new InvalidBearerTokenException(
                    "connection_init's Authorization must be \"Bearer <token>\""));
        }
        try {
            Actor actor = CurrentActor.of(converter.convert(decoder.decode(value.substring(BEARER.length()).trim())));
            info.getAttributes().put(ACTOR_ATTRIBUTE, actor);
            return Mono.empty();
        } catch (JwtException | InvalidBearerTokenException e) {
            return Mono.error(new InvalidBearerTokenException("the token in connection_init does not check out"));
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request);
    }

    /**
     * The actor a WebSocket connection signed in as.
     *
     * @param info the connection
     * @return its actor; anonymous when it has not signed in
     */
    static Actor actorOf(WebSocketSessionInfo info) {
        Object actor = info.getAttributes().get(ACTOR_ATTRIBUTE);
        return actor instanceof Actor a ? a : Actor.anonymous();
    }
}
