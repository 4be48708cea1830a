package vn.campaign.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.CampaignApiApplication;

/**
 * The bodies of HTTP errors outside GraphQL execution, from the application on a real port (Tomcat's error
 * dispatch is what sends them to {@link JsonErrorController}): JSON in the shape of a GraphQL response,
 * whatever the client accepts, with a message of the application's own and none of the exception's text.
 */
@SpringBootTest(classes = CampaignApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"campaign.store.embedded=memory", "spring.mongodb.uri=", "spring.mongodb.host=",
            "campaign.graphql.limits.max-request-size=64KB"})
class HttpErrorBodiesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void answersAWrongMethodWith405KeepingTheAllowHeader() {
        HttpResponse<String> response = send(request("/graphql").GET().header("Accept", "text/html").build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertError(response, "BAD_REQUEST", "GET /graphql is not allowed; the Allow header lists the methods that "
                + "are (GraphQL requests are POSTed).");
    }

    @Test
    void answersAnotherContentTypeWith415() {
        HttpResponse<String> response = send(request("/graphql").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{ campaigns { code } }")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertError(response, "BAD_REQUEST", "This content type is not accepted for POST /graphql; GraphQL requests "
                + "are sent as application/json.");
    }

    @Test
    void answersABodyThatIsNotJsonWith400WithoutJacksonsMessage() {
        HttpResponse<String> response = post("{\"query\": \"{ campaigns { code } }\"".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "BAD_REQUEST", "The request body is not valid JSON of the expected shape, in UTF-8. A "
                + "GraphQL request is a JSON object: {\"query\": \"…\", \"operationName\": \"…\", \"variables\": {…}, "
                + "\"extensions\": {…}}.");
    }

    @Test
    void answersARequestWithoutAQueryWith400() {
        HttpResponse<String> response = post("{\"variables\": {}}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "BAD_REQUEST", "The request body is not a GraphQL request: it needs a query, a string "
                + "holding the GraphQL document, as in {\"query\": \"{ campaigns { code } }\"}.");
    }

    @Test
    void answersANullBodyWith400InsteadOfAServerError() {
        HttpResponse<String> response = post(" null ".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "BAD_REQUEST", "The request body is JSON null; a GraphQL request is a JSON object: "
                + "{\"query\": \"…\", \"variables\": {…}}.");
    }

    @Test
    void answersInvalidUtf8With400NamingWhereItIs() {
        byte[] body = "{\"query\":\"{ campaign(code: \\\"ab\\\") { code } }\"}".getBytes(StandardCharsets.UTF_8);
        body[29] = (byte) 0xC0;

        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertError(response, "BAD_REQUEST", "The request body is not valid UTF-8: the bytes from offset 29 encode no "
                + "character. Send JSON in UTF-8.");
    }

    @Test
    void answersABodyOverTheSizeLimitWith413NamingTheLimit() {
        HttpResponse<String> response = post(("{\"query\":\"" + "x".repeat(64 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode error = assertError(response, "BAD_REQUEST", "The request body has 65548 bytes; the limit is 65536 "
                + "bytes (campaign.graphql.limits.max-request-size = 64KB).");
        assertThat(error.path("extensions").path("limit").asString()).isEqualTo(Limit.MAX_REQUEST_SIZE.property());
        assertThat(error.path("extensions").path("max").asString()).isEqualTo("64KB");
    }

    @Test
    void answersAnUnknownPathWith404AsJsonEvenToABrowser() {
        HttpResponse<String> response = send(request("/graphiql/nothing").header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertError(response, "NOT_FOUND", "Nothing is served for GET /graphiql/nothing.");
    }

    @Test
    void answersAnAcceptHeaderThatCannotBeMetWith406AsJson() {
        HttpResponse<String> response = send(request("/actuator/health").header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(406);
        assertError(response, "BAD_REQUEST", "None of the media types the Accept header lists can be produced for GET "
                + "/actuator/health; accept application/json.");
    }

    @Test
    void answersADuplicatedKeyWith400() {
        HttpResponse<String> response = post("{\"query\":\"{ campaigns { code } }\",\"query\":\"{ campaigns { name } }\"}"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Duplicate");
    }

    private JsonNode assertError(HttpResponse<String> response, String classification, String message) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errors")).hasSize(1);
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("message").asString()).isEqualTo(message);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo(classification);
        assertThat(error.path("extensions").path("status").asInt()).isEqualTo(response.statusCode());
        return error;
    }

    private HttpResponse<String> post(byte[] body) {
        return send(request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
