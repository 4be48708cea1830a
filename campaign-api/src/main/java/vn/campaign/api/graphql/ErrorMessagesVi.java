package vn.campaign.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import reactor.core.publisher.Mono;

/**
 * Gives every top-level GraphQL error a Vietnamese message in {@code extensions.messageVi}, next to the English
 * {@code message}: errors the API raises carry their own (refusals, malformed arguments, limits); those of the
 * GraphQL engine (syntax, validation against the schema, variable values) and any other get one here, from their
 * kind, naming what the English message quotes and where.
 *
 * <pre>{@code
 * {"message": "Validation error (FieldUndefined@[campaign/colour]) : Field 'colour' in type 'Campaign' is undefined",
 *  "extensions": {"classification": "ValidationError",
 *                 "messageVi": "Truy vấn không hợp lệ (FieldUndefined tại campaign/colour): kiểu không có trường này — 'colour', 'Campaign'."}}
 * }</pre>
 */
@Component
public final class ErrorMessagesVi implements WebGraphQlInterceptor, Ordered {

    /** The extension carrying the Vietnamese message. */
    public static final String EXTENSION = "messageVi";

    private static final Pattern QUOTED = Pattern.compile("'([^']{1,80})'");

    private static final Map<String, String> VALIDATION = Map.ofEntries(
            Map.entry("FieldUndefined", "kiểu không có trường này"),
            Map.entry("UnknownArgument", "trường không có tham số này"),
            Map.entry("UnknownType", "lược đồ không có kiểu này"),
            Map.entry("UnknownDirective", "lược đồ không có chỉ thị này"),
            Map.entry("UnknownOperation", "tài liệu không có thao tác tên này"),
            Map.entry("MissingFieldArgument", "thiếu tham số bắt buộc"),
            Map.entry("WrongType", "giá trị không đúng kiểu"),
            Map.entry("NullValueForNonNullArgument", "tham số bắt buộc không được là null"),
            Map.entry("SubselectionRequired", "trường này cần chọn các trường con"),
            Map.entry("SubselectionNotAllowed", "trường này không có trường con"),
            Map.entry("VariableTypeMismatch", "kiểu của biến không khớp với chỗ dùng"),
            Map.entry("UndefinedVariable", "biến chưa được khai báo"),
            Map.entry("UnusedVariable", "biến được khai báo nhưng không dùng"),
            Map.entry("UndefinedFragment", "fragment chưa được định nghĩa"),
            Map.entry("UnusedFragment", "fragment được định nghĩa nhưng không dùng"),
            Map.entry("FieldsConflict", "hai trường cùng tên trả lời khác nhau"),
            Map.entry("LoneAnonymousOperationViolation", "thao tác không tên phải là thao tác duy nhất"),
            Map.entry("DuplicateOperationName", "trùng tên thao tác"),
            Map.entry("DuplicateArgumentNames", "trùng tên tham số"),
            Map.entry("DuplicateVariableName", "trùng tên biến"),
            Map.entry("UniqueObjectFieldName", "trùng tên trường trong đối tượng đầu vào"),
            Map.entry("MaxValidationErrorsReached", "quá nhiều lỗi kiểm tra, các lỗi sau bị bỏ qua"));

    /** An interceptor. */
    public ErrorMessagesVi() {
    }

    /** Just inside the limits' interceptor, whose own errors carry their Vietnamese message. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().allMatch(ErrorMessagesVi::hasMessageVi)) {
                return response;
            }
            return response.transform(builder -> builder.errors(errors.stream().map(ErrorMessagesVi::withMessageVi)
                    .toList()));
        });
    }

    /**
     * The error itself when it has a Vietnamese message, else the error with one.
     *
     * @param error an error
     * @return an error whose extensions hold {@code messageVi}
     */
    static GraphQLError withMessageVi(GraphQLError error) {
        return hasMessageVi(error) ? error : new WithMessageVi(error, messageVi(error));
    }

    private static boolean hasMessageVi(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        return extensions != null && extensions.get(EXTENSION) instanceof String;
    }

    /**
     * The Vietnamese message of an error of the engine or of any other source.
     *
     * @param error the error
     * @return the message
     */
    static String messageVi(GraphQLError error) {
        String english = error.getMessage() == null ? "" : error.getMessage();
        String quoted = quoted(english);
        if (error instanceof InvalidSyntaxError) {
            return "Câu truy vấn sai cú pháp" + where(error.getLocations()) + quoted + ".";
        }
        if (error instanceof ValidationError validation) {
            String type = String.valueOf(validation.getValidationErrorType());
            String path = validation.getQueryPath() == null || validation.getQueryPath().isEmpty() ? ""
                    : " tại " + String.join("/", validation.getQueryPath());
            return "Truy vấn không hợp lệ (" + type + path + "): "
                    + VALIDATION.getOrDefault(type, "không khớp với lược đồ") + quoted + ".";
        }
        ErrorClassification kind = error.getErrorType();
        String name = kind == null ? "" : kind.toString();
        return switch (name) {
            case "ValidationError" -> "Yêu cầu không hợp lệ theo lược đồ" + where(error.getLocations()) + quoted + ".";
            case "InvalidSyntax" -> "Câu truy vấn sai cú pháp" + where(error.getLocations()) + quoted + ".";
            case "OperationNotSupported" -> "Máy chủ không hỗ trợ loại thao tác này" + quoted + ".";
            case "ExecutionAborted" -> "Yêu cầu bị dừng giữa chừng" + quoted + ".";
            default -> spring(kind, quoted);
        };
    }

    private static String spring(@Nullable ErrorClassification kind, String quoted) {
        if (kind == ErrorType.UNAUTHORIZED) {
            return "Cần đăng nhập để thực hiện thao tác này.";
        }
        if (kind == ErrorType.FORBIDDEN) {
            return "Bạn không có quyền làm việc này.";
        }
        if (kind == ErrorType.NOT_FOUND) {
            return "Không tìm thấy" + quoted + ".";
        }
        if (kind == ErrorType.BAD_REQUEST) {
            return "Yêu cầu không hợp lệ" + quoted + ".";
        }
        return "Không thực hiện được yêu cầu" + quoted + "; máy chủ đã ghi lại lỗi này.";
    }

    private static String where(@Nullable List<SourceLocation> locations) {
        if (locations == null || locations.isEmpty()) {
            return "";
        }
        SourceLocation at = locations.get(0);
        return " ở dòng " + at.getLine() + ", cột " + at.getColumn();
    }

    /** What the English message quotes ('colour', 'Campaign'), as " — 'colour', 'Campaign'", or nothing. */
    private static String quoted(String english) {
        Matcher m = QUOTED.matcher(english);
        StringBuilder names = new StringBuilder();
        int count = 0;
        while (m.find() && count < 4) {
            names.append(count == 0 ? " — " : ", ").append('\'').append(m.group(1)).append('\'');
            count++;
        }
        return names.toString();
    }

    /** An error with {@code messageVi} added to its extensions; everything else is the error's. */
    private record WithMessageVi(GraphQLError error, String messageVi) implements GraphQLError {

        @Override
        public String getMessage() {
            return error.getMessage();
        }

        @Override
        public @Nullable List<SourceLocation> getLocations() {
            return error.getLocations();
        }

        @Override
        public @Nullable ErrorClassification getErrorType() {
            return error.getErrorType();
        }

        @Override
        public @Nullable List<Object> getPath() {
            return error.getPath();
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.put(EXTENSION, messageVi);
            return extensions;
        }
    }
}
