package vn.campaign.api.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.support.ServerProcess;

/**
 * One malformed request, sent either through an HTTP client or, for what no client would send (garbage
 * instead of HTTP, a body larger than the one it declares), as raw bytes on a socket.
 */
sealed interface Probe {

    /**
     * What the probe is, to name its test.
     *
     * @return a short description
     */
    String name();

    /**
     * Sends the probe and reads the answer.
     *
     * @param server the server
     * @return its answer
     */
    Reply send(ServerProcess server);

    /**
     * A request an HTTP client can send.
     *
     * @param name    what it is
     * @param method  the HTTP method
     * @param path    the path and query
     * @param headers the request headers
     * @param body    the body, or {@code null} for none
     */
    record Http(String name, String method, String path, Map<String, String> headers, byte @Nullable [] body)
            implements Probe {

        /** Validates and copies the values. */
        public Http {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            headers = Map.copyOf(headers);
        }

        /**
         * A {@code POST} to {@code /graphql}.
         *
         * @param name        what it is
         * @param contentType the content type, or {@code null} for none
         * @param body        the body
         * @param token       a bearer token, or {@code null} to call anonymously
         * @return the probe
         */
        static Http post(String name, @Nullable String contentType, byte[] body, @Nullable String token) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            headers.put("Accept", "application/graphql-response+json, application/json");
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return new Http(name, "POST", "/graphql", headers, body);
        }

        /**
         * A {@code POST} of a JSON text to {@code /graphql}.
         *
         * @param name  what it is
         * @param json  the body, sent as UTF-8
         * @param token a bearer token, or {@code null}
         * @return the probe
         */
        static Http json(String name, String json, @Nullable String token) {
            return post(name, "application/json", json.getBytes(StandardCharsets.UTF_8), token);
        }

        @Override
        public Reply send(ServerProcess server) {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            HttpResponse<String> response = server.send(request.build());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Bytes written to the server's port as they are; the answer is read until the server closes the
     * connection.
     *
     * @param name  what it is
     * @param bytes the bytes
     */
    record Raw(String name, byte[] bytes) implements Probe {

        /** Validates the values. */
        public Raw {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }

        @Override
        public Reply send(ServerProcess server) {
            try (Socket socket = new Socket("127.0.0.1", server.httpPort())) {
                socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
                OutputStream out = socket.getOutputStream();
                try {
                    out.write(bytes);
                    out.flush();
                } catch (IOException e) {
                    // the server may answer and close before it has read everything: read its answer below
                }
                return Reply.parse(readAll(socket.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException("Probe " + name + " failed", e);
            }
        }

        private static byte[] readAll(InputStream in) throws IOException {
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answer.write(buffer, 0, read);
                }
            } catch (IOException e) {
                if (answer.size() == 0) {
                    throw e;
                }
            }
            return answer.toByteArray();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
