package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.Caller;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.source.FileType;

/** The import history in GraphQL: the connection, its bounds and cursors, and runs through {@code node(id:)}. */
class ImportHistoryGraphQlIT extends EmbeddedStoreTestBase {

    private static final String PAGE = """
            query($first: Int!, $after: String) {
              imports(first: $first, after: $after) {
                totalCount
                edges { cursor node { id fileName status dryRun } }
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    @Autowired
    private WebApplicationContext context;

    private ImportEndpoint endpoint;
    private String token;

    @BeforeEach
    void connect() {
        endpoint = ImportEndpoint.of(context);
        token = Spreadsheets.token();
    }

    @Test
    void listsRunsNewestFirstAndReadsOnFromACursorWhileNewerRunsArrive() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            MockHttpServletResponse response = endpoint.upload(token + "-" + i + ".xlsx",
                    Spreadsheets.xlsx(Spreadsheets.works(token, i)), null, "true");
            ids.add(0, response.getHeader(ImportController.IMPORT_ID_HEADER));
        }

        JsonNode first = endpoint.data(PAGE, Map.of("first", 2)).get("imports");
        endpoint.upload(token + "-newer.xlsx", Spreadsheets.xlsx(Spreadsheets.works(token, 1)), null, "true");
        Map<String, Object> next = Map.of("first", 1, "after", first.get("pageInfo").get("endCursor").asString());
        JsonNode second = endpoint.data(PAGE, next).get("imports");

        assertThat(first.get("edges").findValuesAsString("id")).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.get("edges").get(0).get("node").get("fileName").asString()).isEqualTo(token + "-3.xlsx");
        assertThat(first.get("nodes").findValuesAsString("id")).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.get("pageInfo").get("hasNextPage").asBoolean()).isTrue();
        assertThat(first.get("pageInfo").get("hasPreviousPage").asBoolean()).isFalse();
        assertThat(first.get("pageInfo").get("startCursor").asString())
                .isEqualTo(first.get("edges").get(0).get("cursor").asString());
        assertThat(first.get("totalCount").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(second.get("nodes").findValuesAsString("id")).containsExactly(ids.get(2));
        assertThat(second.get("pageInfo").get("hasPreviousPage").asBoolean()).isTrue();
        assertThat(second.get("totalCount").asInt()).isEqualTo(first.get("totalCount").asInt() + 1);
    }

    @Test
    void refusesPageSizesOutsideOneToAHundredAndCursorsOfOtherLists() {
        String unitCursor = endpoint.data("{ units(first: 1) { pageInfo { endCursor } } }", Map.of())
                .get("units").get("pageInfo").get("endCursor").asString();

        for (int size : new int[] {0, 101}) {
            JsonNode answer = endpoint.graphQl(PAGE, Map.of("first", size));
            assertThat(answer.get("errors").get(0).get("message").asString())
                    .isEqualTo("first must be between 1 and 100, got " + size);
            assertThat(answer.get("errors").get(0).get("extensions").get("classification").asString())
                    .isEqualTo("BAD_REQUEST");
        }
        JsonNode answer = endpoint.graphQl(PAGE, Map.of("first", 5, "after", unitCursor));
        assertThat(answer.get("errors").get(0).get("message").asString())
                .startsWith("after: '" + unitCursor + "' is not a cursor of the list of imports");
    }

    @Test
    void keepsTheHistoryFromEveryoneButTheCity() {
        String id = endpoint.upload(token + ".xlsx", Spreadsheets.xlsx(Spreadsheets.works(token, 1)), null, "true")
                .getHeader(ImportController.IMPORT_ID_HEADER);

        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.VIEWER, Caller.OFFICER_18070)) {
            ImportEndpoint other = ImportEndpoint.as(context, caller.token());
            JsonNode answer = other.graphQl(PAGE, Map.of("first", 5));
            assertThat(answer.get("errors").get(0).get("extensions").get("classification").asString())
                    .as(caller.name())
                    .isEqualTo(caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN");
            assertThat(answer.get("data").isNull()).isTrue();
            assertThat(other.data(ImportEndpointIT.RUN, Map.of("id", id)).get("node").isNull()).as(caller.name())
                    .isTrue();
        }
        assertThat(endpoint.data(ImportEndpointIT.RUN, Map.of("id", id)).get("node").get("id").asString())
                .isEqualTo(id);
    }

    @Test
    void findsARunByItsGlobalIdWithItsCampaign() {
        MockHttpServletResponse response = endpoint.upload("Công trình " + token + ".xlsx",
                Spreadsheets.xlsx(Spreadsheets.works(token, 2)));
        String id = response.getHeader(ImportController.IMPORT_ID_HEADER);

        JsonNode run = endpoint.data(ImportEndpointIT.RUN, Map.of("id", id)).get("node");

        assertThat(GlobalId.decode(id).orElseThrow().type()).isEqualTo("Import");
        assertThat(run.get("id").asString()).isEqualTo(id);
        assertThat(run.get("fileName").asString()).isEqualTo("Công trình " + token + ".xlsx");
        assertThat(run.get("campaign").get("code").asString()).isEqualTo("CT32-2022");
        assertThat(run.get("counts").get("imported").asInt()).isEqualTo(2);
        assertThat(endpoint.data(ImportEndpointIT.RUN, Map.of("id", new GlobalId("Import", "42").encode()))
                .get("node").isNull()).isTrue();
        assertThat(endpoint.data(ImportEndpointIT.RUN, Map.of("id",
                new GlobalId("Import", UUID.randomUUID().toString()).encode())).get("node").isNull()).isTrue();
    }

    @Test
    void showsARunLeftRunningByAnotherProcessAsInterrupted() {
        Import orphan = Import.started(token + ".xlsx", "a".repeat(64), new CampaignCode("CT32-2022"), false,
                FileType.XLSX, Instant.parse("2022-05-02T01:00:00Z"), "admin.test", ImportInstance.random());
        mongoTemplate().insert(ImportMapper.toDocument(orphan));

        JsonNode run = endpoint.data(ImportEndpointIT.RUN,
                Map.of("id", new GlobalId("Import", orphan.id()).encode())).get("node");

        assertThat(run.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(run.get("finishedAt").isNull()).isTrue();
        assertThat(run.get("counts").isNull()).isTrue();
    }
}
