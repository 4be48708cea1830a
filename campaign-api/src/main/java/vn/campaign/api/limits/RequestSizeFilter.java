package vn.campaign.api.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * Refuses a request to the GraphQL endpoint whose body has more than {@link GraphQlLimits#maxRequestSize()}
 * bytes, with HTTP 413 and a GraphQL-shaped JSON body ({@code {"errors": [{"message": …, "extensions": …}]}}),
 * before anything reads it. A body of declared length is judged by its {@code Content-Length}; a chunked
 * body is read up to one byte over the limit, and passed on from memory when it is within it.
 */
public final class RequestSizeFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String graphQlPath;
    private final DataSize maxRequestSize;

    /**
     * A filter for the GraphQL endpoint.
     *
     * @param graphQlPath    the endpoint's path, e.g. {@code /graphql}
     * @param maxRequestSize the largest body accepted
     */
    public RequestSizeFilter(String graphQlPath, DataSize maxRequestSize) {
        this.graphQlPath = Objects.requireNonNull(graphQlPath, "graphQlPath");
        this.maxRequestSize = Objects.requireNonNull(maxRequestSize, "maxRequestSize");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !graphQlPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = maxRequestSize.toBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(response, "The request body has " + declared + " bytes");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (body.length > max) {
            refuse(response, "The request body has more than " + max + " bytes");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void refuse(HttpServletResponse response, String what) throws IOException {
        String limit = maxRequestSize.toString();
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("classification", "BAD_REQUEST");
        extensions.put(LimitExceeded.LIMIT_EXTENSION, Limit.MAX_REQUEST_SIZE.property());
        extensions.put(LimitExceeded.MAX_EXTENSION, limit);
        extensions.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", what + "; the limit is " + maxRequestSize.toBytes() + " bytes ("
                + Limit.MAX_REQUEST_SIZE.property() + " = " + limit + ").");
        error.put("extensions", extensions);
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
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
                    throw new UnsupportedOperationException("the body is already in memory");
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
