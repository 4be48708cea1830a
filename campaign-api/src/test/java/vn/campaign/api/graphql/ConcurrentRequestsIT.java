package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.Race;

/**
 * Requests racing each other through the HTTP endpoint: the same registration sent eight times at once
 * is stored once and refused seven times as a duplicate; eight updates of the same version succeed once
 * and are refused seven times as conflicts. No request fails with a server error, no write is lost.
 */
class ConcurrentRequestsIT extends EmbeddedStoreTestBase {

    private static final int RACERS = 8;

    @Autowired
    private WebApplicationContext context;

    private GraphQlEndpoint endpoint;
    private ExecutorService pool;

    @BeforeEach
    void start() {
        endpoint = GraphQlEndpoint.of(context);
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void storesOneOfEightIdenticalRegistrationsSentAtOnceAndRefusesTheOthersAsDuplicates() throws Exception {
        String name = "Khánh thành cầu Hộ Độ " + System.nanoTime();
        List<Map<String, Object>> payloads = race(() -> endpoint.tester().document("""
                        mutation($input: RegisterWorkInput!) {
                          registerWork(input: $input) { work { id } userErrors { code field } }
                        }""")
                .variable("input", Map.of("campaignCode", "CT32-2022", "unitCode", "18076", "name", name,
                        "kind", "INAUGURATION", "plannedOn", "2022-05-19", "taskAreaCode", "URBAN"))
                .execute().path("registerWork").entity(Map.class).get());

        assertThat(payloads).filteredOn(p -> p.get("work") != null).hasSize(1);
        assertThat(payloads).filteredOn(p -> p.get("work") == null).hasSize(RACERS - 1)
                .allSatisfy(p -> assertThat(p.get("userErrors")).isEqualTo(
                        List.of(Map.of("code", "DUPLICATE_REGISTRATION", "field", List.of("input", "name")))));
        endpoint.tester().document("query($s: String) { works(filter: {search: $s}, first: 10) { totalCount } }")
                .variable("s", name).execute().path("works.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void acceptsOneOfEightUpdatesOfTheSameVersionAndRefusesTheOthersAsConflicts() throws Exception {
        String id = endpoint.tester().document("""
                        mutation { registerWork(input: {campaignCode: "CT32-2022", unitCode: "18077", name: "Kè sông %d",
                          kind: GROUNDBREAKING, plannedOn: "2022-05-01", taskAreaCode: "URBAN"}) { work { id } } }"""
                        .formatted(System.nanoTime()))
                .execute().path("registerWork.work.id").entity(String.class).get();
        List<String> locations = new ArrayList<>();
        List<Callable<Map<String, Object>>> updates = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String location = "Đoạn " + i;
            locations.add(location);
            updates.add(() -> update(id, location));
        }

        List<Map<String, Object>> payloads = race(updates);

        List<Map<String, Object>> accepted = payloads.stream().filter(p -> p.get("work") != null).toList();
        assertThat(accepted).hasSize(1);
        assertThat(payloads).filteredOn(p -> p.get("work") == null).hasSize(RACERS - 1)
                .allSatisfy(p -> assertThat(p.get("userErrors")).isEqualTo(List.of(Map.of("code", "CONFLICT"))));
        Object winner = ((Map<?, ?>) accepted.get(0).get("work")).get("location");
        assertThat(locations).contains((String) winner);
        endpoint.tester().document("query($id: ID!) { node(id: $id) { ... on Work { location version } } }")
                .variable("id", id).execute()
                .path("node.location").entity(String.class).isEqualTo((String) winner)
                .path("node.version").entity(Integer.class).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> update(String id, String location) {
        GraphQlTester.Response response = endpoint.tester().document("""
                        mutation($input: UpdateWorkInput!) {
                          updateWork(input: $input) { work { location } userErrors { code } }
                        }""")
                .variable("input", Map.of("id", id, "expectedVersion", 0, "location", location)).execute();
        return response.path("updateWork").entity(Map.class).get();
    }

    private List<Map<String, Object>> race(Callable<Map<String, Object>> request) throws Exception {
        List<Callable<Map<String, Object>>> requests = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            requests.add(request);
        }
        return race(requests);
    }

    private List<Map<String, Object>> race(List<Callable<Map<String, Object>>> requests) throws Exception {
        return Race.run(pool, requests);
    }
}
