package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.CampaignDefinitions;

/**
 * The review of a ward's work through GraphQL, on the embedded store, as each person does their part: under a
 * campaign reviewed in two steps the office returns the work, the ward edits and resubmits it, the office and
 * then the leadership approve it; a rejected work no longer blocks its name; the ward's change to an approved
 * work sends it back to review, the city's keeps the approval.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewFlowIT extends EmbeddedStoreTestBase {

    private static final String TWO_STEPS = "TEST-REVIEW-2022";
    private static final String CT32 = "CT32-2022";
    private static final String WORK_FIELDS = "id status statusReason version location "
            + "reviews { step decision reason by }";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private final String officer = TestTokens.unitOfficer("18070");
    private final String office = TestTokens.user("office.test", "CITY_OFFICE", null);
    private final String leadership = TestTokens.user("leadership.test", "CITY_LEADERSHIP", null);
    private final String admin = TestTokens.cityAdmin();

    @BeforeAll
    void defineTheTwoStepCampaign() {
        platform.campaigns().save(CampaignDefinitions.parse(getClass().getResourceAsStream(
                "/definitions/two-step-review.yaml")).orThrow());
    }

    @Test
    void aWorkIsReturnedEditedResubmittedAndApprovedInTwoSteps() {
        assertThat(post(null, "{ campaign(code: \"" + TWO_STEPS + "\") { reviewSteps approvedChanges } }", Map.of()))
                .satisfies(r -> assertThat(GraphQlHttp.at(r, "data.campaign.reviewSteps"))
                        .isEqualTo(List.of("CITY_OFFICE", "CITY_LEADERSHIP")));
        Map<String, Object> work = register(TWO_STEPS, "Khánh thành nhà văn hóa TDP 7");
        String id = (String) work.get("id");

        Map<String, Object> returned = mutate(office, "returnWork", "ReturnWorkInput", Map.of("id", id,
                "expectedVersion", 0, "reason", "Bổ sung biên bản nghiệm thu"));
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("version", 1)
                .containsEntry("statusReason", "Bổ sung biên bản nghiệm thu");
        assertThat(returned.get("reviews")).isEqualTo(List.of(Map.of("step", "CITY_OFFICE", "decision", "RETURNED",
                "reason", "Bổ sung biên bản nghiệm thu", "by", "office.test")));

        Map<String, Object> edited = mutate(officer, "updateWork", "UpdateWorkInput", Map.of("id", id,
                "expectedVersion", 1, "location", "Tổ dân phố 7, phường Trần Phú"));
        assertThat(edited).containsEntry("status", "RETURNED").containsEntry("version", 2);

        Map<String, Object> resubmitted = mutate(officer, "resubmitWork", "ResubmitWorkInput", Map.of("id", id,
                "expectedVersion", 2));
        assertThat(resubmitted).containsEntry("status", "REGISTERED").containsEntry("version", 3);
        assertThat(resubmitted.get("statusReason")).isNull();

        Map<String, Object> checked = mutate(office, "approveWork", "ApproveWorkInput", Map.of("id", id,
                "expectedVersion", 3));
        assertThat(checked).containsEntry("status", "REGISTERED").containsEntry("version", 4);

        Map<String, Object> approved = mutate(leadership, "approveWork", "ApproveWorkInput", Map.of("id", id,
                "expectedVersion", 4));
        assertThat(approved).containsEntry("status", "APPROVED").containsEntry("version", 5)
                .containsEntry("location", "Tổ dân phố 7, phường Trần Phú");
        assertThat((List<?>) approved.get("reviews")).extracting(r -> ((Map<?, ?>) r).get("step") + " "
                + ((Map<?, ?>) r).get("decision")).containsExactly("CITY_OFFICE RETURNED", "CITY_OFFICE APPROVED",
                "CITY_LEADERSHIP APPROVED");

        Map<String, Object> read = post(null, "query($id: ID!) { node(id: $id) { ... on Work { status reviews { step "
                + "decision } } } }", Map.of("id", id));
        assertThat(GraphQlHttp.at(read, "data.node.status")).as("public once approved").isEqualTo("APPROVED");
    }

    @Test
    void aReturnWithABlankReasonIsAUserError() {
        String id = (String) register(TWO_STEPS, "Khánh thành đường Hà Huy Tập").get("id");

        Map<String, Object> response = post(office, "mutation($input: ReturnWorkInput!) { returnWork(input: $input) "
                + "{ work { id } userErrors { code field message } } }", Map.of("input", Map.of("id", id,
                "expectedVersion", 0, "reason", "  ")));

        assertThat(GraphQlHttp.at(response, "data.returnWork.work")).isNull();
        assertThat(GraphQlHttp.at(response, "data.returnWork.userErrors.0.code")).isEqualTo("REASON_REQUIRED");
        assertThat(GraphQlHttp.at(response, "data.returnWork.userErrors.0.field")).isEqualTo(List.of("input", "reason"));
    }

    @Test
    void aRejectedWorkNoLongerBlocksItsNameAndStaysListedWithItsReason() {
        String name = "Khánh thành chợ " + UUID.randomUUID().toString().substring(0, 6);
        String id = (String) register(CT32, name).get("id");
        mutate(admin, "rejectWork", "RejectWorkInput", Map.of("id", id, "expectedVersion", 0,
                "reason", "Công trình đã khánh thành năm 2021"));

        Map<String, Object> again = register(CT32, name.toUpperCase(java.util.Locale.ROOT));

        assertThat(again).containsEntry("status", "REGISTERED");
        assertThat(again.get("id")).isNotEqualTo(id);
        Map<String, Object> list = post(admin, "query($filter: WorkFilter) { works(filter: $filter, first: 10) "
                + "{ nodes { id status statusReason } } }", Map.of("filter", Map.of("campaignCode", CT32,
                "unitCode", "18070", "search", name)));
        assertThat((List<?>) GraphQlHttp.at(list, "data.works.nodes")).extracting(n -> ((Map<?, ?>) n).get("status")
                + ": " + ((Map<?, ?>) n).get("statusReason")).containsExactlyInAnyOrder(
                "REJECTED: Công trình đã khánh thành năm 2021", "REGISTERED: null");
        Map<String, Object> third = post(officer, "mutation($input: RegisterWorkInput!) { registerWork(input: $input) "
                + "{ work { id } userErrors { code } } }", Map.of("input", registerInput(CT32, name)));
        assertThat(GraphQlHttp.at(third, "data.registerWork.userErrors.0.code"))
                .as("the live one still holds the name").isEqualTo("DUPLICATE_REGISTRATION");
    }

    @Test
    void theWardsChangeToAnApprovedWorkSendsItBackToReviewTheCitysKeepsTheApproval() {
        String id = (String) register(TWO_STEPS, "Khánh thành trường mầm non Hoa Sen").get("id");
        mutate(office, "approveWork", "ApproveWorkInput", Map.of("id", id, "expectedVersion", 0));
        mutate(leadership, "approveWork", "ApproveWorkInput", Map.of("id", id, "expectedVersion", 1));

        Map<String, Object> byCity = mutate(admin, "updateWork", "UpdateWorkInput", Map.of("id", id,
                "expectedVersion", 2, "location", "Phường Trần Phú"));
        assertThat(byCity).containsEntry("status", "APPROVED");

        Map<String, Object> byWard = mutate(officer, "updateWork", "UpdateWorkInput", Map.of("id", id,
                "expectedVersion", 3, "location", "Tổ dân phố 2, phường Trần Phú"));

        assertThat(byWard).containsEntry("status", "REGISTERED").containsEntry("version", 4);
        assertThat((List<?>) byWard.get("reviews")).last().isEqualTo(reopenedBy("officer.18070"));
    }

    // --- calls ---

    private static Map<String, Object> reopenedBy(String subject) {
        Map<String, Object> entry = new java.util.LinkedHashMap<>();
        entry.put("step", "CITY_OFFICE");
        entry.put("decision", "REOPENED");
        entry.put("reason", null);
        entry.put("by", subject);
        return entry;
    }

    private Map<String, Object> register(String campaign, String name) {
        Map<String, Object> response = post(officer, "mutation($input: RegisterWorkInput!) { registerWork(input: "
                + "$input) { work { " + WORK_FIELDS + " } userErrors { code } } }",
                Map.of("input", registerInput(campaign, name)));
        assertThat(GraphQlHttp.at(response, "data.registerWork.userErrors")).asList().isEmpty();
        return work(response, "registerWork");
    }

    private static Map<String, Object> registerInput(String campaign, String name) {
        return Map.of("campaignCode", campaign, "unitCode", "18070", "name", name, "kind", "INAUGURATION",
                "plannedOn", "2022-05-19", "taskAreaCode", "URBAN");
    }

    private Map<String, Object> mutate(String token, String mutation, String inputType, Map<String, Object> input) {
        Map<String, Object> response = post(token, "mutation($input: " + inputType + "!) { " + mutation
                + "(input: $input) { work { " + WORK_FIELDS + " } userErrors { code field message } } }",
                Map.of("input", input));
        assertThat(response.get("errors")).as("errors of %s", mutation).isNull();
        assertThat(GraphQlHttp.at(response, "data." + mutation + ".userErrors")).as("userErrors of %s", mutation)
                .asList().isEmpty();
        return work(response, mutation);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> work(Map<String, Object> response, String mutation) {
        return (Map<String, Object>) GraphQlHttp.at(response, "data." + mutation + ".work");
    }

    private Map<String, Object> post(@Nullable String token, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.withToken(context, token).client(), document, variables);
    }
}
