package vn.campaign.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.campaign.api.platform.TimelineBackfill;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Timeline;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.api.support.StoreCleanup;

/**
 * {@code Campaign.statistics}, {@code compliance(asOf:)}, the dashboard filters and the registrations' times,
 * over GraphQL on a campaign of its own (the context's store is shared), with the MongoDB commands counted.
 */
@Import(BatchingIT.CountCommands.class)
class StatisticsIT extends EmbeddedStoreTestBase {

    static final String CODE = "TK-DASHBOARD-TEST";
    static final String DEFINITION = """
            code: TK-DASHBOARD-TEST
            name: "Đợt thi đua thử nghiệm thống kê"
            nameEn: "A campaign to test the dashboard"
            directive: {number: "09-CT/Test", issuedOn: "2022-03-01", issuer: "Ban Thường vụ thử nghiệm", issuerEn: "Test board"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: "Đô thị", nameEn: "Urban"}
              - {code: CULTURE, name: "Văn hóa", nameEn: "Culture"}
            obligations:
              - {code: ONE_WORK, name: "Có công trình chào mừng", nameEn: "A celebratory work", appliesTo: [WARD, COMMUNE], registers: WORK}
              - {code: ONE_EVENT, name: "Có lễ hội hoặc sự kiện", nameEn: "A festival or an event", appliesTo: [WARD, COMMUNE], registers: EVENT}
            """;
    static final String TRAN_PHU = "18070";
    static final String NAM_HA = "18073";

    static final String DASHBOARD = """
            query($code: String!, $filter: StatisticsFilter) {
              campaign(code: $code) {
                statistics(filter: $filter) {
                  works { total byStatus { status count } }
                  events { total byStatus { status count } }
                  byUnit { unit { code name } works { total } events { total } }
                  byTaskArea { taskArea { code name } works { total } events { total } }
                  byWeek { weekStarting registered approved completed }
                  investment { total byFundingSource { fundingSource amount } }
                  plaques { requested awarded }
                }
                compliance { compliantUnits units { unit { code } compliant explanation explanationEn } }
              }
            }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private MongoCommandCounter counter;

    @Autowired
    private TimelineBackfill backfill;

    @BeforeEach
    void seed() {
        platform.campaigns().save(CampaignDefinitions.parse(DEFINITION).orThrow());
        Work hall = work(TRAN_PHU, "Nhà văn hóa tổ dân phố 5", 19, 1_200_000_000L, "Ngân sách thành phố", true, "URBAN");
        change(hall, RegistrationStatus.APPROVED, null);
        Work canal = work(TRAN_PHU, "Kênh thoát nước", 2, 850_000_000L, "Xã hội hóa", false, "URBAN");
        change(canal, RegistrationStatus.REJECTED, "Không đạt");
        work(TRAN_PHU, "Công viên chờ duyệt", 25, 300_000_000L, null, true, null);
        Registration festival = platform.registrationService().registerEvent(new RegisterEvent(CODE, NAM_HA,
                new EventDetails("Lễ hội Sen Nam Hà", EventKind.CULTURAL, LocalDate.of(2022, 5, 10), null,
                        new TaskAreaCode("CULTURE"), null, null, null, null))).value();
        change(festival, RegistrationStatus.APPROVED, null);
    }

    @AfterEach
    void removeTheCampaign() {
        StoreCleanup.removeRegistrations(mongoTemplate(), CODE);
        mongoTemplate().remove(Query.query(Criteria.where("_id").is(CODE)), CampaignDocument.COLLECTION);
    }

    @Test
    void aCityAdministratorsDashboardCountsEveryRegistration() {
        GraphQlTester.Response response = as(Caller.CITY_ADMIN).document(DASHBOARD).variable("code", CODE).execute();

        response.path("campaign.statistics.works.total").entity(Integer.class).isEqualTo(3);
        response.path("campaign.statistics.works.byStatus[?(@.status == 'REJECTED')].count").entityList(Integer.class)
                .containsExactly(1);
        response.path("campaign.statistics.events.total").entity(Integer.class).isEqualTo(1);
        response.path("campaign.statistics.byUnit").entityList(Object.class).hasSize(15);
        response.path("campaign.statistics.byUnit[?(@.unit.code == '18070')].works.total").entityList(Integer.class)
                .containsExactly(3);
        response.path("campaign.statistics.byUnit[?(@.unit.code == '18088')].works.total").entityList(Integer.class)
                .containsExactly(0);
        response.path("campaign.statistics.byTaskArea[*].works.total").entityList(Integer.class)
                .containsExactly(2, 0, 1);
        response.path("campaign.statistics.investment.total").entity(String.class).isEqualTo("1500000000");
        response.path("campaign.statistics.investment.byFundingSource[*].fundingSource").entityList(String.class)
                .containsExactly("Ngân sách thành phố", null);
        response.path("campaign.statistics.plaques.requested").entity(Integer.class).isEqualTo(2);
        response.path("campaign.statistics.byWeek[*].registered").entityList(Integer.class)
                .satisfies(weeks -> assertThat(weeks.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4));
        // today is after the campaign's end (15/6/2022): the approved hall and festival, never completed, no
        // longer satisfy their obligations
        response.path("campaign.compliance.units[?(@.unit.code == '18070')].explanation").entityList(String.class)
                .containsExactly("Phường Trần Phú: còn thiếu 1 — Có công trình chào mừng (2 đang chờ duyệt hoặc hoàn"
                        + " thành; 1 quá hạn chưa hoàn thành); còn thiếu 1 — Có lễ hội hoặc sự kiện");
        response.path("campaign.compliance.units[?(@.unit.code == '18073')].explanationEn").entityList(String.class)
                .containsExactly("Phường Nam Hà: 1 more needed — A celebratory work; 1 more needed — A festival or an"
                        + " event (1 awaiting approval or completion; 1 overdue, not completed)");
    }

    @Test
    void anAnonymousDashboardCountsPublicRegistrationsOnly() {
        GraphQlTester.Response response = as(Caller.ANONYMOUS).document(DASHBOARD).variable("code", CODE).execute();

        response.path("campaign.statistics.works.total").entity(Integer.class).isEqualTo(1);
        response.path("campaign.statistics.works.byStatus[?(@.status == 'REGISTERED')].count")
                .entityList(Integer.class).containsExactly(0);
        response.path("campaign.statistics.events.total").entity(Integer.class).isEqualTo(1);
        response.path("campaign.statistics.investment.total").entity(String.class).isEqualTo("1200000000");
        response.path("campaign.statistics.plaques.requested").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void theDashboardCostsTheSameCommandsForOneUnitAndFourRegistrationsAsForAllUnitsAndForty() {
        List<String> small = commandsOf(Map.of("unitCodes", List.of(TRAN_PHU)), 1);
        for (int i = 0; i < 36; i++) {
            work(i % 2 == 0 ? TRAN_PHU : NAM_HA, "Công trình thêm " + i, 1 + i % 40, 1_000_000L, "Xã hội hóa", false,
                    "URBAN");
        }
        List<String> large = commandsOf(Map.of(), 15);

        assertThat(small).as("the statistics' unit summaries and the compliance's (the campaign and the units come"
                + " from the service's cache)").containsExactlyInAnyOrder("find unitSummaries", "find unitSummaries");
        assertThat(large).as("commands for all units and 40 registrations, against one unit and 4")
                .containsExactlyElementsOf(small);
    }

    @Test
    void theReadmesDashboardQueryRunsAsPastedWithinTheDefaultLimits() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("query Dashboard(");
        String query = readme.substring(start, readme.indexOf("```", start));

        GraphQlTester.Response response = as(Caller.ANONYMOUS).document(query).variable("code", CODE)
                .variable("filter", Map.of("unitCodes", List.of(TRAN_PHU, NAM_HA), "from", "2022-05-01",
                        "to", "2022-05-31"))
                .variable("asOf", "2022-05-15").execute();

        response.path("campaign.statistics.byUnit[*].unit.code").entityList(String.class)
                .containsExactly(TRAN_PHU, NAM_HA);
        response.path("campaign.statistics.works.total").entity(Integer.class).isEqualTo(1);
        response.path("campaign.compliance.requiredUnits").entity(Integer.class).isEqualTo(15);
    }

    @Test
    void complianceAsOfADayBeforeTheApprovalsShowsThemPending() {
        as(Caller.CITY_ADMIN).document("""
                query($code: String!) { campaign(code: $code) {
                  before: compliance(asOf: "2022-01-01") { units { unit { code } obligations { status } } }
                  today: compliance(asOf: "%s") { units { unit { code } obligations { status } } } } }"""
                .formatted(LocalDate.now().plusDays(1)))
                .variable("code", CODE).execute()
                .path("campaign.before.units[?(@.unit.code == '18070')].obligations[*].status")
                .entityList(String.class).containsExactly("MISSING", "MISSING")
                // after the campaign's end, the approved work never completed is pending
                .path("campaign.today.units[?(@.unit.code == '18070')].obligations[*].status")
                .entityList(String.class).containsExactly("PENDING", "MISSING");
    }

    @Test
    void worksAndEventsCarryTheirTimes() {
        GraphQlTester.Response response = as(Caller.CITY_ADMIN).document("""
                query($code: String!) { works(filter: {campaignCode: $code, statuses: [APPROVED]}, first: 10) {
                  nodes { registeredAt updatedAt statusChangedAt } } }""").variable("code", CODE).execute();

        Map<String, String> times = response.path("works.nodes[0]").entity(Map.class).get();
        Instant registered = Instant.parse(times.get("registeredAt"));
        assertThat(Instant.parse(times.get("statusChangedAt"))).isAfterOrEqualTo(registered)
                .isEqualTo(Instant.parse(times.get("updatedAt")));
    }

    @Test
    void theDashboardFiltersKeepPlaquesPlannedDaysStartDaysAndStatuses() {
        GraphQlTester tester = as(Caller.CITY_ADMIN);
        tester.document("""
                query($code: String!) { works(filter: {campaignCode: $code, plaqueRequested: true, plannedFrom: "2022-05-10",
                  plannedTo: "2022-05-20"}, first: 10) { nodes { name } } }""").variable("code", CODE).execute()
                .path("works.nodes[*].name").entityList(String.class).containsExactly("Nhà văn hóa tổ dân phố 5");
        tester.document("""
                query($code: String!) { works(filter: {campaignCode: $code, plaqueAwarded: false, plaqueRequested: false},
                  first: 10) { nodes { name } } }""").variable("code", CODE).execute()
                .path("works.nodes[*].name").entityList(String.class).containsExactly("Kênh thoát nước");
        tester.document("""
                query($code: String!) { events(filter: {campaignCode: $code, startsFrom: "2022-05-11"}, first: 10) {
                  totalCount } }""").variable("code", CODE).execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(0);
        tester.document("""
                query($code: String!) { events(filter: {campaignCode: $code, startsFrom: "2022-05-10", startsTo: "2022-05-10"},
                  first: 10) { totalCount } }""").variable("code", CODE).execute()
                .path("events.totalCount").entity(Integer.class).isEqualTo(1);
        tester.document("""
                query($code: String!) { unit(code: "18070") {
                  waiting: works(campaignCode: $code, statuses: [REGISTERED, REJECTED], first: 10) { totalCount nodes { name } }
                  all: works(campaignCode: $code, first: 10) { totalCount } } }""").variable("code", CODE).execute()
                .path("unit.waiting.totalCount").entity(Integer.class).isEqualTo(2)
                .path("unit.waiting.nodes[*].name").entityList(String.class)
                .containsExactly("Công viên chờ duyệt", "Kênh thoát nước")
                .path("unit.all.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void registrationsStoredBeforeTimesWereKeptGetThemFromTheAuditTrailOnce() {
        Work legacy = new Work(Work.register(new CampaignCode(CODE), new UnitCode(NAM_HA), details("Cầu cũ", 3, null,
                null, false, null)).id(), new CampaignCode(CODE), new UnitCode(NAM_HA),
                details("Cầu cũ", 3, null, null, false, null), RegistrationStatus.APPROVED, null, null, false, 1);
        assertThat(platform.registrations().insert(legacy)).isEqualTo(
                vn.campaign.core.registration.Registrations.WriteResult.DONE);
        Instant registered = Instant.parse("2022-04-02T02:00:00Z");
        Instant approved = Instant.parse("2022-04-05T03:00:00Z");
        platform.auditLog().append(new AuditEntry(registered, "test", AuditAction.REGISTER, "Work",
                legacy.id().value(), null, Snapshots.of(legacy)));
        platform.auditLog().append(new AuditEntry(approved, "test", AuditAction.APPROVE, "Work",
                legacy.id().value(), Snapshots.of(legacy), Snapshots.of(legacy)));

        TimelineBackfill.Report first = backfill.run();
        Registration recovered = platform.registrations().findById(legacy.id()).orElseThrow();
        TimelineBackfill.Report second = backfill.run();

        assertThat(first.recovered()).isGreaterThanOrEqualTo(1);
        assertThat(recovered.version()).isEqualTo(1);
        assertThat(recovered.timeline().registeredAt()).isEqualTo(registered);
        assertThat(recovered.timeline().statusChangedAt()).isEqualTo(approved);
        assertThat(second.recovered()).isZero();
        assertThat(platform.registrations().findById(legacy.id()).orElseThrow()).isEqualTo(recovered);
    }

    private List<String> commandsOf(Map<String, Object> filter, int units) {
        GraphQlTester tester = as(Caller.CITY_ADMIN);
        counter.reset();
        tester.document(DASHBOARD).variable("code", CODE).variable("filter", filter).execute()
                .path("campaign.statistics.byUnit").entityList(Object.class).hasSize(units);
        return new ArrayList<>(counter.commands());
    }

    private GraphQlTester as(Caller caller) {
        return SecuredEndpoint.as(context, caller).tester();
    }

    private Work work(String unit, String name, int dayOfMay, long amount, String source, boolean plaque,
            String area) {
        return platform.registrationService().registerWork(new RegisterWork(CODE, unit,
                details(name, dayOfMay, amount, source, plaque, area))).value();
    }

    private static WorkDetails details(String name, int dayOfMay, Long amount, String source, boolean plaque,
            String area) {
        return new WorkDetails(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 1).plusDays(dayOfMay - 1),
                area == null ? null : new TaskAreaCode(area), null, null, amount == null ? null : new Vnd(amount),
                source, null, plaque, null);
    }

    private void change(Registration r, RegistrationStatus status, String reason) {
        platform.registrationService().changeStatus(new ChangeStatus(r.id().value(), r.version(), status, reason,
                null)).value();
    }
}
