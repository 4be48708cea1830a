package vn.campaign.api.backup;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.support.ServerProcess;

/**
 * GraphQL requests with a bearer token, and an upload to the import endpoint, against a server process.
 */
final class GraphQlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GraphQlClient() {
    }

    /**
     * Posts a GraphQL request.
     *
     * @return the response body, after checking it is a 200 without errors
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> post(ServerProcess server, String token, String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new AssertionError("GraphQL request failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readValue(response.body(), Map.class);
    }

    /**
     * Uploads a CSV to the import endpoint, which records the run in the import history.
     *
     * @return the HTTP status
     */
    static int upload(ServerProcess server, String token, String fileName, String csv) {
        String boundary = "backup-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI uri = server.uri("/api/imports");
        return server.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()).statusCode();
    }
}
