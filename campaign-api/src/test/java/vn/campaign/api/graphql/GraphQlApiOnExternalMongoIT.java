package vn.campaign.api.graphql;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.support.ExternalMongoTestBase;

/** Every GraphQL operation suite on the MongoDB named by {@code SPRING_MONGODB_URI}; skipped when it is unset. */
class GraphQlApiOnExternalMongoIT extends ExternalMongoTestBase
        implements CampaignQueriesContract, RegistrationMutationsContract, ConnectionsContract {

    @Autowired
    private WebApplicationContext context;

    private GraphQlEndpoint endpoint;

    @BeforeEach
    void connect() {
        endpoint = GraphQlEndpoint.of(context);
    }

    @Override
    public GraphQlTester graphQl() {
        return endpoint.tester();
    }

    @Override
    public WebTestClient http() {
        return endpoint.client();
    }
}
