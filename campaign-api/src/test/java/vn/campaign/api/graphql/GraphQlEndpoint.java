package vn.campaign.api.graphql;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.security.Caller;
import vn.campaign.api.security.SecuredEndpoint;

/**
 * The application's {@code /graphql} endpoint reached over HTTP semantics (status codes, JSON bodies)
 * through MockMvc and the security filter chain, without opening a port. Requests carry a
 * {@code CITY_ADMIN} bearer token, so that the operation suites may write and see every registration; what
 * the other roles may do is tested in {@code vn.campaign.api.security}.
 *
 * @param client the HTTP client, its base URL {@code /graphql}
 * @param tester the GraphQL tester posting through that client
 */
record GraphQlEndpoint(WebTestClient client, GraphQlTester tester) {

    static GraphQlEndpoint of(WebApplicationContext context) {
        SecuredEndpoint endpoint = SecuredEndpoint.as(context, Caller.CITY_ADMIN);
        return new GraphQlEndpoint(endpoint.client(), endpoint.tester());
    }
}
