package vn.campaign.api.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.support.ServerProcess;

/**
 * Several hundred malformed requests ({@link MalformedRequests}, seed {@value #SEED}) sent to the application
 * started in a child JVM on its embedded store, which holds the seeded units and campaign and a few works and
 * events registered first. Every request must get a 4xx or a GraphQL error payload (HTTP 200 with
 * {@code errors}), as JSON when it reached the application, with no trace of internals (stack traces, Java
 * class names); the server must report itself healthy after each batch and log no error (nothing was taken
 * for a fault of its own); every error carries its Vietnamese message ({@code extensions.messageVi}); and the
 * fingerprint of every collection must be the same at the end as before the
 * first request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestsIT {

    /** The seed of the generated requests; a failure names the request, which this seed generates again. */
    static final long SEED = 32_2022L;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path directory;

    private final AtomicInteger sent = new AtomicInteger();
    private final Map<String, Integer> answers = new TreeMap<>();
    private ServerProcess server;
    private String adminToken;
    private StoreFingerprint before;

    @BeforeAll
    void startAndRegisterSomeWorksAndEvents() {
        server = ServerProcess.builder(directory).embedded(EmbeddedBackend.MEMORY)
                .property("campaign.security.jwt.secret", Tokens.SECRET).start();
        adminToken = Tokens.cityAdmin();
        for (String unit : new String[] {"18076", "18077", "18079"}) {
            String id = write("mutation($i: RegisterWorkInput!) { registerWork(input: $i) { work { id } userErrors { code } } }",
                    Map.of("i", Map.of("campaignCode", "CT32-2022", "unitCode", unit, "name", "Nh\u00e0 v\u0103n h\u00f3a "
                            + unit, "kind", "INAUGURATION", "plannedOn", "2022-05-01")))
                    .path("registerWork").path("work").path("id").asString();
            if (unit.equals("18076")) {
                write("mutation($i: ApproveWorkInput!) { approveWork(input: $i) { work { id } userErrors { code } } }",
                        Map.of("i", Map.of("id", id, "expectedVersion", 0)));
            }
            write("mutation($i: RegisterEventInput!) { registerEvent(input: $i) { event { id } userErrors { code } } }",
                    Map.of("i", Map.of("campaignCode", "CT32-2022", "unitCode", unit, "name", "H\u1ed9i l\u00e0ng "
                            + unit, "kind", "TRADITIONAL_FESTIVAL", "startsOn", "2022-05-02")));
        }
        awaitSettled();
        before = fingerprint();
        assertThat(before.count("registrations")).isEqualTo(6);
        assertThat(before.count("units")).isPositive();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicContainer> answersEveryMalformedRequestWithA4xxOrAGraphQlErrorAndNoInternals() {
        return new MalformedRequests(SEED, adminToken).batches().stream().map(batch -> dynamicContainer(
                batch.name() + " (" + batch.probes().size() + " requests)",
                Stream.concat(batch.probes().stream().map(probe -> dynamicTest(probe.name(), () -> check(probe))),
                        Stream.of(dynamicTest("the server is healthy after the batch", this::assertHealthy)))));
    }

    @Test
    @Order(2)
    void sentSeveralHundredRequestsNoneOfWhichTheServerTreatedAsItsOwnFault() {
        assertThat(sent.get()).isGreaterThanOrEqualTo(350);
        assertThat(answers.keySet()).as("statuses answered").noneMatch(status -> status.startsWith("5"));
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sent.get());
        assertThat(server.log().lines().filter(line -> line.contains(" ERROR "))).as("errors in the server's log")
                .isEmpty();
    }

    @Test
    @Order(3)
    void leftTheStoredDataUnchanged() {
        assertHealthy();
        assertThat(fingerprint()).isEqualTo(before);
    }

    private void check(Probe probe) {
        Reply reply = probe.send(server);
        sent.incrementAndGet();
        synchronized (answers) {
            answers.merge(reply.status() == 200 ? "200 with errors" : String.valueOf(reply.status()), 1, Integer::sum);
        }
        assertThat(reply.leakedInternals()).as("internals in %s", reply).isEmpty();
        if (probe instanceof Probe.Http) {
            assertThat(reply.isJson()).as("a JSON body: %s", reply).isTrue();
            JSON.readTree(reply.body());
        }
        if (reply.status() == 200 || probe instanceof Probe.Http && reply.isJson()) {
            for (JsonNode error : JSON.readTree(reply.body()).path("errors")) {
                assertThat(error.path("extensions").path("messageVi").asString("")).as("messageVi of %s", reply)
                        .isNotBlank();
            }
        }
        if (reply.status() == 200) {
            JsonNode errors = JSON.readTree(reply.body()).path("errors");
            assertThat(errors.isArray() && !errors.isEmpty()).as("GraphQL errors in %s", reply).isTrue();
        } else {
            assertThat(reply.status()).as("a 4xx status: %s", reply).isBetween(400, 499);
        }
    }

    private void assertHealthy() {
        assertThat(server.isAlive()).as("the server process runs").isTrue();
        HttpResponse<String> health = server.get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
    }

    private StoreFingerprint fingerprint() {
        return StoreFingerprint.of(server.storeConnectionString(), "campaign");
    }

    /**
     * Reads the audit trail, which waits until the service has settled every change it acknowledged (audit entries
     * moved, unit summaries adjusted after the replies), so that the fingerprint taken next is the store at rest.
     */
    private void awaitSettled() {
        Map<String, Object> body = Map.of("query", "{ auditTrail(first: 1) { __typename } }");
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        assertThat(JSON.readTree(response.body()).has("errors")).as(response.body()).isFalse();
    }

    /** Runs a mutation as the city administrator and returns its data, which must carry no user error. */
    private JsonNode write(String document, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.has("errors")).as(response.body()).isFalse();
        assertThat(answer.findValues("userErrors")).as(response.body()).isNotEmpty()
                .allSatisfy(errors -> assertThat(errors).isEmpty());
        return answer.path("data");
    }
}
