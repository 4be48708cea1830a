package vn.campaign.api.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.campaign.api.security.TestTokens;

/**
 * Writes registrations of the campaign CT32-2022 through the service's GraphQL endpoint over HTTP, as a city
 * administrator, for the subscription tests to observe.
 *
 * @param graphql the service's GraphQL endpoint
 */
record LiveData(URI graphql) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A work's name with a random suffix, so that tests sharing a context do not collide.
     *
     * @param stem what the work is
     * @return the name
     */
    static String name(String stem) {
        return stem + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Registers an inauguration.
     *
     * @param unit the registering unit's code
     * @param name its name
     * @return the answer's registerWork payload
     */
    JsonNode registerWork(String unit, String name) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("campaignCode", "CT32-2022");
        input.put("unitCode", unit);
        input.put("name", name);
        input.put("kind", "INAUGURATION");
        input.put("plannedOn", "2022-05-19");
        input.put("taskAreaCode", "URBAN");
        input.put("location", "Đường Trần Phú");
        input.put("investment", "1500000000");
        return run("""
                mutation($input: RegisterWorkInput!) {
                  registerWork(input: $input) { work { id } userErrors { code message } }
                }""", input).path("registerWork");
    }

    /**
     * Registers an inauguration that must be accepted.
     *
     * @param unit the registering unit's code
     * @param name its name
     * @return the work's global id
     */
    String registeredWork(String unit, String name) {
        JsonNode payload = registerWork(unit, name);
        String id = payload.path("work").path("id").asString("");
        if (id.isEmpty()) {
            throw new AssertionError("registration refused: " + payload);
        }
        return id;
    }

    /**
     * Changes a work's status, which must be accepted.
     *
     * @param mutation such as {@code approveWork}
     * @param id       the work's global id
     * @param version  the version read
     * @param more     further input fields (a reason, a day)
     */
    void change(String mutation, String id, int version, Map<String, Object> more) {
        Map<String, Object> input = new LinkedHashMap<>(more);
        input.put("id", id);
        input.put("expectedVersion", version);
        String type = mutation.substring(0, 1).toUpperCase() + mutation.substring(1) + "Input";
        JsonNode payload = run("mutation($input: " + type + "!) { " + mutation
                + "(input: $input) { userErrors { code message } } }", input).path(mutation);
        if (!payload.path("userErrors").isEmpty()) {
            throw new AssertionError(mutation + " refused: " + payload);
        }
    }

    private JsonNode run(String document, Map<String, Object> input) {
        String body = JSON.writeValueAsString(Map.of("query", document, "variables", Map.of("input", input)));
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.cityAdmin())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            JsonNode answer = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            if (answer.has("errors")) {
                throw new AssertionError("GraphQL errors: " + answer.path("errors"));
            }
            return answer.path("data");
        } catch (IOException e) {
            throw new AssertionError("the service did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
