package vn.campaign.api.imports;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.ServerProcess;

/** GraphQL reads of a server running in a child JVM, as a city administrator. */
final class ServerQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServerQueries() {
    }

    /**
     * Runs a query as a city administrator and returns its {@code data}, failing on an HTTP or GraphQL error.
     *
     * @param server    the server
     * @param document  the query
     * @param variables its variables
     * @return the data
     */
    static JsonNode data(ServerProcess server, String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .header("Authorization", "Bearer " + TestTokens.cityAdmin())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new AssertionError("GraphQL answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return answer.get("data");
    }

    /**
     * How many works of the Directive 32 campaign have a word in their name, through {@code works(...)}.
     *
     * @param server the server
     * @param token  the word
     * @return the works' total count
     */
    static int worksNamed(ServerProcess server, String token) {
        return data(server, "query($s: String) { works(filter: {campaignCode: \"CT32-2022\", search: $s}, first: 1)"
                + " { totalCount } }", Map.of("s", token)).get("works").get("totalCount").asInt();
    }

    /**
     * The newest runs of the history.
     *
     * @param server the server
     * @param count  how many
     * @return the runs, newest first
     */
    static JsonNode newestImports(ServerProcess server, int count) {
        return data(server, """
                query($n: Int!) {
                  imports(first: $n) {
                    nodes {
                      fileName contentHash status dryRun format startedAt finishedAt by
                      counts { read imported updated unchanged rejected skipped }
                    }
                  }
                }""", Map.of("n", count)).get("imports").get("nodes");
    }

    /**
     * A JSON text as a tree.
     *
     * @param text the text
     * @return the tree
     */
    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
