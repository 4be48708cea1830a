package vn.campaign.api.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A client of the {@code graphql-transport-ws} protocol written with the JDK's WebSocket, so that the tests
 * speak the protocol as any client would, message by message.
 */
final class GraphQlWsClient implements AutoCloseable {

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlWsClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Listener()).join();
    }

    /**
     * Connects and sends {@code connection_init}.
     *
     * @param uri   the {@code ws://…/graphql} address
     * @param token a bearer token for the payload, or {@code null} for none
     * @return the client, connected but not yet acknowledged
     */
    static GraphQlWsClient connect(URI uri, @Nullable String token) {
        GraphQlWsClient client = new GraphQlWsClient(uri);
        client.send(token == null ? Map.of("type", "connection_init")
                : Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
        return client;
    }

    /**
     * Connects, signs in and waits for {@code connection_ack}.
     *
     * @param uri   the address
     * @param token a bearer token, or {@code null}
     * @return the acknowledged client
     */
    static GraphQlWsClient acknowledged(URI uri, @Nullable String token) {
        GraphQlWsClient client = connect(uri, token);
        JsonNode ack = client.next(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.path("type").asString(""))) {
            throw new AssertionError("no connection_ack but " + ack);
        }
        return client;
    }

    /**
     * Starts a subscription.
     *
     * @param id    its id
     * @param query the document
     */
    void subscribe(String id, String query) {
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", query)));
    }

    /**
     * The next message from the server.
     *
     * @param wait how long to wait
     * @return the message, or {@code null} when none came
     */
    @Nullable JsonNode next(Duration wait) {
        try {
            return messages.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The close code the server sent.
     *
     * @param wait how long to wait
     * @return the code
     */
    int closeCode(Duration wait) {
        return closed.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    private void send(Map<String, Object> message) {
        socket.sendText(LiveData.JSON.writeValueAsString(message), true).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null).join();
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(LiveData.JSON.readTree(text.toString()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
