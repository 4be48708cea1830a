package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every GraphQL operation suite needs: a tester that goes through the HTTP endpoint, and methods that
 * register test data through the API itself. Suites never delete data: each test names its works and events
 * with a token of its own and reads them back through a search for that token, so the suites can share one
 * store, including a real MongoDB server.
 */
interface GraphQlApiContract {

    /** The Directive 32 campaign's code. */
    String CT32 = "CT32-2022";

    /**
     * A tester that posts to {@code /graphql}.
     *
     * @return the tester
     */
    GraphQlTester graphQl();

    /**
     * A client for the HTTP endpoint itself, for status codes.
     *
     * @return the client, its base URL {@code /graphql}
     */
    WebTestClient http();

    /**
     * A token no other test uses, to name and find this test's data: letters and digits, a word of its own
     * once folded.
     *
     * @return the token
     */
    default String token() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * Registers a work through the API, with a task area so that no warning is given.
     *
     * @param unitCode the unit
     * @param name     the name
     * @return the work's global id
     */
    default String registerWork(String unitCode, String name) {
        return graphQl().document("""
                        mutation($input: RegisterWorkInput!) {
                          registerWork(input: $input) { work { id } userErrors { code } }
                        }""")
                .variable("input", Map.of("campaignCode", CT32, "unitCode", unitCode, "name", name,
                        "kind", "INAUGURATION", "plannedOn", "2022-05-19", "taskAreaCode", "URBAN"))
                .execute()
                .path("registerWork.userErrors").entityList(Object.class).hasSize(0)
                .path("registerWork.work.id").entity(String.class).get();
    }

    /**
     * Registers an event through the API.
     *
     * @param unitCode the unit
     * @param name     the name
     * @return the event's global id
     */
    default String registerEvent(String unitCode, String name) {
        return graphQl().document("""
                        mutation($input: RegisterEventInput!) {
                          registerEvent(input: $input) { event { id } userErrors { code } }
                        }""")
                .variable("input", Map.of("campaignCode", CT32, "unitCode", unitCode, "name", name,
                        "kind", "TRADITIONAL_FESTIVAL", "startsOn", "2022-06-01", "endsOn", "2022-06-03",
                        "taskAreaCode", "CULTURE"))
                .execute()
                .path("registerEvent.userErrors").entityList(Object.class).hasSize(0)
                .path("registerEvent.event.id").entity(String.class).get();
    }

    /**
     * Runs a lifecycle or plaque mutation that must succeed.
     *
     * @param mutation the mutation's name, such as {@code approveWork}
     * @param input    its input
     * @return the changed object's version
     */
    default int change(String mutation, Map<String, Object> input) {
        String object = mutation.endsWith("Event") ? "event" : "work";
        String inputType = mutation.equals("awardPlaque") ? "AwardPlaqueInput"
                : Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        GraphQlTester.Response response = graphQl().document("mutation($input: " + inputType + "!) { " + mutation
                        + "(input: $input) { " + object + " { version } userErrors { code message } } }")
                .variable("input", input).execute();
        response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
        return response.path(mutation + "." + object + ".version").entity(Integer.class).get();
    }

    /**
     * The codes of the user errors of a payload.
     *
     * @param response the response
     * @param payload  the payload's path
     * @return the codes
     */
    default List<String> codes(GraphQlTester.Response response, String payload) {
        return response.path(payload + ".userErrors[*].code").entityList(String.class).get();
    }

    /**
     * Asserts that a response carries a single request error whose message contains a text.
     *
     * @param response the response
     * @param text     what the message must contain
     */
    default void assertRequestError(GraphQlTester.Response response, String text) {
        response.errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).contains(text);
        });
    }
}
