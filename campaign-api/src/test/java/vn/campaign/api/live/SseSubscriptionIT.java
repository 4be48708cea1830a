package vn.campaign.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * {@code registrationChanged} over Server-Sent Events: a POST to {@code /graphql} accepting
 * {@code text/event-stream}, the token in the {@code Authorization} header.
 */
@TestPropertySource(properties = "spring.graphql.http.sse.keep-alive=200ms") // the first comment sends the headers
class SseSubscriptionIT extends RunningServerTestBase {

    private static final String SUBSCRIPTION = """
            subscription { registrationChanged(campaignCode: "CT32-2022", unitCodes: ["18103"]) {
              kind registration { ... on Work { name status } } } }""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUnitOfficerIsToldOfTheirUnitsNewWorkAsAnEvent() throws Exception {
        HttpResponse<Stream<String>> response = http.send(subscription("Bearer " + TestTokens.unitOfficer("18103")),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body()
                .filter(line -> line.startsWith("data:")).forEach(line -> data.add(line.substring(5))));
        reader.setDaemon(true);
        reader.start();
        try {
            String name = LiveData.name("Khánh thành nhà văn hóa Đồng Môn");
            new LiveData(url("/graphql")).registeredWork("18103", name);

            String first = data.poll(10, TimeUnit.SECONDS);
            assertThat(first).as("an event within 10 s").isNotNull();
            JsonNode change = LiveData.JSON.readTree(first).path("data").path("registrationChanged");
            assertThat(change.path("kind").asString()).isEqualTo("CREATED");
            assertThat(change.path("registration").path("name").asString()).isEqualTo(name);
            assertThat(change.path("registration").path("status").asString()).isEqualTo("REGISTERED");
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }

    @Test
    void aTokenThatDoesNotCheckOutIsRefusedBeforeTheStreamStarts() throws Exception {
        HttpResponse<String> response = http.send(subscription("Bearer " + TestTokens.viewer() + "x"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private HttpRequest subscription(String authorization) {
        String body = LiveData.JSON.writeValueAsString(Map.of("query", SUBSCRIPTION));
        return HttpRequest.newBuilder(url("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
