package vn.campaign.api.limits;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.support.EmbeddedStoreTestBase;

/**
 * The request timeout in the application, set to one millisecond: a query that reads units and their works
 * from the store (several store round trips of about half a millisecond, and hundreds of fields) is stopped
 * with the limit's error instead of its data. That the timeout lets through a request that runs exactly
 * as long is {@link RequestTimeoutInstrumentationTest}'s part, with a clock the test moves.
 */
@TestPropertySource(properties = "campaign.graphql.limits.request-timeout=1ms")
class RequestTimeoutOverHttpIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @Test
    void stopsARequestThatRunsLongerThanTheTimeout() {
        MockMvcWebTestClient.bindTo(MockMvcBuilders.webAppContextSetup(context).build()).baseUrl("/graphql").build()
                .post().contentType(MediaType.APPLICATION_JSON).accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ units(first: 30) { nodes { code name kind parent { code name } "
                        + "works(first: 10) { totalCount nodes { name } } events(first: 10) { totalCount nodes { "
                        + "name } } } } campaigns { code taskAreas { code } } }"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].message").isEqualTo("The request ran longer than 1ms, the limit "
                        + "(campaign.graphql.limits.request-timeout), and was stopped. Ask for less.")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo(Limit.REQUEST_TIMEOUT.property())
                .jsonPath("$.errors[0].extensions.max").isEqualTo("1ms");
    }
}
