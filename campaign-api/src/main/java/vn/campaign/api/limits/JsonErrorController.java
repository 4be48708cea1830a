package vn.campaign.api.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ServerWebInputException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers every HTTP error outside GraphQL execution (a body that is not JSON, a wrong method or content type,
 * an unknown path, a server fault) with a JSON body in the shape of a GraphQL response, whatever the client
 * accepts, and never with the exception's text or stack trace:
 *
 * <pre>{@code
 * {"errors": [{"message": "The request body is not valid JSON of the expected shape…",
 *              "extensions": {"classification": "BAD_REQUEST", "status": 400}}]}
 * }</pre>
 *
 * It replaces Spring Boot's {@code BasicErrorController}, whose answer is an HTML page for browsers and, for
 * others, carries no message unless exception messages (which name internal classes) are let through.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:/error}")
public class JsonErrorController implements ErrorController {

    /**
     * The request attribute with the failed request's method (Servlet 6.1); the error dispatch itself is a
     * {@code GET}.
     */
    private static final String ERROR_METHOD = "jakarta.servlet.error.method";

    private final ErrorAttributes errorAttributes;

    /**
     * A controller reading the error from Spring Boot's error attributes.
     *
     * @param errorAttributes where the failed request's exception is kept
     */
    public JsonErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = Objects.requireNonNull(errorAttributes, "errorAttributes");
    }

    /**
     * The error body for the failed request being forwarded here.
     *
     * @param request the error dispatch
     * @return the status of the failed request and its JSON body
     */
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        Object method = request.getAttribute(ERROR_METHOD);
        String target = (method instanceof String text ? text : request.getMethod()) + " " + path;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(body(status, message(status, error, target, isJson(request.getContentType())),
                        Map.of(MESSAGE_VI, messageVi(status, error, target))));
    }

    /** The extension carrying the message in Vietnamese, as on every GraphQL error of the API. */
    public static final String MESSAGE_VI = "messageVi";

    /**
     * A GraphQL-shaped error body. Its {@code extensions.messageVi} is the one in {@code moreExtensions}, or else
     * a Vietnamese sentence for the status.
     *
     * @param status          the HTTP status
     * @param message         the message for the client
     * @param moreExtensions  extensions to add after the classification and the status
     * @return {@code {"errors": [{"message": …, "extensions": {"classification": …, "status": …, "messageVi": …, …}}]}}
     */
    public static Map<String, Object> body(HttpStatus status, String message, Map<String, Object> moreExtensions) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", classification(status).name());
        extensions.put("status", status.value());
        extensions.put(MESSAGE_VI, messageVi(status, null, "yêu cầu này"));
        extensions.putAll(moreExtensions);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }

    private static boolean isJson(@Nullable String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null && status.isError() ? status : HttpStatus.NOT_FOUND;
    }

    private static ErrorType classification(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            default -> status.is5xxServerError() ? ErrorType.INTERNAL_ERROR : ErrorType.BAD_REQUEST;
        };
    }

    /** The message in Vietnamese; {@code target} is the failed request's method and path. */
    private static String messageVi(HttpStatus status, @Nullable Throwable error, String target) {
        if (error instanceof ServerWebInputException) {
            return "Nội dung yêu cầu không phải là một yêu cầu GraphQL: cần trường query chứa câu truy vấn GraphQL, "
                    + "như {\"query\": \"{ campaigns { code } }\"}.";
        }
        if (error instanceof HttpMessageNotReadableException) {
            return "Nội dung yêu cầu không phải là JSON hợp lệ đúng dạng, mã hóa UTF-8. Một yêu cầu GraphQL là một đối "
                    + "tượng JSON: {\"query\": \"…\", \"operationName\": \"…\", \"variables\": {…}, \"extensions\": {…}}.";
        }
        return switch (status) {
            case BAD_REQUEST -> "Yêu cầu không đúng dạng.";
            case UNAUTHORIZED -> "Cần đăng nhập trước: gửi tiêu đề Authorization: Bearer <token>.";
            case FORBIDDEN -> "Bạn không có quyền làm việc này.";
            case NOT_FOUND -> "Không có gì được phục vụ tại " + target + ".";
            case METHOD_NOT_ALLOWED -> target + " không được phép; tiêu đề Allow liệt kê các phương thức được phép "
                    + "(yêu cầu GraphQL dùng POST).";
            case NOT_ACCEPTABLE -> "Không tạo được kiểu nội dung nào mà tiêu đề Accept liệt kê cho " + target
                    + "; hãy chấp nhận application/json.";
            case CONTENT_TOO_LARGE -> "Nội dung yêu cầu quá lớn.";
            case UNSUPPORTED_MEDIA_TYPE -> "Kiểu nội dung này không được chấp nhận cho " + target
                    + "; yêu cầu GraphQL gửi dạng application/json.";
            default -> status.is5xxServerError()
                    ? "Lỗi nội bộ (" + status.value() + "); máy chủ đã ghi lại lỗi này."
                    : "Yêu cầu bị từ chối (" + status.value() + " " + status.getReasonPhrase() + ").";
        };
    }

    /** The message for the client; {@code target} is the failed request's method and path. */
    private static String message(HttpStatus status, @Nullable Throwable error, String target, boolean jsonBody) {
        if (error instanceof ServerWebInputException) {
            return "The request body is not a GraphQL request: it needs a query, a string holding the GraphQL "
                    + "document, as in {\"query\": \"{ campaigns { code } }\"}.";
        }
        if (error instanceof HttpMessageNotReadableException) {
            return "The request body is not valid JSON of the expected shape, in UTF-8. A GraphQL request is a JSON "
                    + "object: {\"query\": \"…\", \"operationName\": \"…\", \"variables\": {…}, \"extensions\": {…}}.";
        }
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed.";
            case UNAUTHORIZED -> "Sign in first: send the header Authorization: Bearer <token>.";
            case FORBIDDEN -> "You may not do this.";
            case NOT_FOUND -> "Nothing is served for " + target + ".";
            case METHOD_NOT_ALLOWED -> target + " is not allowed; the Allow header lists the methods that are "
                    + "(GraphQL requests are POSTed).";
            case NOT_ACCEPTABLE -> "None of the media types the Accept header lists can be produced for " + target
                    + "; accept application/json.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> jsonBody
                    ? target + " answers application/graphql-response+json or application/json, and the Accept header "
                            + "allows neither."
                    : "This content type is not accepted for " + target + "; GraphQL requests "
                    + "are sent as application/json.";
            default -> status.is5xxServerError()
                    ? "Internal error (" + status.value() + "); the server logged it."
                    : "The request was refused (" + status.value() + " " + status.getReasonPhrase() + ").";
        };
    }
}
