package vn.campaign.api.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.closing.mongo.FinalReportDocument;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.MovableClock;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.api.support.StoreCleanup;

/**
 * {@code closeCampaign}, {@code reopenCampaign} and {@code Campaign.finalReport} over GraphQL, with the platform
 * clock under the test's control. The campaign runs 1/4–15/6/2022 with two days of grace after closing: Phường
 * Trần Phú has a hall approved and completed and a park approved only; Phường Nam Hà nothing.
 */
@Import(MovableClock.Configuration.class)
class ClosingIT extends EmbeddedStoreTestBase {

    private static final String CODE = "QH-CLOSING-TEST";
    private static final String DEFINITION = """
            code: QH-CLOSING-TEST
            name: "Đợt thi đua thử nghiệm kết thúc"
            nameEn: "A campaign to test closing"
            directive: {number: "11-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            closingGraceDays: 2
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            obligations:
              - {code: ONE_WORK, name: "Có công trình chào mừng", nameEn: "A celebratory work", appliesTo: [WARD, COMMUNE], registers: WORK}
            """;
    private static final String TRAN_PHU = "18070";

    private static final String CLOSE = """
            mutation($code: String!, $v: Int!) {
              closeCampaign(input: { code: $code, expectedVersion: $v }) {
                campaign { code status version closedOn closingGraceDays finalReport { closedAt closedOn closedBy } }
                userErrors { code field message }
              }
            }""";
    private static final String REOPEN = """
            mutation($code: String!, $v: Int!, $reason: String!) {
              reopenCampaign(input: { code: $code, expectedVersion: $v, reason: $reason }) {
                campaign { code status version closedOn finalReport { closedAt } }
                userErrors { code field message }
              }
            }""";
    private static final String REPORT = """
            query($code: String!) { campaign(code: $code) { status version
              finalReport { closedOn campaignVersion requiredUnits compliantUnits investment plaquesAwarded
                works { status count } events { status count }
                units { unitCode unitName compliant obligations { code status approved pending overdue } }
                targets { code figure reached } }
              compliance { units { unit { code } compliant } } } }""";
    private static final String REGISTER = """
            mutation($name: String!) {
              registerWork(input: { campaignCode: "QH-CLOSING-TEST", unitCode: "18070", name: $name, kind: INAUGURATION,
                  plannedOn: "2022-06-01", taskAreaCode: "URBAN" }) { work { id } userErrors { code field } }
            }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private MovableClock clock;

    private Registration park;

    @BeforeEach
    void seed() {
        clock.setTo(LocalDate.of(2022, 5, 1));
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow());
        Registration hall = approve(work("Nhà văn hóa tổ dân phố 5"));
        platform.registrationService().changeStatus(ChangeStatus.complete(hall.id().value(), hall.version(),
                LocalDate.of(2022, 5, 1))).value();
        park = approve(work("Công viên tổ dân phố 7"));
    }

    @AfterEach
    void removeTheCampaign() {
        StoreCleanup.removeRegistrations(mongoTemplate(), CODE);
        mongoTemplate().remove(Query.query(Criteria.where("campaign").is(CODE)), FinalReportDocument.COLLECTION);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(CODE)), CampaignDocument.COLLECTION);
    }

    @Test
    void directive32ListsTheCitysGiayKhenAmongItsCommendationForms() {
        Map<String, Object> response = admin("""
                { campaign(code: "CT32-2022") { commendationForms { code name decidedBy recipients } } }""", Map.of());

        assertThat(at(response, "data.campaign.commendationForms")).asList().contains(Map.of(
                "code", "GIAY_KHEN_CHU_TICH_UBND_TP", "name", "Giấy khen của Chủ tịch UBND thành phố",
                "decidedBy", "CITY", "recipients", List.of("COLLECTIVE", "INDIVIDUAL")));
    }

    @Test
    void refusesClosingWhileTheCampaignRunsIncludingItsLastDay() {
        clock.setTo(LocalDate.of(2022, 6, 15));

        Map<String, Object> response = admin(CLOSE, Map.of("code", CODE, "v", version()));

        assertThat(at(response, "data.closeCampaign.campaign")).isNull();
        assertThat(at(response, "data.closeCampaign.userErrors.0.code")).isEqualTo("CAMPAIGN_NOT_ENDED");
        assertThat(at(response, "data.closeCampaign.userErrors.0.field")).isEqualTo(List.of("input", "code"));
        assertThat(at(admin(REPORT, Map.of("code", CODE)), "data.campaign.status")).isEqualTo("OPEN");
    }

    @Test
    void closesKeepsAFinalReportThatLaterChangesDoNotAlterAndRefusesRegistrations() {
        clock.setTo(LocalDate.of(2022, 6, 16));
        long before = version();

        Map<String, Object> closed = admin(CLOSE, Map.of("code", CODE, "v", before));

        assertThat(at(closed, "data.closeCampaign.userErrors")).isEqualTo(List.of());
        assertThat(at(closed, "data.closeCampaign.campaign.status")).isEqualTo("CLOSED");
        assertThat(at(closed, "data.closeCampaign.campaign.version")).isEqualTo((int) before + 1);
        assertThat(at(closed, "data.closeCampaign.campaign.closedOn")).isEqualTo("2022-06-16");
        assertThat(at(closed, "data.closeCampaign.campaign.closingGraceDays")).isEqualTo(2);
        assertThat(at(closed, "data.closeCampaign.campaign.finalReport.closedOn")).isEqualTo("2022-06-16");
        assertThat(at(closed, "data.closeCampaign.campaign.finalReport.closedAt")).asString().startsWith("2022-06-1");
        Map<String, Object> atClosing = admin(REPORT, Map.of("code", CODE));
        Object report = at(atClosing, "data.campaign.finalReport");
        assertThat(at(report, "works")).asList().contains(Map.of("status", "COMPLETED", "count", 1),
                Map.of("status", "APPROVED", "count", 1));
        assertThat(at(report, "campaignVersion")).isEqualTo((int) before + 1);
        Object tranPhu = ((List<?>) at(report, "units")).stream().filter(u -> TRAN_PHU.equals(at(u, "unitCode")))
                .findFirst().orElseThrow();
        assertThat(at(tranPhu, "compliant")).isEqualTo(true);
        assertThat(at(tranPhu, "unitName")).isEqualTo("Phường Trần Phú");

        Map<String, Object> refused = as(Caller.OFFICER_18070, REGISTER, Map.of("name", "Cổng chào mới"));
        assertThat(at(refused, "data.registerWork.userErrors.0.code")).isEqualTo("CAMPAIGN_CLOSED");

        clock.setTo(LocalDate.of(2022, 6, 18));
        platform.registrationService().changeStatus(ChangeStatus.complete(park.id().value(),
                platform.registrations().findById(park.id()).orElseThrow().version(), LocalDate.of(2022, 6, 14)))
                .value();

        Map<String, Object> later = admin(REPORT, Map.of("code", CODE));
        assertThat(at(later, "data.campaign.finalReport")).isEqualTo(report);
        assertThat(at(later, "data.campaign.finalReport.works")).asList()
                .doesNotContain(Map.of("status", "COMPLETED", "count", 2));
    }

    @Test
    void reopensWithAReasonAndClosingAgainKeepsANewReport() {
        clock.setTo(LocalDate.of(2022, 6, 16));
        admin(CLOSE, Map.of("code", CODE, "v", version()));

        Map<String, Object> noReason = admin(REOPEN, Map.of("code", CODE, "v", version(), "reason", " "));
        assertThat(at(noReason, "data.reopenCampaign.userErrors.0.code")).isEqualTo("REASON_REQUIRED");

        Map<String, Object> reopened = admin(REOPEN, Map.of("code", CODE, "v", version(),
                "reason", "Bổ sung hồ sơ của phường Trần Phú"));
        assertThat(at(reopened, "data.reopenCampaign.campaign.status")).isEqualTo("OPEN");
        assertThat(at(reopened, "data.reopenCampaign.campaign.closedOn")).isNull();
        assertThat(at(reopened, "data.reopenCampaign.campaign.finalReport")).isNull();
        Map<String, Object> audit = admin("query($id: ID!) { auditTrail(objectId: $id, first: 10) { nodes { action } } }",
                Map.of("id", CODE));
        assertThat(at(audit, "data.auditTrail.nodes")).asList().contains(Map.of("action", "CLOSE_CAMPAIGN"),
                Map.of("action", "REOPEN_CAMPAIGN"));

        clock.setTo(LocalDate.of(2022, 6, 17));
        Map<String, Object> again = admin(CLOSE, Map.of("code", CODE, "v", version()));
        assertThat(at(again, "data.closeCampaign.campaign.finalReport.closedOn")).isEqualTo("2022-06-17");
        assertThat(mongoTemplate().count(Query.query(Criteria.where("campaign").is(CODE)),
                FinalReportDocument.COLLECTION)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Caller.class, names = {"ANONYMOUS", "VIEWER", "OFFICER_18070", "OFFICER_18076"})
    void onlyACityAdministratorMayCloseOrReopen(Caller caller) {
        clock.setTo(LocalDate.of(2022, 6, 16));
        String expected = caller == Caller.ANONYMOUS ? "UNAUTHORIZED" : "FORBIDDEN";

        for (Map<String, Object> response : List.of(as(caller, CLOSE, Map.of("code", CODE, "v", version())),
                as(caller, REOPEN, Map.of("code", CODE, "v", version(), "reason", "thử")))) {
            assertThat(GraphQlHttp.classifications(response)).containsExactly(expected);
            assertThat(at(response, "data")).isNull();
        }
        assertThat(at(admin(REPORT, Map.of("code", CODE)), "data.campaign.status")).isEqualTo("OPEN");
    }

    private long version() {
        return platform.campaigns().findStored(new vn.campaign.core.campaign.CampaignCode(CODE)).orElseThrow()
                .version();
    }

    private Map<String, Object> as(Caller caller, String document, Map<String, ?> variables) {
        return GraphQlHttp.post(SecuredEndpoint.as(context, caller).client(), document, variables);
    }

    private Map<String, Object> admin(String document, Map<String, ?> variables) {
        Map<String, Object> response = as(Caller.CITY_ADMIN, document, variables);
        assertThat(response.get("errors")).as("errors of %s", document).isNull();
        return response;
    }

    private Registration work(String name) {
        return platform.registrationService().registerWork(new RegisterWork(CODE, TRAN_PHU,
                new WorkDetails(name, WorkKind.INAUGURATION, LocalDate.of(2022, 6, 1), null, null, null, null, null, null,
                        false, null)))
                .value();
    }

    private Registration approve(Registration registration) {
        return platform.registrationService().changeStatus(ChangeStatus.approve(registration.id().value(),
                registration.version())).value();
    }
}
