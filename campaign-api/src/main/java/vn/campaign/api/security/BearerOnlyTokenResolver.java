package vn.campaign.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the bearer token from the {@code Authorization} header, and refuses a header of any other scheme
 * ({@code Basic …}, {@code Token …}) instead of running the request as the anonymous caller: whoever sends
 * credentials means to be someone, and being treated as nobody hides their mistake. No header at all is
 * still the anonymous caller.
 */
final class BearerOnlyTokenResolver implements BearerTokenResolver {

    /** The description of the refusal, which the 401 answer recognises. */
    static final String OTHER_SCHEME = "The Authorization header must use the Bearer scheme.";

    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && !header.isBlank() && !header.regionMatches(true, 0, "Bearer", 0, "Bearer".length())) {
            throw new OAuth2AuthenticationException(new BearerTokenError(OAuth2ErrorCodes.INVALID_REQUEST,
                    HttpStatus.UNAUTHORIZED, OTHER_SCHEME, null));
        }
        return bearer.resolve(request);
    }
}
