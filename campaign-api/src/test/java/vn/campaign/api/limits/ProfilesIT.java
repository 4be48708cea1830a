package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.support.ServerProcess;

/**
 * Introspection and GraphiQL in a started server: on in development (the defaults), off in the {@code prod}
 * profile, where only the request is refused (per request, {@code __typename} still answered) and the
 * limits are those of development.
 */
class ProfilesIT {

    /**
     * A bearer-token secret other than the development one, which the {@code prod} profile refuses
     * ({@code campaign.security.jwt.secret}); no token is sent, the reads below are public.
     */
    static final String PRODUCTION_SECRET = "a-production-secret-for-tests-only-0123456789";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEMA_QUERY = "{ __schema { queryType { name } } }";
    private static final String TYPE_QUERY = "{ __type(name: \"Work\") { name } }";

    @Test
    void answersIntrospectionAndServesGraphiQlInDevelopment(@TempDir Path directory) {
        try (ServerProcess server = ServerProcess.builder(directory).embedded(EmbeddedBackend.MEMORY).start()) {
            assertThat(data(server, SCHEMA_QUERY).path("__schema").path("queryType").path("name").asString())
                    .isEqualTo("Query");
            assertThat(data(server, TYPE_QUERY).path("__type").path("name").asString()).isEqualTo("Work");

            HttpResponse<String> graphiQl = server.get("/graphiql?path=/graphql");
            assertThat(graphiQl.statusCode()).isEqualTo(200);
            assertThat(graphiQl.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        }
    }

    @Test
    void refusesIntrospectionPerRequestAndHidesGraphiQlInTheProdProfile(@TempDir Path directory) {
        try (ServerProcess server = ServerProcess.builder(directory).embedded(EmbeddedBackend.MEMORY)
                .property("spring.profiles.active", "prod")
                .property("campaign.security.jwt.secret", PRODUCTION_SECRET)
                .start()) {
            for (String introspection : new String[] {SCHEMA_QUERY, TYPE_QUERY}) {
                JsonNode body = body(server.postGraphQl(introspection, Map.of()));
                assertThat(body.has("data")).isFalse();
                assertThat(body.path("errors")).hasSize(1);
                assertThat(body.path("errors").get(0).path("message").asString())
                        .isEqualTo("Introspection has been disabled for this request");
                assertThat(body.path("errors").get(0).path("extensions").path("classification").asString())
                        .isEqualTo("IntrospectionDisabled");
            }
            assertThat(data(server, "{ __typename campaigns { code } }").path("__typename").asString())
                    .isEqualTo("Query");

            HttpResponse<String> graphiQl = server.get("/graphiql?path=/graphql");
            assertThat(graphiQl.statusCode()).isEqualTo(404);
            assertThat(body(graphiQl).path("errors").get(0).path("message").asString())
                    .isEqualTo("Nothing is served for GET /graphiql.");

            HttpResponse<String> tooDeep = server.postGraphQl(Documents.ofDepth(16), Map.of());
            assertThat(tooDeep.statusCode()).isEqualTo(400);
            assertThat(body(tooDeep).path("errors").get(0).path("extensions").path("limit").asString())
                    .isEqualTo(Limit.MAX_DEPTH.property());
        }
    }

    private static JsonNode data(ServerProcess server, String document) {
        HttpResponse<String> response = server.postGraphQl(document, Map.of());
        JsonNode body = body(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body.has("errors")).as(response.body()).isFalse();
        return body.path("data");
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
