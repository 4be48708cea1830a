package vn.campaign.api.graphql;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application's {@code /graphql} endpoint reached over HTTP semantics (status codes, JSON bodies)
 * through MockMvc, without opening a port.
 *
 * @param client the HTTP client, its base URL {@code /graphql}
 * @param tester the GraphQL tester posting through that client
 */
record GraphQlEndpoint(WebTestClient client, GraphQlTester tester) {

    static GraphQlEndpoint of(WebApplicationContext context) {
        WebTestClient client = MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context).build())
                .baseUrl("/graphql").build();
        return new GraphQlEndpoint(client, HttpGraphQlTester.create(client));
    }
}
