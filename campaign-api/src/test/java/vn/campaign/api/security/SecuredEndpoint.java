package vn.campaign.api.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's HTTP endpoints reached through MockMvc with the real security filter chain, as one
 * caller: every request carries that caller's bearer token, or none.
 *
 * @param client the HTTP client, its base URL {@code /graphql}
 * @param tester the GraphQL tester posting through that client
 */
public record SecuredEndpoint(WebTestClient client, GraphQlTester tester) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The endpoint as one of the test callers.
     *
     * @param context the application
     * @param caller  who calls
     * @return the endpoint
     */
    public static SecuredEndpoint as(WebApplicationContext context, Caller caller) {
        return withToken(context, caller.token());
    }

    /**
     * The endpoint with a given token.
     *
     * @param context the application
     * @param token   the bearer token, or {@code null} for none
     * @return the endpoint
     */
    public static SecuredEndpoint withToken(WebApplicationContext context, @Nullable String token) {
        WebTestClient.Builder builder = MockMvcWebTestClient.bindTo(mockMvc(context)).baseUrl("/graphql");
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        WebTestClient client = builder.build();
        return new SecuredEndpoint(client, HttpGraphQlTester.create(client));
    }

    /**
     * MockMvc over the application with its security filter chain.
     *
     * @param context the application
     * @return MockMvc
     */
    public static MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /**
     * Sends a request through MockMvc with the holder of a token as the caller.
     *
     * @param mvc     MockMvc over the application
     * @param request the request
     * @param token   the bearer token, or {@code null} for an anonymous caller
     * @return the response
     */
    public static MockHttpServletResponse perform(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request,
            @Nullable String token) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException("the request failed: " + e, e);
        }
    }

    /**
     * Posts a GraphQL query to {@code /graphql} through MockMvc with the holder of a token as the caller.
     *
     * @param mvc       MockMvc over the application
     * @param document  the query
     * @param variables its variables
     * @param token     the bearer token, or {@code null} for an anonymous caller
     * @return the answer, with {@code data} and {@code errors}
     */
    public static JsonNode graphQl(MockMvc mvc, String document, Map<String, ?> variables, @Nullable String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return json(perform(mvc, MockMvcRequestBuilders.post("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)), token));
    }

    /**
     * A response's body as JSON.
     *
     * @param response a response
     * @return its JSON
     */
    public static JsonNode json(MockHttpServletResponse response) {
        return JSON.readTree(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
