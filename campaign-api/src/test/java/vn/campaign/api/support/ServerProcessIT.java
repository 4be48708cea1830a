package vn.campaign.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.store.EmbeddedBackend;

/**
 * The harness against a real child server that has a small GraphQL schema of the test's own: GraphQL over
 * HTTP, GraphiQL, and CORS on {@code /graphql} as configured by {@code campaign.cors.allowed-origins}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerProcessIT {

    private static final String ALLOWED_ORIGIN = "https://thidua.hatinh.example";

    private ServerProcess server;

    @BeforeAll
    void startServerWithASchema(@TempDir Path directory) throws IOException {
        Path schemas = Files.createDirectories(directory.resolve("graphql"));
        Files.writeString(schemas.resolve("probe.graphqls"), """
                "Probe schema of the harness test."
                type Query {
                  "Always null: no data fetcher is registered."
                  probe: String
                }
                """);
        server = ServerProcess.builder(directory)
                .embedded(EmbeddedBackend.MEMORY)
                .property("spring.graphql.schema.locations", schemas.toUri().toString())
                .property("campaign.cors.allowed-origins", ALLOWED_ORIGIN)
                .start();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void postsGraphQlRequestsToTheChildServer() {
        HttpResponse<String> response = server.postGraphQl("query Probe { __typename probe }", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\",\"probe\":null}}");
    }

    @Test
    void servesGraphiQl() {
        HttpResponse<String> response = server.get("/graphiql?path=/graphql");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("graphiql");
    }

    @Test
    void allowsCrossOriginCallsFromAConfiguredOrigin() {
        HttpResponse<String> response = server.send(preflight(ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void refusesCrossOriginCallsFromAnyOtherOrigin() {
        HttpResponse<String> response = server.send(preflight("https://elsewhere.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpRequest preflight(String origin) {
        return HttpRequest.newBuilder(server.uri("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build();
    }
}
