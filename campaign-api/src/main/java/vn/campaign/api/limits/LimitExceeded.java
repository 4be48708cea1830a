package vn.campaign.api.limits;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.language.SourceLocation;

/**
 * A request over one of the {@link GraphQlLimits}: thrown by the instrumentations to stop the request, and
 * itself the GraphQL error the client gets. Its classification is {@code BAD_REQUEST}; its extensions name
 * the limit's property ({@code limit}) and value ({@code max}), so that a client can tell which limit it hit
 * without parsing the message:
 *
 * <pre>{@code
 * {"message": "The operation is 16 levels deep; the limit is 15 (campaign.graphql.limits.max-depth).",
 *  "extensions": {"classification": "BAD_REQUEST", "limit": "campaign.graphql.limits.max-depth", "max": 15}}
 * }</pre>
 */
public final class LimitExceeded extends AbortExecutionException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The extension graphql-java fills from the error type unless it is set: set here, because the type of an
     * {@link AbortExecutionException} cannot be changed from {@code ExecutionAborted}.
     */
    public static final String CLASSIFICATION_EXTENSION = "classification";

    /** The extension naming the limit's property. */
    public static final String LIMIT_EXTENSION = "limit";

    /** The extension carrying the limit's value. */
    public static final String MAX_EXTENSION = "max";

    /** The extension carrying the message in Vietnamese. */
    public static final String MESSAGE_VI_EXTENSION = "messageVi";

    private final Limit limit;
    private final Serializable max;
    private final @Nullable SourceLocation location;

    /**
     * An error for a limit.
     *
     * @param limit    the limit
     * @param max      its value: a number, or the text of a duration or size such as {@code 10s}
     * @param message  the whole message: what the request had, the limit's value and its property
     * @param location where in the document the limit was crossed, or {@code null}
     */
    public LimitExceeded(Limit limit, Serializable max, String message, @Nullable SourceLocation location) {
        super(Objects.requireNonNull(message, "message"));
        this.limit = Objects.requireNonNull(limit, "limit");
        this.max = Objects.requireNonNull(max, "max");
        this.location = location;
    }

    /**
     * The limit crossed.
     *
     * @return the limit
     */
    public Limit limit() {
        return limit;
    }

    /**
     * The message in Vietnamese: which limit the request crossed, its value and its property.
     *
     * @return e.g. {@code Truy vấn lồng quá sâu; giới hạn là 15 cấp (campaign.graphql.limits.max-depth).}
     */
    public String messageVi() {
        String what = switch (limit) {
            case MAX_DEPTH -> "Truy vấn lồng quá sâu; giới hạn là " + max + " cấp";
            case MAX_COMPLEXITY -> "Truy vấn quá phức tạp; giới hạn độ phức tạp là " + max;
            case MAX_ALIASES -> "Truy vấn dùng quá nhiều bí danh (alias); giới hạn là " + max;
            case MAX_ROOT_FIELDS -> "Truy vấn có quá nhiều trường gốc; giới hạn là " + max;
            case MAX_DIRECTIVES -> "Truy vấn dùng quá nhiều chỉ thị (directive); giới hạn là " + max;
            case MAX_ERRORS -> "Có quá nhiều lỗi; một phản hồi mang tối đa " + max + " lỗi, các lỗi còn lại đã được lược bỏ";
            case MAX_DOCUMENT_CHARACTERS -> "Câu truy vấn quá dài; giới hạn là " + max
                    + " ký tự, hãy truyền giá trị lớn qua biến (variables)";
            case MAX_DOCUMENT_TOKENS -> "Câu truy vấn có quá nhiều token; giới hạn là " + max;
            case REQUEST_TIMEOUT -> "Yêu cầu chạy quá thời gian cho phép là " + max + " và đã bị dừng";
            case MAX_REQUEST_SIZE -> "Nội dung yêu cầu quá lớn; giới hạn là " + max;
            default -> "Yêu cầu vượt giới hạn; giới hạn là " + max;
        };
        return what + " (" + limit.property() + ").";
    }

    @Override
    public @Nullable List<SourceLocation> getLocations() {
        return location == null ? null : List.of(location);
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(CLASSIFICATION_EXTENSION, ErrorType.BAD_REQUEST.name());
        extensions.put(LIMIT_EXTENSION, limit.property());
        extensions.put(MAX_EXTENSION, max);
        extensions.put(MESSAGE_VI_EXTENSION, messageVi());
        return extensions;
    }

    @Override
    public List<GraphQLError> getUnderlyingErrors() {
        return List.of();
    }

    /** A limit is an answer to the client, not a fault: no stack trace is taken. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
