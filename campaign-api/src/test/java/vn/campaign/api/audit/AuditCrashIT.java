package vn.campaign.api.audit;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.ServerProcess;

/**
 * Concurrent writers register and approve works on a server in a child JVM on an H2 store file; the server is
 * killed with SIGKILL in the middle of their stream, then restarted on the same file. Registrations and audit
 * entries must correspond one to one: each stored version of a work has exactly one entry, no entry describes
 * a version that was not stored, every write a writer saw acknowledged is there, and the audit trail query
 * answers with the entries.
 */
class AuditCrashIT {

    private static final int WRITERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path directory;

    @Test
    void keepsEveryStoredChangeWithExactlyOneAuditEntryWhenKilledMidStream() throws Exception {
        /* global id → highest version a writer saw acknowledged */
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger writes = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ServerProcess server = ServerProcess.builder(directory).start();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> write(server, killed, writer, acknowledged, writes)));
            }
            await("writes acknowledged before the kill").atMost(Duration.ofSeconds(120))
                    .until(() -> writes.get() >= ACKNOWLEDGED_BEFORE_KILL);
            assertThat(writes.get()).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(
                    ACKNOWLEDGED_BEFORE_KILL);
            killed.set(true);
            assertThat(server.kill()).as("exit code after SIGKILL").isEqualTo(137);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
            server.close();
        }

        try (ServerProcess restarted = ServerProcess.builder(directory).start();
                MongoClient client = MongoClients.create(restarted.storeConnectionString())) {
            MongoDatabase db = client.getDatabase(restarted.storeConnectionString().replaceAll(".*/", ""));
            Map<String, Long> storedVersions = new LinkedHashMap<>();
            long entriesOfStoredChanges = 0;
            for (Document work : db.getCollection("registrations").find(Filters.eq("type", "WORK"))) {
                String id = work.getString("_id");
                long version = work.getLong("version");
                storedVersions.put(id, version);
                List<String> versions = db.getCollection("audit").find(Filters.eq("objectId", id))
                        .map(e -> after(e, "version")).into(new ArrayList<>());
                List<String> expected = new ArrayList<>();
                for (long v = 0; v <= version; v++) {
                    expected.add(Long.toString(v));
                }
                assertThat(versions).as("one entry per stored version of " + work.getString("name"))
                        .containsExactlyInAnyOrderElementsOf(expected);
                assertThat(work.getList(AuditOutbox.FIELD, Document.class, List.of()))
                        .as("entries left pending by the kill were moved at the restart").isEmpty();
                entriesOfStoredChanges += versions.size();
            }
            assertThat(db.getCollection("audit").countDocuments(Filters.eq("objectType", "Work")))
                    .as("no entry describes a change that was not stored").isEqualTo(entriesOfStoredChanges);
            assertThat(storedVersions.size()).as("works stored").isGreaterThanOrEqualTo(acknowledged.size());

            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                JsonNode trail = graphQl(restarted, "query($id: ID!) { auditTrail(objectId: $id, first: 100) {"
                        + " totalCount nodes { action after { field value } } } }", Map.of("id", ack.getKey()))
                        .get("auditTrail");
                assertThat(trail.get("totalCount").asLong()).as("entries of acknowledged work " + ack.getKey())
                        .isGreaterThanOrEqualTo(ack.getValue() + 1);
                assertThat(trail.get("nodes").get(trail.get("nodes").size() - 1).get("action").asString())
                        .isEqualTo("REGISTER");
            }
        }
    }

    /** Registers works and approves each, until the server is killed. */
    private static void write(ServerProcess server, AtomicBoolean killed, int writer, Map<String, Long> acknowledged,
            AtomicInteger writes) {
        for (int i = 0; ; i++) {
            try {
                JsonNode registered = graphQl(server, """
                        mutation($input: RegisterWorkInput!) {
                          registerWork(input: $input) { work { id version } userErrors { code } }
                        }""", Map.of("input", Map.of("campaignCode", "CT32-2022", "unitCode", "18070",
                        "name", "Công trình " + writer + "-" + i, "kind", "INAUGURATION",
                        "plannedOn", "2022-05-19", "taskAreaCode", "URBAN"))).get("registerWork");
                assertThat(registered.get("userErrors")).isEmpty();
                String id = registered.get("work").get("id").asString();
                acknowledged.put(id, 0L);
                writes.incrementAndGet();
                JsonNode approved = graphQl(server, """
                        mutation($input: ApproveWorkInput!) {
                          approveWork(input: $input) { work { version } userErrors { code } }
                        }""", Map.of("input", Map.of("id", id, "expectedVersion", 0))).get("approveWork");
                assertThat(approved.get("userErrors")).isEmpty();
                acknowledged.put(id, approved.get("work").get("version").asLong());
                writes.incrementAndGet();
            } catch (RuntimeException | AssertionError e) {
                if (killed.get()) {
                    return;
                }
                throw e;
            }
        }
    }

    private static JsonNode graphQl(ServerProcess server, String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.cityAdmin())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("errors")) {
            throw new AssertionError("GraphQL answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return answer.get("data");
    }

    private static String after(Document entry, String field) {
        return entry.getList("after", Document.class).stream().filter(v -> field.equals(v.getString("field")))
                .map(v -> v.getString("value")).findFirst().orElseThrow();
    }
}
