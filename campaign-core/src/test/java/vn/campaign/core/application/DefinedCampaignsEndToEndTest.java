package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;
import static vn.campaign.core.registration.RegistrationStatus.APPROVED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.ObligationResult;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.GsoUnitList;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitKind;

/**
 * Campaigns defined without code — the JSON and YAML samples of {@code docs/campaign-definition.md} —
 * run end to end on a {@link CampaignPlatform}: registration rules, lifecycle, plaques, compliance and
 * progress follow the definition, not Directive 32.
 */
class DefinedCampaignsEndToEndTest {

    private static final String HONG_LINH = "HL-QK-2023";
    private static final String BAC_HONG = "18115";
    private static final String HONG_LINH_HIGH_SCHOOL = "437-THPT-HL";

    private static final String TEACHERS_DAY = "HT-NGVN-2024";
    private static final String LE_VAN_THIEM_SCHOOL = "436-THCS-LVT";
    private static final String BAC_HA_PRIMARY_SCHOOL = "436-TH-BH";

    // --- the JSON sample: another town, other dates, an obligation for schools ---

    private static CampaignPlatform hongLinh() {
        Campaign campaign = CampaignDefinitions.parse(
                Fixtures.resourceText("/definitions/hong-linh-national-day-2023.json")).orThrow();
        List<Unit> units = new ArrayList<>(GsoUnitList.read(Fixtures.resourceReader("/units/hong-linh-town-units.csv")));
        units.add(Unit.of("437", "Thị xã Hồng Lĩnh", UnitKind.CITY, null));
        units.add(Unit.of(HONG_LINH_HIGH_SCHOOL, "Trường THPT Hồng Lĩnh", UnitKind.SCHOOL, "437"));
        return Fixtures.platformWith(campaign, units);
    }

    private static WorkDetails hongLinhWork() {
        return aWork().named("Khánh thành công viên trung tâm phường Bắc Hồng").plannedOn(LocalDate.of(2023, 8, 19))
                .taskArea("URBAN").build();
    }

    private static EventDetails schoolSportsDay(EventKind kind) {
        return anEvent().named("Hội khỏe Phù Đổng cấp trường " + kind).kind(kind).startsOn(LocalDate.of(2023, 8, 25))
                .endsOn(LocalDate.of(2023, 8, 26)).taskArea("SPORT").build();
    }

    @Test
    void inTheJsonCampaignTheTownsWardsCommuneAndSchoolAreBound() {
        ComplianceReport report = Fixtures.succeeded(hongLinh().complianceService().evaluate(HONG_LINH));

        assertThat(report.requiredUnits()).isEqualTo(7);
        assertThat(report.units()).extracting(u -> u.unit().code().value())
                .contains(BAC_HONG, "18130", HONG_LINH_HIGH_SCHOOL).doesNotContain("437");
        assertThat(unit(report, HONG_LINH_HIGH_SCHOOL).obligations()).extracting(r -> r.obligation().code())
                .containsExactly("SCHOOL_SPORTS");
        assertThat(unit(report, BAC_HONG).obligations()).extracting(r -> r.obligation().code())
                .containsExactly("WORK_REQUIRED");
    }

    @Test
    void inTheJsonCampaignAWardCompliesWithOneApprovedWork() {
        CampaignPlatform platform = hongLinh();
        Work work = Fixtures.succeeded(platform.registrationService()
                .registerWork(new RegisterWork(HONG_LINH, BAC_HONG, hongLinhWork())));
        Lifecycle.bringTo(platform, work, APPROVED);

        ComplianceReport report = Fixtures.succeeded(platform.complianceService().evaluate(HONG_LINH));

        assertThat(unit(report, BAC_HONG).compliant()).isTrue();
        assertThat(report.compliantUnits()).isEqualTo(1);
    }

    @Test
    void inTheJsonCampaignOnlyASportsEventCountsForTheSchool() {
        CampaignPlatform platform = hongLinh();
        RegistrationService service = platform.registrationService();
        Lifecycle.bringTo(platform, Fixtures.succeeded(service.registerEvent(new RegisterEvent(HONG_LINH,
                HONG_LINH_HIGH_SCHOOL, schoolSportsDay(EventKind.CULTURAL)))), APPROVED);

        assertThat(schoolSports(platform).status()).as("a cultural event").isEqualTo(ObligationStatus.MISSING);

        Lifecycle.bringTo(platform, Fixtures.succeeded(service.registerEvent(new RegisterEvent(HONG_LINH,
                HONG_LINH_HIGH_SCHOOL, schoolSportsDay(EventKind.SPORTS)))), APPROVED);

        assertThat(schoolSports(platform).status()).as("a sports event").isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void inTheJsonCampaignDatesAreCheckedAgainstItsOwnPeriod() {
        RegistrationService service = hongLinh().registrationService();

        assertThat(assertRefused(service.registerWork(new RegisterWork(HONG_LINH, BAC_HONG,
                aWork().taskArea("URBAN").build())), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "plannedOn")
                .message().en()).contains("2023-07-01..2023-09-02");
        Fixtures.succeeded(service.registerWork(new RegisterWork(HONG_LINH, BAC_HONG,
                aWork().taskArea("URBAN").plannedOn(LocalDate.of(2023, 9, 2)).build())));
    }

    @Test
    void inTheJsonCampaignOnlyItsTaskAreasAndUnitsAreKnown() {
        RegistrationService service = hongLinh().registrationService();

        assertRefused(service.registerWork(new RegisterWork(HONG_LINH, BAC_HONG,
                aWork().plannedOn(LocalDate.of(2023, 8, 1)).taskArea("CULTURE").build())),
                RuleCode.TASK_AREA_UNKNOWN, Severity.ERROR, "taskAreaCode");
        assertRefused(service.registerWork(new RegisterWork(HONG_LINH, Fixtures.TRAN_PHU, hongLinhWork())),
                RuleCode.UNIT_UNKNOWN, Severity.ERROR, "unitCode");
        assertRefused(service.registerWork(new RegisterWork(Fixtures.CAMPAIGN, BAC_HONG, Fixtures.work("Khác"))),
                RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaignCode");
    }

    @Test
    void inTheJsonCampaignTheTownNotTheCityOfHaTinhAwardsPlaques() {
        CampaignPlatform platform = hongLinh();
        Work work = Fixtures.succeeded(platform.registrationService()
                .registerWork(new RegisterWork(HONG_LINH, BAC_HONG, hongLinhWork())));
        Registration approved = Lifecycle.bringTo(platform, work, APPROVED);

        assertRefused(platform.registrationService().awardPlaque(new AwardPlaque(work.id().value(), approved.version(),
                Fixtures.CITY)), RuleCode.PLAQUE_NOT_BY_CITY, Severity.ERROR, "awardedBy");
        Work awarded = Fixtures.succeeded(platform.registrationService()
                .awardPlaque(new AwardPlaque(work.id().value(), approved.version(), "437")));

        assertThat(awarded.plaqueAwarded()).isTrue();
    }

    @Test
    void inTheJsonCampaignTreesPlantedAddUpToItsOwnGoal() {
        CampaignPlatform platform = hongLinh();
        ProgressService progress = platform.progressService();
        for (String unit : List.of(BAC_HONG, "18118", "18121", "18124", "18127")) {
            Fixtures.succeeded(progress.report(new ReportProgress(HONG_LINH, "STREET_TREES", unit,
                    LocalDate.of(2023, 8, 31), new BigDecimal("1000"), null)));
        }

        assertThat(Fixtures.succeeded(progress.progress(HONG_LINH)))
                .extracting(p -> p.target().code(), p -> p.figure().intValueExact(), p -> p.reached())
                .containsExactly(tuple("STREET_TREES", 5000, true));
    }

    // --- the YAML sample: Hà Tĩnh City again, in 2024, with a minimum of two for schools ---

    private static CampaignPlatform teachersDay() {
        Campaign campaign = CampaignDefinitions.parse(
                Fixtures.resourceText("/definitions/hatinh-teachers-day-2024.yaml")).orThrow();
        List<Unit> units = new ArrayList<>(HaTinhCity.units());
        units.add(Unit.of(LE_VAN_THIEM_SCHOOL, "Trường THCS Lê Văn Thiêm", UnitKind.SCHOOL, "436"));
        units.add(Unit.of(BAC_HA_PRIMARY_SCHOOL, "Trường Tiểu học Bắc Hà", UnitKind.SCHOOL, "436"));
        return Fixtures.platformWith(campaign, units);
    }

    private static EventDetails schoolEvent(String name) {
        return anEvent().named(name).kind(EventKind.CULTURAL).oneDayOn(LocalDate.of(2024, 11, 19))
                .taskArea("EDUCATION").build();
    }

    @Test
    void inTheYamlCampaignFifteenWardsAndCommunesAndTwoSchoolsAreBound() {
        ComplianceReport report = Fixtures.succeeded(teachersDay().complianceService().evaluate(TEACHERS_DAY));

        assertThat(report.requiredUnits()).isEqualTo(17);
        assertThat(report.units()).extracting(u -> u.unit().name())
                .contains("Xã Đồng Môn", "Trường THCS Lê Văn Thiêm").doesNotContain("Xã Thạch Môn");
    }

    @Test
    void inTheYamlCampaignASchoolNeedsTwoApprovedEvents() {
        CampaignPlatform platform = teachersDay();
        RegistrationService service = platform.registrationService();
        Lifecycle.bringTo(platform, Fixtures.succeeded(service.registerEvent(new RegisterEvent(
                TEACHERS_DAY, LE_VAN_THIEM_SCHOOL, schoolEvent("Hội diễn văn nghệ tri ân thầy cô")))), APPROVED);

        assertThat(schoolEvents(platform).status()).as("one approved").isEqualTo(ObligationStatus.MISSING);

        Registration second = Fixtures.succeeded(service.registerEvent(new RegisterEvent(TEACHERS_DAY,
                LE_VAN_THIEM_SCHOOL, schoolEvent("Báo tường chào mừng 20/11"))));

        assertThat(schoolEvents(platform)).as("one approved, one waiting")
                .extracting(ObligationResult::status, ObligationResult::approved, ObligationResult::pending)
                .containsExactly(ObligationStatus.PENDING, 1, 1);

        Lifecycle.bringTo(platform, second, APPROVED);

        assertThat(schoolEvents(platform).status()).as("two approved").isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void inTheYamlCampaignOnlyGroundbreakingsCountForWardsAndCommunes() {
        CampaignPlatform platform = teachersDay();
        RegistrationService service = platform.registrationService();
        Lifecycle.bringTo(platform, Fixtures.succeeded(service.registerWork(new RegisterWork(TEACHERS_DAY,
                Fixtures.DONG_MON, aWork().named("Khánh thành nhà đa năng trường tiểu học Đồng Môn")
                        .kind(WorkKind.INAUGURATION).plannedOn(LocalDate.of(2024, 10, 1)).taskArea("EDUCATION")
                        .build()))), APPROVED);

        assertThat(dongMonGroundbreaking(platform).status()).as("an inauguration").isEqualTo(ObligationStatus.MISSING);

        Lifecycle.bringTo(platform, Fixtures.succeeded(service.registerWork(new RegisterWork(TEACHERS_DAY,
                Fixtures.DONG_MON, aWork().named("Khởi công trường mầm non Đồng Môn").kind(WorkKind.GROUNDBREAKING)
                        .plannedOn(LocalDate.of(2024, 11, 20)).taskArea("EDUCATION").build()))), APPROVED);

        assertThat(dongMonGroundbreaking(platform).status()).as("a groundbreaking")
                .isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void inTheYamlCampaignXaDongMonReportsOnTheTargetThatNamesIt() {
        CampaignPlatform platform = teachersDay();

        Fixtures.succeeded(platform.progressService().report(new ReportProgress(TEACHERS_DAY, "NEW_RURAL_SCHOOLS",
                Fixtures.DONG_MON, LocalDate.of(2024, 11, 1), new BigDecimal("100"), null)));
        assertRefused(platform.progressService().report(new ReportProgress(TEACHERS_DAY, "NEW_RURAL_SCHOOLS",
                        Fixtures.THACH_HA, LocalDate.of(2024, 11, 1), new BigDecimal("100"), null)),
                RuleCode.TARGET_NOT_FOR_UNIT, Severity.ERROR, "unitCode");

        assertThat(Fixtures.succeeded(platform.progressService().progress(TEACHERS_DAY)).get(0).reached()).isTrue();
    }

    private static UnitCompliance unit(ComplianceReport report, String code) {
        return report.units().stream().filter(u -> u.unit().code().value().equals(code)).findFirst().orElseThrow();
    }

    private static ObligationResult obligation(CampaignPlatform platform, String campaign, String unit, String code) {
        return unit(Fixtures.succeeded(platform.complianceService().evaluate(campaign)), unit).obligations().stream()
                .filter(r -> r.obligation().code().equals(code)).findFirst().orElseThrow();
    }

    private static ObligationResult schoolSports(CampaignPlatform platform) {
        return obligation(platform, HONG_LINH, HONG_LINH_HIGH_SCHOOL, "SCHOOL_SPORTS");
    }

    private static ObligationResult schoolEvents(CampaignPlatform platform) {
        return obligation(platform, TEACHERS_DAY, LE_VAN_THIEM_SCHOOL, "SCHOOL_EVENTS");
    }

    private static ObligationResult dongMonGroundbreaking(CampaignPlatform platform) {
        return obligation(platform, TEACHERS_DAY, Fixtures.DONG_MON, "GROUNDBREAKING_REQUIRED");
    }
}
