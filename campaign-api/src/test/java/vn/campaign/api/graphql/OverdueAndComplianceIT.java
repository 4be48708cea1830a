package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.MovableClock;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.api.support.StoreCleanup;

/**
 * {@code Work.overdue}, {@code Event.overdue}, the {@code overdue} filters, compliance across the campaign's end
 * day and {@code UnitCompliance.atRisk}, over GraphQL, with the platform clock under the test's control.
 *
 * <p>The campaign runs 1/4–15/6/2022 and asks for registrations by 10/6, with a reminder five days before.
 * Phường Trần Phú: a hall planned on 19/5 (approved), a park planned on 25/5 (registered only), a festival on
 * 14–15/6 (approved). Phường Nam Hà: a bridge planned on 10/5 (approved and completed), a one-day fair on 12/5
 * (approved). Phường Bắc Hà: nothing.
 */
@Import(MovableClock.Configuration.class)
class OverdueAndComplianceIT extends EmbeddedStoreTestBase {

    private static final String CODE = "QH-OVERDUE-TEST";
    private static final String DEFINITION = """
            code: QH-OVERDUE-TEST
            name: "Đợt thi đua thử nghiệm quá hạn"
            nameEn: "A campaign to test overdue registrations"
            directive: {number: "10-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            registrationDeadline: "2022-06-10"
            reminderDays: 5
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
            obligations:
              - {code: ONE_WORK, name: "Có công trình chào mừng", nameEn: "A celebratory work", appliesTo: [WARD, COMMUNE], registers: WORK}
              - {code: ONE_EVENT, name: "Có lễ hội hoặc sự kiện", nameEn: "A festival or an event", appliesTo: [WARD, COMMUNE], registers: EVENT}
            """;
    private static final String TRAN_PHU = "18070";
    private static final String NAM_HA = "18073";
    private static final String BAC_HA = "18076";

    private static final String UNIT_COMPLIANCE = """
            query($code: String!) { campaign(code: $code) {
              registrationDeadline reminderDays
              compliance { units { unit { code } compliant atRisk atRiskReasons atRiskReasonsEn
                obligations { obligation { code } status approved pending overdue } } } } }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private MovableClock clock;

    @BeforeEach
    void seed() {
        clock.setTo(LocalDate.of(2022, 5, 1));
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow());
        approve(work(TRAN_PHU, "Nhà văn hóa tổ dân phố 5", LocalDate.of(2022, 5, 19)));
        work(TRAN_PHU, "Công viên chờ duyệt", LocalDate.of(2022, 5, 25));
        approve(event(TRAN_PHU, "Lễ hội Sen", LocalDate.of(2022, 6, 14), LocalDate.of(2022, 6, 15)));
        Registration bridge = approve(work(NAM_HA, "Cầu Nam Hà", LocalDate.of(2022, 5, 10)));
        approve(event(NAM_HA, "Phiên chợ quê", LocalDate.of(2022, 5, 12), null));
        clock.setTo(LocalDate.of(2022, 5, 11));
        platform.registrationService().changeStatus(ChangeStatus.complete(bridge.id().value(), bridge.version(),
                LocalDate.of(2022, 5, 10))).value();
    }

    @AfterEach
    void removeTheCampaign() {
        StoreCleanup.removeRegistrations(mongoTemplate(), CODE);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(CODE)), CampaignDocument.COLLECTION);
    }

    @Test
    void anApprovedWorkIsOverdueOnceItsPlannedDayHasPassedAndTheFilterKeepsItOrTheOthers() {
        clock.setTo(LocalDate.of(2022, 5, 19));
        assertThat(works(null)).as("on its planned day").containsEntry("Nhà văn hóa tổ dân phố 5", false);
        assertThat(count("works", null)).isEqualTo(3);
        assertThat(count("works", true)).isZero();

        clock.setTo(LocalDate.of(2022, 5, 20));
        assertThat(works(null)).containsExactlyInAnyOrderEntriesOf(Map.of("Nhà văn hóa tổ dân phố 5", true,
                "Công viên chờ duyệt", false, "Cầu Nam Hà", false));
        assertThat(works(true)).as("registered and completed works are never overdue")
                .containsOnlyKeys("Nhà văn hóa tổ dân phố 5");
        assertThat(works(false)).containsOnlyKeys("Công viên chờ duyệt", "Cầu Nam Hà");
        assertThat(count("works", true)).isEqualTo(1);
        assertThat(count("works", false)).isEqualTo(2);
    }

    @Test
    void anApprovedEventIsOverdueAfterItsLastDay() {
        clock.setTo(LocalDate.of(2022, 6, 15));
        assertThat(events(null)).as("the festival's last day is today; the fair's only day was 12/5")
                .containsExactlyInAnyOrderEntriesOf(Map.of("Lễ hội Sen", false, "Phiên chợ quê", true));
        assertThat(events(true)).containsOnlyKeys("Phiên chợ quê");
        assertThat(events(false)).containsOnlyKeys("Lễ hội Sen");

        clock.setTo(LocalDate.of(2022, 6, 16));
        assertThat(events(true)).containsOnlyKeys("Lễ hội Sen", "Phiên chợ quê");
        assertThat(count("events", false)).isZero();
    }

    @Test
    void complianceCountsApprovedRegistrationsUntilTheEndDayAndOnlyCompletedOnesFromTheDayAfter() {
        for (LocalDate day : List.of(LocalDate.of(2022, 6, 14), LocalDate.of(2022, 6, 15))) {
            clock.setTo(day);
            Map<String, Object> tranPhu = unit(TRAN_PHU);
            assertThat(tranPhu.get("compliant")).as("on %s", day).isEqualTo(true);
            assertThat(obligations(tranPhu)).as("on %s", day)
                    .containsExactly("ONE_WORK SATISFIED 1/1/1", "ONE_EVENT SATISFIED 1/0/0");
        }

        clock.setTo(LocalDate.of(2022, 6, 16));
        Map<String, Object> tranPhu = unit(TRAN_PHU);
        assertThat(tranPhu.get("compliant")).isEqualTo(false);
        assertThat(obligations(tranPhu)).containsExactly("ONE_WORK PENDING 0/2/1", "ONE_EVENT PENDING 0/1/1");
        assertThat(obligations(unit(NAM_HA))).as("the completed bridge still counts; the fair never completed")
                .containsExactly("ONE_WORK SATISFIED 1/0/0", "ONE_EVENT PENDING 0/1/1");
        as(Caller.ANONYMOUS).document("""
                query($code: String!) { campaign(code: $code) { compliance(asOf: "2022-06-16") {
                  units { unit { code } obligations { status overdue } } } } }""").variable("code", CODE).execute()
                .path("campaign.compliance.units[?(@.unit.code == '18070')].obligations[*].status")
                .entityList(String.class).containsExactly("PENDING", "PENDING");
        as(Caller.ANONYMOUS).document("""
                query($code: String!) { campaign(code: $code) { compliance(asOf: "2022-06-15") {
                  units { unit { code } obligations { status overdue } } } } }""").variable("code", CODE).execute()
                .path("campaign.compliance.units[?(@.unit.code == '18070')].obligations[*].status")
                .entityList(String.class).containsExactly("SATISFIED", "SATISFIED");
    }

    @Test
    void aUnitIsAtRiskWhenAnObligationRestsOnOverdueRegistrationsOrIsMissingNearOrAfterTheDeadline() {
        clock.setTo(LocalDate.of(2022, 6, 5));
        Map<String, Object> namHa = unit(NAM_HA);
        assertThat(namHa.get("compliant")).isEqualTo(true);
        assertThat(namHa.get("atRisk")).isEqualTo(true);
        assertThat(namHa.get("atRiskReasons")).isEqualTo(List.of(
                "Có lễ hội hoặc sự kiện: dựa vào 1 đăng ký đã quá ngày dự kiến nhưng chưa hoàn thành"));
        assertThat(namHa.get("atRiskReasonsEn")).isEqualTo(List.of(
                "A festival or an event: rests on 1 registration(s) past their due day and not completed"));
        Map<String, Object> bacHa = unit(BAC_HA);
        assertThat(bacHa.get("atRisk")).isEqualTo(true);
        assertThat(bacHa.get("atRiskReasons")).isEqualTo(List.of(
                "Có công trình chào mừng: còn thiếu, hạn đăng ký 10/06/2022 (còn 5 ngày)",
                "Có lễ hội hoặc sự kiện: còn thiếu, hạn đăng ký 10/06/2022 (còn 5 ngày)"));

        clock.setTo(LocalDate.of(2022, 6, 11));
        assertThat(unit(BAC_HA).get("atRiskReasonsEn")).isEqualTo(List.of(
                "A celebratory work: still missing, the registration deadline 2022-06-10 has passed",
                "A festival or an event: still missing, the registration deadline 2022-06-10 has passed"));
    }

    @Test
    void aUnitOnTrackOrMissingOutsideTheReminderWindowIsNotAtRisk() {
        clock.setTo(LocalDate.of(2022, 6, 4));
        Map<String, Object> tranPhu = unit(TRAN_PHU);
        assertThat(tranPhu.get("atRisk")).as("its hall is overdue since 20/5").isEqualTo(true);

        clock.setTo(LocalDate.of(2022, 5, 2));
        tranPhu = unit(TRAN_PHU);
        assertThat(tranPhu.get("compliant")).isEqualTo(true);
        assertThat(tranPhu.get("atRisk")).isEqualTo(false);
        assertThat(tranPhu.get("atRiskReasons")).isEqualTo(List.of());
        clock.setTo(LocalDate.of(2022, 6, 4));
        assertThat(unit(BAC_HA).get("atRisk")).as("six days before the deadline, with five days' reminder")
                .isEqualTo(false);
    }

    @Test
    void theCampaignTellsItsRegistrationDeadlineAndReminderDays() {
        as(Caller.ANONYMOUS).document(UNIT_COMPLIANCE).variable("code", CODE).execute()
                .path("campaign.registrationDeadline").entity(String.class).isEqualTo("2022-06-10")
                .path("campaign.reminderDays").entity(Integer.class).isEqualTo(5);
        as(Caller.ANONYMOUS).document("{ campaign(code: \"CT32-2022\") { registrationDeadline reminderDays } }")
                .execute()
                .path("campaign.registrationDeadline").entity(String.class).isEqualTo("2022-06-15")
                .path("campaign.reminderDays").entity(Integer.class).isEqualTo(7);
    }

    // --- helpers ---

    private Map<String, Object> unit(String code) {
        List<Map<String, Object>> units = as(Caller.ANONYMOUS).document(UNIT_COMPLIANCE).variable("code", CODE).execute()
                .path("campaign.compliance.units[?(@.unit.code == '" + code + "')]")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        assertThat(units).hasSize(1);
        return units.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> obligations(Map<String, Object> unit) {
        return ((List<Map<String, Object>>) unit.get("obligations")).stream()
                .map(o -> ((Map<String, Object>) o.get("obligation")).get("code") + " " + o.get("status") + " "
                        + o.get("approved") + "/" + o.get("pending") + "/" + o.get("overdue"))
                .toList();
    }

    private Map<String, Boolean> works(Boolean overdue) {
        return list("works", overdue);
    }

    private Map<String, Boolean> events(Boolean overdue) {
        return list("events", overdue);
    }

    private Map<String, Boolean> list(String field, Boolean overdue) {
        List<Map<String, Object>> nodes = as(Caller.CITY_ADMIN).document("""
                query($code: String!, $overdue: Boolean) { %s(filter: {campaignCode: $code, overdue: $overdue}, first: 20) {
                  nodes { name overdue } } }""".formatted(field)).variable("code", CODE).variable("overdue", overdue)
                .execute().path(field + ".nodes")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
        Map<String, Boolean> byName = new java.util.HashMap<>();
        nodes.forEach(n -> byName.put((String) n.get("name"), (Boolean) n.get("overdue")));
        if (overdue != null) {
            assertThat(byName.values()).as("the filter and the field agree").containsOnly(overdue);
        }
        return byName;
    }

    private int count(String field, Boolean overdue) {
        return as(Caller.CITY_ADMIN).document("""
                query($code: String!, $overdue: Boolean) { %s(filter: {campaignCode: $code, overdue: $overdue}, first: 1) {
                  totalCount } }""".formatted(field)).variable("code", CODE).variable("overdue", overdue).execute()
                .path(field + ".totalCount").entity(Integer.class).get();
    }

    private GraphQlTester as(Caller caller) {
        return SecuredEndpoint.as(context, caller).tester();
    }

    private Registration work(String unit, String name, LocalDate plannedOn) {
        return platform.registrationService().registerWork(new RegisterWork(CODE, unit,
                new WorkDetails(name, WorkKind.INAUGURATION, plannedOn, null, null, null, null, null, null, false, null)))
                .value();
    }

    private Registration event(String unit, String name, LocalDate startsOn, LocalDate endsOn) {
        return platform.registrationService().registerEvent(new RegisterEvent(CODE, unit,
                new EventDetails(name, EventKind.CULTURAL, startsOn, endsOn, null, null, null, null, null))).value();
    }

    private Registration approve(Registration r) {
        return platform.registrationService().changeStatus(ChangeStatus.approve(r.id().value(), r.version())).value();
    }
}
