package vn.campaign.api.security;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application's HTTP endpoints reached through MockMvc with the real security filter chain, as one
 * caller: every request carries that caller's bearer token, or none.
 *
 * @param client the HTTP client, its base URL {@code /graphql}
 * @param tester the GraphQL tester posting through that client
 */
public record SecuredEndpoint(WebTestClient client, GraphQlTester tester) {

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
}
