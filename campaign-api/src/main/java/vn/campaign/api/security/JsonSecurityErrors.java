package vn.campaign.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.core.rule.RuleCode;

/**
 * The answers of the HTTP layer when it refuses a request before any controller runs: 401 for a missing,
 * malformed, expired or otherwise invalid bearer token where one is needed, 403 for a valid one whose role
 * is not enough. Each carries the standard {@code WWW-Authenticate: Bearer ...} header (RFC 6750) and a
 * JSON body shaped like a GraphQL error response, so that every client can read it:
 * {@code {"errors":[{"message":"...","extensions":{"classification":"UNAUTHORIZED"}}]}}. No body ever
 * carries a stack trace.
 */
public final class JsonSecurityErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSecurityErrors() {
    }

    /**
     * The 401 answer.
     *
     * @return the entry point
     */
    public static AuthenticationEntryPoint unauthorized() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            write(response, HttpStatus.UNAUTHORIZED, RuleCode.UNAUTHORIZED.name(), message(exception));
        };
    }

    /**
     * The 403 answer.
     *
     * @return the handler
     */
    public static AccessDeniedHandler forbidden() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) -> {
            bearer.handle(request, response, exception);
            write(response, HttpStatus.FORBIDDEN, RuleCode.FORBIDDEN.name(),
                    "The role of your token does not allow this request.");
        };
    }

    private static String message(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return "The bearer token was refused: " + oauth.getError().getDescription();
        }
        return "Sign in first: send the header Authorization: Bearer <token>.";
    }

    private static void write(HttpServletResponse response, HttpStatus status, String classification, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", classification));
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
    }
}
