package vn.campaign.api.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.imports.ImportController;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.support.ServerProcess;

/**
 * Malformed spreadsheets ({@link MalformedFiles}) uploaded by the city administrator to {@code POST /api/imports}
 * of an application started in a child JVM with 512 MB of heap: each is answered with a 4xx and a JSON error
 * saying what is wrong with the file, without internals; the server stays healthy; no unit, campaign, work,
 * event or progress report is stored, and the import history records each run as {@code FAILED}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedImportsIT {

    /** The collections of the domain, which no malformed file may change. */
    private static final List<String> DOMAIN = List.of("campaigns", "units", "registrations", "progressReports");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, byte[]> FILES = MalformedFiles.all(new Random(20_220_408L));

    @TempDir
    static Path directory;

    private ServerProcess server;
    private String adminToken;
    private Map<String, String> before;
    /** The files whose answer named a recorded run (the {@code Import-Id} header). */
    private final Set<String> recorded = new LinkedHashSet<>();

    @BeforeAll
    void start() {
        server = ServerProcess.builder(directory).embedded(EmbeddedBackend.MEMORY)
                .property("campaign.security.jwt.secret", Tokens.SECRET).start();
        adminToken = Tokens.cityAdmin();
        before = domain();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static Stream<Arguments> files() {
        return FILES.entrySet().stream().map(file -> Arguments.of(file.getKey(), file.getValue().length));
    }

    @ParameterizedTest(name = "{0} ({1} bytes)")
    @MethodSource("files")
    @Order(1)
    void refusesTheFileWithAClearErrorAndStaysHealthy(String name, int size) {
        HttpResponse<String> response = upload(name, FILES.get(name));

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("json"));
        assertThat(Reply.INTERNALS).allSatisfy(marker -> assertThat(response.body()).doesNotContain(marker));
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asString()).as(response.body()).isNotBlank();
        assertThat(error.path("message").asString()).as(response.body()).hasSizeGreaterThan(20);
        response.headers().firstValue(ImportController.IMPORT_ID_HEADER).ifPresent(id -> recorded.add(name));

        assertThat(server.isAlive()).isTrue();
        HttpResponse<String> health = server.get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void storedNothingAndRecordedEveryRunAsFailed() {
        assertThat(domain()).isEqualTo(before);
        JsonNode imports = graphQl("{ imports(first: 50) { nodes { fileName status } } }").path("imports")
                .path("nodes");
        Map<String, String> statuses = new LinkedHashMap<>();
        imports.forEach(run -> statuses.put(run.path("fileName").asString(), run.path("status").asString()));
        assertThat(recorded).as("uploads answered with a recorded run").containsExactlyElementsOf(FILES.keySet());
        assertThat(statuses.keySet()).as("runs in the history").containsExactlyInAnyOrderElementsOf(FILES.keySet());
        assertThat(statuses.values()).allSatisfy(status -> assertThat(status).isEqualTo("FAILED"));
    }

    /**
     * POI's XML helper logs the parser's refusal of a DOCTYPE at level ERROR (its report of the refused
     * entity bombs); any other error, a stack trace or running out of memory would be a fault of the server.
     */
    @Test
    @Order(3)
    void logsNoServerFault() {
        assertThat(server.log().lines().filter(line -> line.contains(" ERROR "))
                .filter(line -> !line.contains("org.apache.poi.util.XMLHelper") || !line.contains("DOCTYPE is disallowed")))
                .isEmpty();
        assertThat(server.log()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
    }

    private Map<String, String> domain() {
        Map<String, String> domain = new LinkedHashMap<>(StoreFingerprint.of(server.storeConnectionString(), "campaign")
                .collections());
        domain.keySet().retainAll(DOMAIN);
        return domain;
    }

    private HttpResponse<String> upload(String fileName, byte[] content) {
        String boundary = "robustness-" + Long.toHexString(content.length) + "-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"campaign\"\r\n\r\nCT32-2022\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send(HttpRequest.newBuilder(server.uri("/api/imports"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private JsonNode graphQl(String document) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
                .build());
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.has("errors")).as(response.body()).isFalse();
        return answer.path("data");
    }
}
