package vn.campaign.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.THACH_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.MovableClock;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.text.Message;

/**
 * "From the day after the campaign ends, only COMPLETED registrations satisfy an obligation": Directive 32 ends on
 * 15/6/2022, and the platform's clock, moved by the test, says which day "today" is.
 *
 * <p>Phường Trần Phú has an approved work planned on 19/5 and an approved festival on 14–15/6, neither completed;
 * Phường Bắc Hà a work completed on 19/5 and no event; Xã Thạch Hạ nothing.
 */
class ComplianceAcrossTheCampaignEndTest {

    private static final LocalDate DAY_BEFORE_END = LocalDate.of(2022, 6, 14);
    private static final LocalDate END_DAY = LocalDate.of(2022, 6, 15);
    private static final LocalDate DAY_AFTER_END = LocalDate.of(2022, 6, 16);

    private final MovableClock clock = new MovableClock(LocalDate.of(2022, 4, 20));
    private final CampaignPlatform platform = CampaignPlatform.inMemory(clock);

    @BeforeEach
    void registerApproveAndCompleteSome() {
        approve(platform.registrationService().registerWork(Fixtures.workFor(TRAN_PHU)).value());
        approve(platform.registrationService().registerEvent(Fixtures.eventFor(TRAN_PHU, Fixtures.anEvent()
                .startsOn(DAY_BEFORE_END).endsOn(END_DAY).build())).value());
        Registration bacHa = approve(platform.registrationService().registerWork(Fixtures.workFor(BAC_HA)).value());
        clock.setTo(Fixtures.MID_CAMPAIGN);
        platform.registrationService().changeStatus(ChangeStatus.complete(bacHa.id().value(), bacHa.version(),
                Fixtures.MID_CAMPAIGN)).value();
    }

    @Test
    void onTheDayBeforeTheEndApprovedRegistrationsStillSatisfyAndThePassedWorkIsOverdue() {
        UnitCompliance tranPhu = on(DAY_BEFORE_END, TRAN_PHU);

        assertThat(tranPhu.compliant()).isTrue();
        assertThat(tranPhu.obligations()).extracting(ObligationResult::status, ObligationResult::approved,
                        ObligationResult::pending, ObligationResult::overdue)
                .containsExactly(tuple(ObligationStatus.SATISFIED, 1, 0, 1), tuple(ObligationStatus.SATISFIED, 1, 0, 0));
        assertThat(tranPhu.atRisk()).as("its work obligation rests on a work whose day passed").isTrue();
        assertThat(tranPhu.risks()).extracting(ComplianceRisk::kind, r -> r.obligation().code())
                .containsExactly(tuple(ComplianceRisk.Kind.RESTS_ON_OVERDUE, "WORK_REQUIRED"));
    }

    @Test
    void onTheEndDayApprovedRegistrationsStillSatisfy() {
        UnitCompliance tranPhu = on(END_DAY, TRAN_PHU);

        assertThat(tranPhu.compliant()).isTrue();
        assertThat(tranPhu.obligations()).extracting(ObligationResult::status, ObligationResult::overdue)
                .as("the festival's last day is today: not yet overdue")
                .containsExactly(tuple(ObligationStatus.SATISFIED, 1), tuple(ObligationStatus.SATISFIED, 0));
    }

    @Test
    void fromTheDayAfterTheEndOnlyCompletedRegistrationsSatisfyAndApprovedOnesArePendingAndOverdue() {
        UnitCompliance tranPhu = on(DAY_AFTER_END, TRAN_PHU);

        assertThat(tranPhu.compliant()).isFalse();
        assertThat(tranPhu.obligations()).extracting(ObligationResult::status, ObligationResult::approved,
                        ObligationResult::pending, ObligationResult::overdue)
                .containsExactly(tuple(ObligationStatus.PENDING, 0, 1, 1), tuple(ObligationStatus.PENDING, 0, 1, 1));
        assertThat(tranPhu.risks()).extracting(ComplianceRisk::kind)
                .containsExactly(ComplianceRisk.Kind.RESTS_ON_OVERDUE, ComplianceRisk.Kind.RESTS_ON_OVERDUE);
        assertThat(tranPhu.explanation()).startsWith("Phường Trần Phú: còn thiếu 1 — ")
                .endsWith("(1 đang chờ duyệt hoặc hoàn thành; 1 quá hạn chưa hoàn thành)");
        assertThat(tranPhu.explanationEn()).endsWith("(1 awaiting approval or completion; 1 overdue, not completed)");
        assertThat(tranPhu.atRiskReasons()).extracting(Message::vi).first().asString()
                .isEqualTo(Directive32.campaign().obligations().get(0).name()
                        + ": dựa vào 1 đăng ký đã quá ngày dự kiến nhưng chưa hoàn thành");
        assertThat(on(DAY_AFTER_END, BAC_HA).obligations().get(0).status())
                .as("a completed work still satisfies").isEqualTo(ObligationStatus.SATISFIED);
    }

    @Test
    void theReportOfADayInThePastJudgesTheEndOnThatDayAsTheReportOfNowDoes() {
        for (LocalDate day : List.of(DAY_BEFORE_END, END_DAY, DAY_AFTER_END)) {
            clock.setTo(day);
            ComplianceReport now = platform.complianceService().evaluate(Directive32.CODE.value()).value();

            assertThat(platform.statisticsService().complianceAsOf(Directive32.campaign(), day))
                    .as("compliance(asOf: %s)", day).isEqualTo(now);
        }
    }

    @Test
    void aUnitStillMissingAnObligationIsAtRiskWithinTheReminderDaysAndAfterTheDeadline() {
        assertThat(on(LocalDate.of(2022, 6, 7), BAC_HA).atRisk()).as("eight days before the deadline").isFalse();

        UnitCompliance weekBefore = on(LocalDate.of(2022, 6, 8), BAC_HA);
        assertThat(weekBefore.risks()).extracting(ComplianceRisk::kind, r -> r.obligation().code(), ComplianceRisk::count)
                .containsExactly(tuple(ComplianceRisk.Kind.MISSING_NEAR_DEADLINE, "EVENT_REQUIRED", 7));
        assertThat(weekBefore.atRiskReasons()).extracting(Message::vi).singleElement().asString()
                .startsWith(Directive32.campaign().obligations().get(1).name())
                .endsWith(": còn thiếu, hạn đăng ký 15/06/2022 (còn 7 ngày)");
        assertThat(weekBefore.atRiskReasons()).extracting(Message::en).singleElement().asString()
                .endsWith(": still missing, registration deadline 2022-06-15 (7 day(s) left)");

        UnitCompliance after = on(DAY_AFTER_END, BAC_HA);
        assertThat(after.risks()).extracting(ComplianceRisk::kind, ComplianceRisk::count)
                .containsExactly(tuple(ComplianceRisk.Kind.MISSING_AFTER_DEADLINE, -1));
        assertThat(after.atRiskReasons()).extracting(Message::vi).singleElement().asString()
                .endsWith(": còn thiếu, đã quá hạn đăng ký 15/06/2022");
        assertThat(on(DAY_AFTER_END, THACH_HA).risks()).hasSize(2);
    }

    @Test
    void aUnitOnTrackIsNotAtRisk() {
        UnitCompliance tranPhu = on(LocalDate.of(2022, 5, 2), TRAN_PHU);

        assertThat(tranPhu.compliant()).isTrue();
        assertThat(tranPhu.atRisk()).isFalse();
        assertThat(tranPhu.atRiskReasons()).isEmpty();
        assertThat(tranPhu.obligations()).allSatisfy(o -> assertThat(o.overdue()).isZero());
    }

    @Test
    void anEarlierRegistrationDeadlineAndItsReminderDaysComeFromTheCampaign() {
        CampaignPlatform early = Fixtures.platformWith(Directive32.campaign()
                .withRegistrationDeadline(LocalDate.of(2022, 5, 10), 3), platform.units().findAll());

        assertThat(riskOf(early, LocalDate.of(2022, 5, 6))).isEmpty();
        assertThat(riskOf(early, LocalDate.of(2022, 5, 7))).containsExactly(ComplianceRisk.Kind.MISSING_NEAR_DEADLINE,
                ComplianceRisk.Kind.MISSING_NEAR_DEADLINE);
        assertThat(riskOf(early, LocalDate.of(2022, 5, 10))).containsOnly(ComplianceRisk.Kind.MISSING_NEAR_DEADLINE);
        assertThat(riskOf(early, LocalDate.of(2022, 5, 11))).containsOnly(ComplianceRisk.Kind.MISSING_AFTER_DEADLINE);
    }

    private static List<ComplianceRisk.Kind> riskOf(CampaignPlatform early, LocalDate day) {
        return ComplianceEvaluator.evaluate(early.campaigns().findByCode(Directive32.CODE).orElseThrow(),
                early.units().findAll(), List.of(), day).units().stream()
                .filter(u -> u.unit().code().value().equals(THACH_HA)).findFirst().orElseThrow()
                .risks().stream().map(ComplianceRisk::kind).toList();
    }

    private Registration approve(Registration r) {
        return platform.registrationService().changeStatus(ChangeStatus.approve(r.id().value(), r.version())).value();
    }

    private UnitCompliance on(LocalDate day, String unit) {
        clock.setTo(day);
        return platform.complianceService().evaluate(Directive32.CODE.value()).value().units().stream()
                .filter(u -> u.unit().code().value().equals(unit)).findFirst().orElseThrow();
    }
}
