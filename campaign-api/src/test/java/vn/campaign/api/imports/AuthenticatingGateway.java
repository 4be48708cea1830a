package vn.campaign.api.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gateway in front of the service that adds a bearer token to every request it forwards, as an
 * authenticating proxy of a deployment would: it lets a client that sends no token of its own — the
 * {@code campaign-import} command, which has no token option yet — reach the secured {@code /api/imports}.
 * It forwards the method, path, body, {@code Content-Type} and {@code Accept}, and answers with the
 * service's status, {@code Content-Type} and body.
 */
final class AuthenticatingGateway implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI upstream;
    private final String token;

    private AuthenticatingGateway(URI upstream, String token) throws IOException {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.token = Objects.requireNonNull(token, "token");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
    }

    /**
     * Starts a gateway on a free loopback port.
     *
     * @param upstream the service's base URL
     * @param token    the bearer token to add
     * @return the running gateway
     */
    static AuthenticatingGateway start(URI upstream, String token) {
        try {
            AuthenticatingGateway gateway = new AuthenticatingGateway(upstream, token);
            gateway.server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway could not start", e);
        }
    }

    /**
     * The gateway's base URL, to give clients instead of the service's.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Authorization", "Bearer " + token);
            for (String header : new String[] {"Content-Type", "Accept"}) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            response.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
