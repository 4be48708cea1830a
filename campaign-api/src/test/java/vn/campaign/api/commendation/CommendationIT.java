package vn.campaign.api.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.commendation.mongo.CommendationDocument;
import vn.campaign.api.commendation.mongo.DecisionDocument;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.MovableClock;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.CampaignDefinitions;

/**
 * The commendation flow over GraphQL — propose, return, resubmit, approve, decide, read — and the role of every
 * caller for each mutation, on closed campaigns of its own (one reviewed by the administrator alone, one in two
 * steps, office then leadership) with the platform clock under the test's control.
 */
@Import(MovableClock.Configuration.class)
class CommendationIT extends EmbeddedStoreTestBase {

    private static final String CODE = "QH-COMMEND-TEST";
    private static final String DEFINITION = """
            code: QH-COMMEND-TEST
            name: "Đợt thi đua thử nghiệm khen thưởng"
            nameEn: "A campaign to test commendation"
            directive: {number: "12-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            commendationForms:
              - {code: GK, name: "Giấy khen của Chủ tịch UBND thành phố", nameEn: "City certificate", decidedBy: CITY, recipients: [COLLECTIVE, INDIVIDUAL]}
              - {code: BK, name: "Bằng khen của Chủ tịch UBND tỉnh", nameEn: "Provincial certificate", decidedBy: PROPOSED_UPWARD, recipients: [COLLECTIVE]}
            """;

    private static final String STEPS_CODE = "QH-COMMEND-STEPS";
    /** The same campaign reviewed in two steps: the emulation office checks, then the leadership approves. */
    private static final String STEPS_DEFINITION = DEFINITION.replace("code: QH-COMMEND-TEST", "code: " + STEPS_CODE)
            + "review: [CITY_OFFICE, CITY_LEADERSHIP]\n";

    private static final String PROPOSE = """
            mutation($unit: String!, $name: String!, $recipientUnit: String, $form: String!) {
              proposeCommendation(input: { campaignCode: "QH-COMMEND-TEST", unitCode: $unit,
                  recipient: { kind: INDIVIDUAL, name: $name, position: "Tổ trưởng tổ dân phố 5", unitCode: $recipientUnit },
                  form: $form, achievement: "Vận động nhân dân hiến đất làm đường" }) {
                commendation { id status version } userErrors { code field message }
              }
            }""";
    private static final String REVIEW = """
            mutation($id: ID!, $v: Int!, $reason: String) {
              %s(input: { id: $id, expectedVersion: $v, reason: $reason }) {
                commendation { id status version reviews { step decision reason } } userErrors { code field }
              }
            }""";
    private static final String DECIDE = """
            mutation($ids: [ID!]!, $number: String!) {
              decideCommendations(input: { campaignCode: "QH-COMMEND-TEST", commendationIds: $ids,
                  decisionNumber: $number, decidedOn: "2022-07-01", signer: "Chủ tịch UBND thành phố" }) {
                decision { id number decidedOn commendations { id status } } userErrors { code field }
              }
            }""";
    private static final String PROPOSE_IN_STEPS = PROPOSE.replace("QH-COMMEND-TEST", STEPS_CODE);
    private static final String READ = """
            query($id: ID!) { node(id: $id) { ... on Commendation { status version reviews { step decision by } } } }""";
    private static final String LIST = """
            query { campaign(code: "QH-COMMEND-TEST") {
              commendations(first: 10) { totalCount nodes { id status recipient { name } decision { number } } }
              decisions { number } } }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private MovableClock clock;

    @BeforeEach
    void seed() {
        clock.setTo(LocalDate.of(2022, 6, 20));
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow().closedOn(LocalDate.of(2022, 6, 16)));
        platform.campaigns().save(CampaignDefinitions.parse(STEPS_DEFINITION).orThrow()
                .closedOn(LocalDate.of(2022, 6, 16)));
    }

    @AfterEach
    void removeTheCampaign() {
        for (String code : List.of(CODE, STEPS_CODE)) {
            mongoTemplate().remove(Query.query(Criteria.where("campaign").is(code)), CommendationDocument.COLLECTION);
            mongoTemplate().remove(Query.query(Criteria.where("campaign").is(code)), DecisionDocument.COLLECTION);
            mongoTemplate().remove(Query.query(Criteria.where("_id").is(code)), CampaignDocument.COLLECTION);
        }
    }

    @Test
    void aProposalIsReturnedResubmittedApprovedDecidedAndThenPublic() {
        Map<String, Object> proposed = as(Caller.OFFICER_18070, PROPOSE, vars("18070", "Nguyễn Văn A", null, "GK"));
        assertThat(at(proposed, "data.proposeCommendation.userErrors")).isEqualTo(List.of());
        String id = (String) at(proposed, "data.proposeCommendation.commendation.id");
        assertThat(at(proposed, "data.proposeCommendation.commendation.status")).isEqualTo("PROPOSED");

        Map<String, Object> returned = admin(REVIEW.formatted("returnCommendation"),
                Map.of("id", id, "v", 1, "reason", "Bổ sung báo cáo thành tích"));
        assertThat(at(returned, "data.returnCommendation.commendation.status")).isEqualTo("RETURNED");
        Map<String, Object> resubmitted = as(Caller.OFFICER_18070, REVIEW.formatted("resubmitCommendation"),
                Map.of("id", id, "v", 2));
        assertThat(at(resubmitted, "data.resubmitCommendation.commendation.status")).isEqualTo("PROPOSED");
        Map<String, Object> approved = admin(REVIEW.formatted("approveCommendation"), Map.of("id", id, "v", 3));
        assertThat(at(approved, "data.approveCommendation.commendation.reviews")).asList().hasSize(3);
        assertThat(at(as(Caller.ANONYMOUS, LIST, Map.of()), "data.campaign.commendations.totalCount")).isEqualTo(0);

        Map<String, Object> decided = admin(DECIDE, Map.of("ids", List.of(id), "number", "123/QĐ-UBND"));
        assertThat(at(decided, "data.decideCommendations.decision.number")).isEqualTo("123/QĐ-UBND");
        assertThat(at(decided, "data.decideCommendations.decision.decidedOn")).isEqualTo("2022-07-01");
        assertThat(at(decided, "data.decideCommendations.decision.commendations.0.status")).isEqualTo("DECIDED");
        Map<String, Object> again = admin(DECIDE, Map.of("ids", List.of(id), "number", "123/QĐ-UBND"));
        assertThat(((List<?>) at(again, "data.decideCommendations.userErrors")).stream()
                .map(e -> String.valueOf(at(e, "code"))).toList())
                .contains("DECISION_NUMBER_TAKEN", "COMMENDATION_ALREADY_DECIDED");

        Map<String, Object> publicList = as(Caller.ANONYMOUS, LIST, Map.of());
        assertThat(at(publicList, "data.campaign.commendations.totalCount")).isEqualTo(1);
        assertThat(at(publicList, "data.campaign.commendations.nodes.0.decision.number")).isEqualTo("123/QĐ-UBND");
        Map<String, Object> node = as(Caller.ANONYMOUS, "query($id: ID!) { node(id: $id) { id ... on Commendation { status } } }",
                Map.of("id", id));
        assertThat(at(node, "data.node.status")).isEqualTo("DECIDED");
    }

    @Test
    void refusesARecipientOfAnotherUnitAndAFormTheCityDoesNotDecide() {
        Map<String, Object> outside = as(Caller.OFFICER_18070, PROPOSE, vars("18070", "Nguyễn Văn A", "18076", "GK"));
        assertThat(at(outside, "data.proposeCommendation.userErrors.0.code")).isEqualTo("RECIPIENT_OUTSIDE_UNIT");
        assertThat(at(outside, "data.proposeCommendation.userErrors.0.field"))
                .isEqualTo(List.of("input", "recipient", "unitCode"));

        Map<String, Object> upward = admin("""
                mutation { proposeCommendation(input: { campaignCode: "QH-COMMEND-TEST", unitCode: "436",
                    recipient: { kind: COLLECTIVE, name: "UBND phường Trần Phú", unitCode: "18070" }, form: "BK",
                    achievement: "Dẫn đầu phong trào" }) { commendation { id } userErrors { code } } }""", Map.of());
        String id = (String) at(upward, "data.proposeCommendation.commendation.id");
        admin(REVIEW.formatted("approveCommendation"), Map.of("id", id, "v", 1));
        Map<String, Object> refused = admin(DECIDE, Map.of("ids", List.of(id), "number", "9/QĐ-UBND"));
        assertThat(at(refused, "data.decideCommendations.userErrors.0.code")).isEqualTo("FORM_NOT_DECIDED_BY_CITY");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18076"})
    void onlyTheUnitOrTheCityProposesAndOnlyTheCityReviewsAndDecides(Caller caller) {
        String expected = caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN";
        Map<String, Object> proposed = as(Caller.OFFICER_18070, PROPOSE, vars("18070", "Nguyễn Văn A", null, "GK"));
        String id = (String) at(proposed, "data.proposeCommendation.commendation.id");

        assertThat(GraphQlHttp.classifications(as(caller, PROPOSE, vars("18070", "Nguyễn Văn B", null, "GK"))))
                .containsExactly(expected);
        for (String mutation : List.of("approveCommendation", "returnCommendation", "rejectCommendation")) {
            Map<String, Object> response = as(caller, REVIEW.formatted(mutation), Map.of("id", id, "v", 1, "reason", "x"));
            if (caller == Caller.ANONYMOUS) {
                assertThat(GraphQlHttp.classifications(response)).containsExactly(expected);
            } else {
                // A caller who may not see an undecided proposal is told it does not exist.
                assertThat(at(response, "data." + mutation + ".userErrors.0.code")).isEqualTo("COMMENDATION_NOT_FOUND");
            }
        }
        Map<String, Object> officerApproves = as(Caller.OFFICER_18070, REVIEW.formatted("approveCommendation"),
                Map.of("id", id, "v", 1));
        assertThat(GraphQlHttp.classifications(officerApproves)).containsExactly("FORBIDDEN");
        assertThat(GraphQlHttp.classifications(as(caller, DECIDE, Map.of("ids", List.of(id), "number", "1/QĐ"))))
                .containsExactly(expected);
        assertThat(GraphQlHttp.classifications(as(Caller.OFFICER_18070, DECIDE,
                Map.of("ids", List.of(id), "number", "1/QĐ")))).containsExactly("FORBIDDEN");
    }

    /** The callers of the review steps' role tests: every role, the city's two reviewers included. */
    enum Reviewer {
        ANONYMOUS(() -> null),
        VIEWER(TestTokens::viewer),
        PROPOSING_OFFICER(() -> TestTokens.unitOfficer("18070")),
        OTHER_OFFICER(() -> TestTokens.unitOfficer("18076")),
        CITY_OFFICE(() -> TestTokens.user("office.test", "CITY_OFFICE", null)),
        CITY_LEADERSHIP(() -> TestTokens.user("leadership.test", "CITY_LEADERSHIP", null)),
        CITY_ADMIN(TestTokens::cityAdmin);

        private final Supplier<@Nullable String> token;

        Reviewer(Supplier<@Nullable String> token) {
            this.token = token;
        }
    }

    /**
     * What each role gets when it approves, returns or rejects a proposal waiting at a step of a two-step review:
     * the step's own role and the administrator decide; the other reviewer gets REVIEW_STEP_NOT_YOURS; those who
     * may not see an undecided proposal are told it does not exist; the proposing unit is FORBIDDEN to review
     * it; an anonymous caller is UNAUTHORIZED.
     */
    static Stream<Arguments> reviewStepRoles() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (int step = 1; step <= 2; step++) {
            for (Reviewer r : Reviewer.values()) {
                String expected = switch (r) {
                    case ANONYMOUS -> "UNAUTHORIZED";
                    case PROPOSING_OFFICER -> "FORBIDDEN";
                    case VIEWER, OTHER_OFFICER -> "COMMENDATION_NOT_FOUND";
                    case CITY_OFFICE -> step == 1 ? "SUCCESS" : "REVIEW_STEP_NOT_YOURS";
                    case CITY_LEADERSHIP -> step == 2 ? "SUCCESS" : "REVIEW_STEP_NOT_YOURS";
                    case CITY_ADMIN -> "SUCCESS";
                };
                all.add(Arguments.of(step, r, expected));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "step {0}, {1}: {2}")
    @MethodSource("reviewStepRoles")
    void eachReviewStepIsDecidedByItsOwnRoleOrTheAdministrator(int step, Reviewer reviewer, String expected) {
        for (String mutation : List.of("approveCommendation", "returnCommendation", "rejectCommendation")) {
            String id = proposedInSteps("Nguyễn Văn " + mutation);
            if (step == 2) {
                Map<String, Object> first = as(Caller.CITY_ADMIN, REVIEW.formatted("approveCommendation"),
                        Map.of("id", id, "v", 1));
                assertThat(at(first, "data.approveCommendation.commendation.status")).isEqualTo("PROPOSED");
            }
            int version = step;
            Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.withToken(context, reviewer.token.get())
                    .client(), REVIEW.formatted(mutation), Map.of("id", id, "v", version, "reason", "Lý do " + step));
            Map<String, Object> after = admin(READ, Map.of("id", id));
            switch (expected) {
                case "SUCCESS" -> {
                    assertThat(at(response, "data." + mutation + ".userErrors"))
                            .as(mutation).isEqualTo(List.of());
                    String status = switch (mutation) {
                        case "approveCommendation" -> step == 2 ? "APPROVED" : "PROPOSED";
                        case "returnCommendation" -> "RETURNED";
                        default -> "REJECTED";
                    };
                    assertThat(at(after, "data.node.status")).as(mutation).isEqualTo(status);
                    assertThat(at(after, "data.node.reviews." + (step - 1) + ".step")).as(mutation)
                            .isEqualTo(step == 1 ? "CITY_OFFICE" : "CITY_LEADERSHIP");
                }
                case "UNAUTHORIZED", "FORBIDDEN" -> assertThat(GraphQlHttp.classifications(response)).as(mutation)
                        .containsExactly(expected);
                default -> assertThat(at(response, "data." + mutation + ".userErrors.0.code")).as(mutation)
                        .isEqualTo(expected);
            }
            if (!expected.equals("SUCCESS")) {
                assertThat(at(after, "data.node.version")).as("unchanged by a refused " + mutation).isEqualTo(version);
                assertThat(at(after, "data.node.status")).isEqualTo("PROPOSED");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Reviewer.class)
    void onlyTheProposingUnitOrTheAdministratorResubmitsAndTheReviewStartsAgainAtTheFirstStep(Reviewer reviewer) {
        String id = proposedInSteps("Nguyễn Văn A");
        as(Caller.CITY_ADMIN, REVIEW.formatted("approveCommendation"), Map.of("id", id, "v", 1));
        Map<String, Object> returned = GraphQlHttp.post(SecuredEndpoint.withToken(context,
                Reviewer.CITY_LEADERSHIP.token.get()).client(), REVIEW.formatted("returnCommendation"),
                Map.of("id", id, "v", 2, "reason", "Bổ sung xác nhận của UBND phường"));
        assertThat(at(returned, "data.returnCommendation.commendation.status")).isEqualTo("RETURNED");

        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.withToken(context, reviewer.token.get())
                .client(), REVIEW.formatted("resubmitCommendation"), Map.of("id", id, "v", 3));
        Map<String, Object> after = admin(READ, Map.of("id", id));
        switch (reviewer) {
            case PROPOSING_OFFICER, CITY_ADMIN -> {
                assertThat(at(response, "data.resubmitCommendation.userErrors")).isEqualTo(List.of());
                assertThat(at(after, "data.node.status")).isEqualTo("PROPOSED");
                assertThat(at(after, "data.node.reviews.2")).isEqualTo(Map.of("step", "CITY_OFFICE",
                        "decision", "RESUBMITTED", "by", reviewer == Reviewer.CITY_ADMIN ? "admin.test" : "officer.18070"));
                Map<String, Object> leaderTooEarly = GraphQlHttp.post(SecuredEndpoint.withToken(context,
                        Reviewer.CITY_LEADERSHIP.token.get()).client(), REVIEW.formatted("approveCommendation"),
                        Map.of("id", id, "v", 4));
                assertThat(at(leaderTooEarly, "data.approveCommendation.userErrors.0.code"))
                        .isEqualTo("REVIEW_STEP_NOT_YOURS");
            }
            case ANONYMOUS -> assertThat(GraphQlHttp.classifications(response)).containsExactly("UNAUTHORIZED");
            case CITY_OFFICE, CITY_LEADERSHIP -> assertThat(GraphQlHttp.classifications(response))
                    .containsExactly("FORBIDDEN");
            case VIEWER, OTHER_OFFICER -> assertThat(at(response, "data.resubmitCommendation.userErrors.0.code"))
                    .isEqualTo("COMMENDATION_NOT_FOUND");
        }
        if (reviewer != Reviewer.PROPOSING_OFFICER && reviewer != Reviewer.CITY_ADMIN) {
            assertThat(at(after, "data.node.status")).isEqualTo("RETURNED");
            assertThat(at(after, "data.node.version")).isEqualTo(3);
        }
    }

    private String proposedInSteps(String name) {
        Map<String, Object> proposed = as(Caller.OFFICER_18070, PROPOSE_IN_STEPS, vars("18070", name, null, "GK"));
        assertThat(at(proposed, "data.proposeCommendation.userErrors")).isEqualTo(List.of());
        return (String) at(proposed, "data.proposeCommendation.commendation.id");
    }

    private static Map<String, Object> vars(String unit, String name, String recipientUnit, String form) {
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put("unit", unit);
        vars.put("name", name);
        vars.put("recipientUnit", recipientUnit);
        vars.put("form", form);
        return vars;
    }

    private Map<String, Object> as(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    private Map<String, Object> admin(String document, Map<String, ?> variables) {
        Map<String, Object> response = as(Caller.CITY_ADMIN, document, variables);
        assertThat(response.get("errors")).as("errors of %s", document).isNull();
        return response;
    }
}
