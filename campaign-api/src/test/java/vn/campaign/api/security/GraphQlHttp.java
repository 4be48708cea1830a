package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * GraphQL requests posted as JSON through a {@link SecuredEndpoint}'s client, their answers read as plain
 * maps and lists, so that tests can look at {@code data} and {@code errors} exactly as a client sees them.
 */
public final class GraphQlHttp {

    private GraphQlHttp() {
    }

    /**
     * Posts a request that must be answered 200 with a JSON body that carries no stack trace.
     *
     * @param client    the client, its base URL {@code /graphql}
     * @param document  the GraphQL document
     * @param variables the variables
     * @return the response body
     */
    public static Map<String, Object> post(WebTestClient client, String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        EntityExchangeResult<String> result = client.post().contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        String text = result.getResponseBody();
        assertThat(text).as("response body").isNotNull().doesNotContain("Exception").doesNotContain("\tat ");
        return Json.read(text);
    }

    /**
     * The value at a dotted path ({@code data.registerWork.work.version}, {@code errors.0.message}).
     *
     * @param root the response
     * @param path the path
     * @return the value, or {@code null} when any step is missing or null
     */
    @SuppressWarnings("unchecked")
    public static @Nullable Object at(Object root, String path) {
        Object current = root;
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list && step.matches("\\d+")) {
                int index = Integer.parseInt(step);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * The classifications of a response's errors, in order.
     *
     * @param response the response
     * @return the classifications
     */
    public static List<Object> classifications(Map<String, Object> response) {
        Object errors = response.get("errors");
        if (!(errors instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(e -> at(e, "extensions.classification")).map(c -> (Object) c).toList();
    }

    /** Reading JSON text into maps and lists. */
    static final class Json {

        private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper
                .builder().build();

        private Json() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> read(String text) {
            return MAPPER.readValue(text, Map.class);
        }
    }
}
