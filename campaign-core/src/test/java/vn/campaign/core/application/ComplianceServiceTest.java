package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.DONG_MON;
import static vn.campaign.core.fixture.Fixtures.THACH_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;
import static vn.campaign.core.registration.RegistrationStatus.APPROVED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.ObligationResult;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;

/**
 * "Mỗi phường, xã đăng ký ít nhất 01 công trình chào mừng (khánh thành hoặc khởi công) và 01 lễ hội văn hóa
 * dân gian truyền thống hoặc sự kiện văn hóa, thể thao" — on the real units of Hà Tĩnh City.
 */
class ComplianceServiceTest {

    private static final List<String> FIFTEEN_WARDS_AND_COMMUNES = List.of("18070", "18073", "18076", "18077", "18079",
            "18082", "18085", "18088", "18091", "18094", "18097", "18100", "18103", "18109", "18112");

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();

    @Test
    void bindsTheFifteenWardsAndCommunesButNotTheCityNorTheHistoricalXaThachMon() {
        ComplianceReport report = evaluate();

        assertThat(report.requiredUnits()).isEqualTo(15);
        assertThat(report.units()).extracting(u -> u.unit().code().value())
                .containsExactlyElementsOf(FIFTEEN_WARDS_AND_COMMUNES);
        assertThat(report.units()).extracting(u -> u.unit().name())
                .contains("Xã Đồng Môn").doesNotContain("Xã Thạch Môn", "Thành phố Hà Tĩnh");
    }

    @Test
    void withNothingRegisteredEveryUnitMissesBothObligations() {
        ComplianceReport report = evaluate();

        assertThat(report.compliantUnits()).isZero();
        assertThat(report.nonCompliant()).hasSize(15);
        assertThat(report.units()).allSatisfy(u -> assertThat(u.obligations())
                .extracting(o -> o.obligation().code(), ObligationResult::status, ObligationResult::approved,
                        ObligationResult::pending)
                .containsExactly(tuple("WORK_REQUIRED", ObligationStatus.MISSING, 0, 0),
                        tuple("EVENT_REQUIRED", ObligationStatus.MISSING, 0, 0)));
    }

    @Test
    void aRegisteredWorkMakesTheWorkObligationPending() {
        Fixtures.registered(platform, workFor(TRAN_PHU));

        assertThat(result(TRAN_PHU, "WORK_REQUIRED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ObligationStatus.PENDING);
            assertThat(r.approved()).isZero();
            assertThat(r.pending()).isEqualTo(1);
        });
        assertThat(result(TRAN_PHU, "EVENT_REQUIRED").status()).isEqualTo(ObligationStatus.MISSING);
    }

    @ParameterizedTest(name = "a {0} work satisfies the work obligation")
    @EnumSource(value = RegistrationStatus.class, names = {"APPROVED", "COMPLETED"})
    void anApprovedOrCompletedWorkSatisfiesTheWorkObligation(RegistrationStatus status) {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        assertThat(result(TRAN_PHU, "WORK_REQUIRED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ObligationStatus.SATISFIED);
            assertThat(r.approved()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "a {0} work is pending")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "RETURNED"})
    void aRegisteredOrReturnedWorkIsPending(RegistrationStatus status) {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        assertThat(result(TRAN_PHU, "WORK_REQUIRED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ObligationStatus.PENDING);
            assertThat(r.approved()).isZero();
            assertThat(r.pending()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "a {0} registration never counts")
    @EnumSource(value = RegistrationStatus.class, names = {"REJECTED", "CANCELLED"})
    void rejectedAndCancelledRegistrationsNeverCount(RegistrationStatus status) {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);
        Lifecycle.bringTo(platform, Fixtures.registered(platform, eventFor(TRAN_PHU)), status);

        assertThat(unit(TRAN_PHU).obligations()).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ObligationStatus.MISSING);
            assertThat(r.approved()).isZero();
            assertThat(r.pending()).isZero();
        });
    }

    @Test
    void aUnitCompliesOnlyWithBothAnApprovedWorkAndAnApprovedEvent() {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);
        assertThat(unit(TRAN_PHU).compliant()).as("with a work only").isFalse();
        assertThat(unit(TRAN_PHU).unmet()).extracting(r -> r.obligation().code()).containsExactly("EVENT_REQUIRED");

        Lifecycle.bringTo(platform, Fixtures.registered(platform, eventFor(TRAN_PHU)), APPROVED);

        assertThat(unit(TRAN_PHU).compliant()).as("with a work and an event").isTrue();
        assertThat(unit(TRAN_PHU).unmet()).isEmpty();
    }

    @Test
    void anEventWaitingForApprovalKeepsTheUnitNonCompliant() {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);
        Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertThat(unit(TRAN_PHU).compliant()).isFalse();
        assertThat(result(TRAN_PHU, "EVENT_REQUIRED").status()).isEqualTo(ObligationStatus.PENDING);
    }

    @Test
    void everyKindOfWorkAndEventCounts() {
        Lifecycle.bringTo(platform, Fixtures.registered(platform,
                workFor(BAC_HA, aWork().kind(WorkKind.GROUNDBREAKING).build())), APPROVED);
        Lifecycle.bringTo(platform, Fixtures.registered(platform,
                eventFor(BAC_HA, anEvent().named("Giải bóng đá thiếu niên").kind(EventKind.SPORTS).build())), APPROVED);
        Lifecycle.bringTo(platform, Fixtures.registered(platform,
                eventFor(THACH_HA, anEvent().named("Liên hoan dân ca Ví, Giặm").kind(EventKind.CULTURAL).build())),
                APPROVED);

        assertThat(unit(BAC_HA).compliant()).isTrue();
        assertThat(result(THACH_HA, "EVENT_REQUIRED").status()).isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void oneApprovedAndOneWaitingAreCountedSeparately() {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);
        Fixtures.registered(platform, workFor(TRAN_PHU, aWork().named("Khởi công Trường mầm non Trần Phú").build()));

        assertThat(result(TRAN_PHU, "WORK_REQUIRED")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ObligationStatus.SATISFIED);
            assertThat(r.approved()).isEqualTo(1);
            assertThat(r.pending()).isEqualTo(1);
        });
    }

    @Test
    void theSummaryCountsCompliantUnitsAndListsTheOthersInCodeOrder() {
        for (String code : List.of(TRAN_PHU, DONG_MON)) {
            Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(code)), APPROVED);
            Lifecycle.bringTo(platform, Fixtures.registered(platform, eventFor(code)), APPROVED);
        }
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(BAC_HA)), APPROVED);

        ComplianceReport report = evaluate();

        assertThat(report.requiredUnits()).isEqualTo(15);
        assertThat(report.compliantUnits()).isEqualTo(2);
        assertThat(report.nonCompliant()).hasSize(13)
                .extracting(u -> u.unit().code().value())
                .doesNotContain(TRAN_PHU, DONG_MON)
                .contains(BAC_HA)
                .isSorted();
    }

    @Test
    void theCitysOwnRegistrationsBindAndCountForNoOne() {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(Fixtures.CITY)), APPROVED);

        ComplianceReport report = evaluate();

        assertThat(report.requiredUnits()).isEqualTo(15);
        assertThat(report.units()).hasSize(15).allSatisfy(u -> assertThat(u.obligations()).hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ObligationStatus.MISSING)));
    }

    @Test
    void refusesAnUnknownCampaign() {
        assertRefused(platform.complianceService().evaluate("CT99-2099"), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR,
                "campaignCode");
    }

    private ComplianceReport evaluate() {
        return Fixtures.succeeded(platform.complianceService().evaluate(CAMPAIGN));
    }

    private UnitCompliance unit(String code) {
        return evaluate().units().stream().filter(u -> u.unit().code().value().equals(code)).findFirst().orElseThrow();
    }

    private ObligationResult result(String code, String obligation) {
        return unit(code).obligations().stream().filter(r -> r.obligation().code().equals(obligation)).findFirst()
                .orElseThrow();
    }
}
