package vn.campaign.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;

/**
 * What each caller's export holds: exactly what the same caller lists in GraphQL — the public (approved and
 * completed) registrations for a caller without a token, those plus every one of their own unit for a unit
 * officer, everything for viewers and the city.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportVisibilityIT extends EmbeddedStoreTestBase {

    private static final String WORK_NAME = "Tên công trình";
    private static final String EVENT_NAME = "Tên lễ hội, sự kiện";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private ExportFixtures data;

    @BeforeAll
    void registerWorksAndEventsOfTwoWardsInSeveralStatuses() {
        data = new ExportFixtures(platform);
    }

    @Test
    void anAnonymousCallerGetsOnlyThePublicRegistrations() {
        ExportEndpoint anonymous = ExportEndpoint.as(context, null);

        assertThat(workNames(anonymous)).containsExactly(data.hall.name());
        assertThat(eventNames(anonymous)).containsExactly(data.festival.name());
    }

    @Test
    void aUnitOfficerGetsTheirOwnUnitsRegistrationsButNotAnotherUnitsUnapprovedOnes() {
        ExportEndpoint officerOfTranPhu = ExportEndpoint.as(context, TestTokens.unitOfficer(ExportFixtures.TRAN_PHU));
        ExportEndpoint officerOfNamHa = ExportEndpoint.as(context, TestTokens.unitOfficer(ExportFixtures.NAM_HA));

        assertThat(workNames(officerOfTranPhu)).containsExactly(data.road.name(), data.hall.name());
        assertThat(eventNames(officerOfTranPhu)).containsExactly(data.race.name(), data.festival.name());
        assertThat(workNames(officerOfNamHa)).containsExactly(data.park.name(), data.hall.name());
        assertThat(ExportedSheet.read(officerOfTranPhu.get(ExportController.WORKS_PATH, "campaign", "CT32-2022",
                "unit", ExportFixtures.NAM_HA).getContentAsByteArray()).namesWith(WORK_NAME, data.token))
                .containsExactly(data.hall.name());
    }

    @Test
    void theCityGetsEveryRegistration() {
        ExportEndpoint admin = ExportEndpoint.as(context, TestTokens.cityAdmin());

        assertThat(workNames(admin)).containsExactly(data.road.name(), data.park.name(), data.hall.name());
        assertThat(eventNames(admin)).containsExactly(data.race.name(), data.festival.name());
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void holdsExactlyTheRegistrationsTheSameCallerListsInGraphQl(Caller caller) {
        ExportEndpoint endpoint = ExportEndpoint.as(context, caller.token());
        ExportedSheet works = ExportedSheet.read(endpoint.get(ExportController.WORKS_PATH, "campaign", "CT32-2022")
                .getContentAsByteArray());
        ExportedSheet events = ExportedSheet.read(endpoint.get(ExportController.EVENTS_PATH, "campaign", "CT32-2022")
                .getContentAsByteArray());

        assertThat(ids(works, WORK_NAME)).containsExactlyElementsOf(graphQlIds(endpoint, "works", "WorkFilter"));
        assertThat(ids(events, EVENT_NAME)).containsExactlyElementsOf(graphQlIds(endpoint, "events", "EventFilter"));
    }

    @Test
    void aTokenThatDoesNotCheckOutIsRefusedRatherThanReadAsAnonymous() {
        MockHttpServletResponse response = ExportEndpoint.as(context, TestTokens.cityAdmin() + "x")
                .get(ExportController.WORKS_PATH, "campaign", "CT32-2022");

        assertThat(response.getStatus()).isEqualTo(401);
    }

    private List<String> workNames(ExportEndpoint endpoint) {
        return ExportedSheet.read(endpoint.get(ExportController.WORKS_PATH, "campaign", "CT32-2022")
                .getContentAsByteArray()).namesWith(WORK_NAME, data.token);
    }

    private List<String> eventNames(ExportEndpoint endpoint) {
        return ExportedSheet.read(endpoint.get(ExportController.EVENTS_PATH, "campaign", "CT32-2022")
                .getContentAsByteArray()).namesWith(EVENT_NAME, data.token);
    }

    private List<String> ids(ExportedSheet sheet, String nameHeader) {
        return sheet.rows().stream()
                .filter(r -> sheet.cell(r, nameHeader).getStringCellValue().contains(data.token))
                .map(r -> sheet.cell(r, ExportLayout.ID_HEADER).getStringCellValue()).toList();
    }

    /** The ids the caller lists in GraphQL, all pages, in list order. */
    private List<String> graphQlIds(ExportEndpoint endpoint, String field, String filterType) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("filter", Map.of("campaignCode", "CT32-2022", "search", data.token));
            variables.put("after", after);
            JsonNode connection = endpoint.graphQlData("query($filter: " + filterType + ", $after: String) { " + field
                    + "(filter: $filter, first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                    variables).get(field);
            connection.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
            after = connection.get("pageInfo").get("hasNextPage").asBoolean()
                    ? connection.get("pageInfo").get("endCursor").asString() : null;
        } while (after != null);
        assertThat(ids).allSatisfy(id -> assertThat(GlobalId.decode(id)).isPresent());
        return ids;
    }
}
