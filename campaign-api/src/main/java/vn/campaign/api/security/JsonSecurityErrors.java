package vn.campaign.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
import vn.campaign.core.text.Message;

/**
 * The answers of the HTTP layer when it refuses a request before any controller runs: 401 for a missing,
 * malformed, expired or otherwise invalid bearer token where one is needed, 403 for a valid one whose role
 * is not enough. Each carries the standard {@code WWW-Authenticate: Bearer ...} header (RFC 6750) and a
 * JSON body shaped like a GraphQL error response, so that every client can read it:
 * {@code {"errors":[{"message":"...","extensions":{"classification":"UNAUTHORIZED","code":"UNAUTHORIZED",
 * "messageVi":"..."}}]}}, in English and Vietnamese like the GraphQL refusals. No body ever carries a stack
 * trace or the token library's own text.
 */
public final class JsonSecurityErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSecurityErrors() {
    }

    /**
     * The 401 answer. Its message says why in the platform's own words, in English ({@code message}) and
     * Vietnamese ({@code extensions.messageVi}); the token library's text stays in the {@code WWW-Authenticate}
     * header's {@code error_description} only.
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
            write(response, HttpStatus.FORBIDDEN, RuleCode.FORBIDDEN.name(), new Message(
                    "Vai trò trong mã đăng nhập của bạn không được thực hiện yêu cầu này.",
                    "The role of your token does not allow this request."));
        };
    }

    /** Why a request was refused with 401, read from the library's description but never quoting it. */
    static Message message(AuthenticationException exception) {
        if (!(exception instanceof OAuth2AuthenticationException oauth)) {
            return new Message("Cần đăng nhập trước: gửi tiêu đề Authorization: Bearer <mã đăng nhập>.",
                    "Sign in first: send the header Authorization: Bearer <token>.");
        }
        String description = Objects.requireNonNullElse(oauth.getError().getDescription(), "");
        String said = description.toLowerCase(Locale.ROOT);
        String vi;
        String en;
        if (BearerOnlyTokenResolver.OTHER_SCHEME.equals(description)) {
            vi = "tiêu đề Authorization phải dùng kiểu Bearer (Authorization: Bearer <mã đăng nhập>), không dùng kiểu khác";
            en = "the Authorization header must use the Bearer scheme (Authorization: Bearer <token>), not another one";
        } else if (said.contains("expired")) {
            vi = "mã đã hết hạn";
            en = "it has expired";
        } else if (said.contains("used before")) {
            vi = "mã chưa đến thời điểm có hiệu lực (nbf)";
            en = "it is not valid yet: used before its nbf time";
        } else if (said.contains("signature")) {
            vi = "chữ ký của mã không đúng";
            en = "its signature does not check out";
        } else if (said.contains("no exp claim")) {
            vi = "mã không có thời hạn (exp); mọi mã phải hết hạn";
            en = ownReason(description);
        } else if (said.contains("sub claim")) {
            vi = "mã không nêu người dùng (sub) hợp lệ";
            en = ownReason(description);
        } else if (said.contains("role claim")) {
            vi = "vai trò (role) của mã thiếu hoặc không phải CITY_ADMIN, UNIT_OFFICER, VIEWER, CITY_OFFICE, CITY_LEADERSHIP";
            en = ownReason(description);
        } else if (said.contains("unit claim")) {
            vi = "mã của cán bộ đơn vị thiếu mã đơn vị (unit) hoặc đơn vị không tồn tại";
            en = ownReason(description);
        } else {
            vi = "mã không đúng định dạng hoặc không hợp lệ";
            en = "it is malformed or not valid";
        }
        return new Message("Mã đăng nhập bị từ chối: " + vi + ".", "The bearer token was refused: " + en + ".");
    }

    /**
     * The platform's own reason ({@link ActorClaimsValidator}, {@link TokenClaims}) without the library's text
     * around it: it starts at the first of the reasons' openings.
     */
    private static String ownReason(String description) {
        int start = -1;
        for (String opening : new String[] {"the token has no", "the sub claim", "the role claim", "a UNIT_OFFICER token",
                "the unit claim"}) {
            int at = description.indexOf(opening);
            if (at >= 0 && (start < 0 || at < start)) {
                start = at;
            }
        }
        String reason = start < 0 ? description : description.substring(start);
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    private static void write(HttpServletResponse response, HttpStatus status, String classification, Message message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> error = Map.of("message", message.en(), "extensions",
                Map.of("classification", classification, "code", classification, "messageVi", message.vi()));
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
    }
}
