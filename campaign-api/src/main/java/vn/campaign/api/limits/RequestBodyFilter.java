package vn.campaign.api.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of a {@code POST} to the GraphQL endpoint before anything else does, and refuses it
 * <ul>
 *   <li>with HTTP 413 when it has more than {@link GraphQlLimits#maxRequestSize()} bytes: a body of declared
 *       length is judged by its {@code Content-Length} without being read, a chunked one is read up to one
 *       byte over the limit;</li>
 *   <li>with HTTP 400 when it is not valid UTF-8 (GraphQL over HTTP and JSON both require UTF-8): Jackson
 *       lets some invalid sequences through (an encoded surrogate, an overlong form), which would otherwise
 *       reach the store as text no one wrote;</li>
 *   <li>with HTTP 400 when it is the JSON literal {@code null}, which Spring for GraphQL 2.0.4 reads as no
 *       request at all and then fails on with a {@code NullPointerException} (HTTP 500).</li>
 * </ul>
 * Both answers are GraphQL-shaped JSON ({@link JsonErrorController#body}); a body within the limit is passed on
 * from memory. Spring reads the whole body into memory to parse it anyway.
 */
public final class RequestBodyFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private final String graphQlPath;
    private final DataSize maxRequestSize;

    /**
     * A filter for the GraphQL endpoint.
     *
     * @param graphQlPath    the endpoint's path, e.g. {@code /graphql}
     * @param maxRequestSize the largest body accepted
     */
    public RequestBodyFilter(String graphQlPath, DataSize maxRequestSize) {
        this.graphQlPath = Objects.requireNonNull(graphQlPath, "graphQlPath");
        this.maxRequestSize = Objects.requireNonNull(maxRequestSize, "maxRequestSize");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || !graphQlPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = maxRequestSize.toBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, "The request body has " + declared + " bytes");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (body.length > max) {
            tooLarge(response, "The request body has more than " + max + " bytes");
            return;
        }
        int invalidAt = firstInvalidUtf8(body);
        if (invalidAt >= 0) {
            write(response, HttpStatus.BAD_REQUEST, JsonErrorController.body(HttpStatus.BAD_REQUEST, "The request "
                    + "body is not valid UTF-8: the bytes from offset " + invalidAt + " encode no character. Send "
                    + "JSON in UTF-8.", Map.of(JsonErrorController.MESSAGE_VI, "Nội dung yêu cầu không phải UTF-8 hợp lệ: "
                            + "các byte từ vị trí " + invalidAt + " không mã hóa ký tự nào. Hãy gửi JSON mã hóa UTF-8.")));
            return;
        }
        if (isJsonNull(body)) {
            write(response, HttpStatus.BAD_REQUEST, JsonErrorController.body(HttpStatus.BAD_REQUEST, "The request "
                    + "body is JSON null; a GraphQL request is a JSON object: {\"query\": \"…\", \"variables\": {…}}.",
                    Map.of(JsonErrorController.MESSAGE_VI, "Nội dung yêu cầu là JSON null; một yêu cầu GraphQL là một đối "
                            + "tượng JSON: {\"query\": \"…\", \"variables\": {…}}.")));
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, String what) throws IOException {
        String limit = text(maxRequestSize);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(LimitExceeded.LIMIT_EXTENSION, Limit.MAX_REQUEST_SIZE.property());
        extensions.put(LimitExceeded.MAX_EXTENSION, limit);
        extensions.put(JsonErrorController.MESSAGE_VI, "Nội dung yêu cầu quá lớn; giới hạn là " + maxRequestSize.toBytes()
                + " byte (" + Limit.MAX_REQUEST_SIZE.property() + " = " + limit + ").");
        response.setHeader(HttpHeaders.CONNECTION, "close");
        write(response, HttpStatus.CONTENT_TOO_LARGE, JsonErrorController.body(HttpStatus.CONTENT_TOO_LARGE,
                what + "; the limit is " + maxRequestSize.toBytes() + " bytes (" + Limit.MAX_REQUEST_SIZE.property()
                        + " = " + limit + ").", extensions));
    }

    /**
     * A size as the properties write it.
     *
     * @param size a size
     * @return e.g. {@code 1MB}, {@code 64KB} or {@code 1000B}
     */
    static String text(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + "KB" : bytes + "B";
    }

    private static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /**
     * Where a body stops being valid UTF-8.
     *
     * @param body the body
     * @return the offset of the first byte of the first invalid sequence, or -1 when it is all valid
     */
    static int firstInvalidUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? in.position() : -1;
    }

    /** Whether the body is {@code null} between JSON whitespace. */
    private static boolean isJsonNull(byte[] body) {
        int start = 0;
        int end = body.length;
        while (start < end && isJsonWhitespace(body[start])) {
            start++;
        }
        while (end > start && isJsonWhitespace(body[end - 1])) {
            end--;
        }
        return Arrays.equals(body, start, end, JSON_NULL, 0, JSON_NULL.length);
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** A request whose body was read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The body is already in memory: all of it is available now, then it is all read.
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
