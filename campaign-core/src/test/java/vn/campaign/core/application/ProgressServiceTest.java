package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.core.fixture.Fixtures.CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.DONG_MON;
import static vn.campaign.core.fixture.Fixtures.THACH_BINH;
import static vn.campaign.core.fixture.Fixtures.THACH_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.TargetProgress;
import vn.campaign.core.progress.UnitFigure;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.UnitCode;

/** Progress on the targets of Directive 32: trees planted, vaccination coverage, new-rural criteria. */
class ProgressServiceTest {

    private static final String TREES = "URBAN_TREES";
    private static final String VACCINATION = "VACCINATION_COVERAGE";
    private static final String MODEL_NEW_RURAL = "MODEL_NEW_RURAL_CRITERIA";

    private final CampaignPlatform platform = Fixtures.platform();
    private final ProgressService service = platform.progressService();

    @Test
    void treesPlantedAddUpAcrossReportsAndUnits() {
        report(TREES, TRAN_PHU, "2022-04-20", "1500");
        report(TREES, TRAN_PHU, "2022-05-20", "500");
        report(TREES, THACH_HA, "2022-05-01", "2000");

        TargetProgress trees = progressOf(TREES);

        assertThat(trees.figure()).isEqualByComparingTo("4000");
        assertThat(trees.reached()).isFalse();
        assertThat(trees.units()).extracting(u -> u.unit().value(), UnitFigure::value, UnitFigure::asOf)
                .containsExactly(tuple(TRAN_PHU, new BigDecimal("2000"), LocalDate.of(2022, 5, 20)),
                        tuple(THACH_HA, new BigDecimal("2000"), LocalDate.of(2022, 5, 1)));
        assertThat(trees.silent()).isEmpty();
    }

    @Test
    void treesPlantedAddUpButTheMultiYearTreePlanIsNoGoalOfTheCampaign() {
        report(TREES, TRAN_PHU, "2022-05-01", "60000");
        report(TREES, THACH_HA, "2022-06-15", "40000");

        TargetProgress trees = progressOf(TREES);

        assertThat(trees.figure()).isEqualByComparingTo("100000");
        assertThat(trees.target().goalValue()).as("the directive states no number for the campaign").isEmpty();
        assertThat(trees.reached()).as("without a goal nothing is reached").isFalse();
    }

    @Test
    void vaccinationCoverageIsReachedWhenEveryReportingUnitStandsAtItsStatedHundredPercent() {
        report(VACCINATION, TRAN_PHU, "2022-05-15", "100");
        report(VACCINATION, THACH_HA, "2022-05-10", "100");

        assertThat(progressOf(VACCINATION).reached()).isTrue();
    }

    @Test
    void eachUnitsLatestVaccinationCoverageReplacesItsEarlierOnes() {
        report(VACCINATION, TRAN_PHU, "2022-04-15", "95");
        report(VACCINATION, TRAN_PHU, "2022-05-15", "100");
        report(VACCINATION, THACH_HA, "2022-05-10", "98.5");

        TargetProgress coverage = progressOf(VACCINATION);

        assertThat(coverage.units()).extracting(u -> u.unit().value(), UnitFigure::value)
                .containsExactly(tuple(TRAN_PHU, new BigDecimal("100")), tuple(THACH_HA, new BigDecimal("98.5")));
        assertThat(coverage.figure()).as("the lowest coverage").isEqualByComparingTo("98.5");
        assertThat(coverage.reached()).isFalse();
    }

    @Test
    void aLateReportOfAnEarlierDayDoesNotReplaceTheLatestFigure() {
        report(VACCINATION, TRAN_PHU, "2022-05-15", "100");
        report(VACCINATION, TRAN_PHU, "2022-04-15", "90");

        assertThat(progressOf(VACCINATION).units()).singleElement()
                .satisfies(u -> assertThat(u.value()).isEqualByComparingTo("100"));
    }

    @Test
    void fullCoverageIsReachedWhenEveryReportingUnitIsAtOneHundredPercent() {
        report(VACCINATION, TRAN_PHU, "2022-05-15", "100");
        report(VACCINATION, THACH_HA, "2022-05-15", "100");

        assertThat(progressOf(VACCINATION).reached()).isTrue();
    }

    @Test
    void theNewRuralCriteriaAreNotReachedWhileANamedCommuneIsSilent() {
        report(MODEL_NEW_RURAL, THACH_HA, "2022-05-30", "100");

        TargetProgress criteria = progressOf(MODEL_NEW_RURAL);

        assertThat(criteria.figure()).isEqualByComparingTo("100");
        assertThat(criteria.silent()).containsExactly(new UnitCode(THACH_BINH));
        assertThat(criteria.reached()).isFalse();
    }

    @Test
    void theNewRuralCriteriaAreReportedByBothNamedCommunesButHaveNoGoalToReach() {
        report(MODEL_NEW_RURAL, THACH_HA, "2022-05-30", "100");
        report(MODEL_NEW_RURAL, THACH_BINH, "2022-06-01", "95");

        TargetProgress criteria = progressOf(MODEL_NEW_RURAL);

        assertThat(criteria.silent()).isEmpty();
        assertThat(criteria.figure()).as("the lowest of the two").isEqualByComparingTo("95");
        assertThat(criteria.reached()).as("the directive gives the criteria no figure").isFalse();
    }

    @Test
    void withoutReportsATargetStandsAtZeroWithItsNamedUnitsSilent() {
        assertThat(Fixtures.succeeded(service.progress(CAMPAIGN)))
                .extracting(p -> p.target().code(), TargetProgress::figure, TargetProgress::reached,
                        p -> p.silent().size())
                .containsExactly(tuple(VACCINATION, BigDecimal.ZERO, false, 0), tuple(TREES, BigDecimal.ZERO, false, 0),
                        tuple(MODEL_NEW_RURAL, BigDecimal.ZERO, false, 2),
                        tuple("ADVANCED_NEW_RURAL_GROUNDWORK", BigDecimal.ZERO, false, 1));
    }

    @Test
    void xaDongMonReportsOnItsOwnTarget() {
        ProgressReport stored = report("ADVANCED_NEW_RURAL_GROUNDWORK", DONG_MON, "2022-06-01", "85");

        assertThat(stored.unit()).isEqualTo(new UnitCode(DONG_MON));
        assertThat(progressOf("ADVANCED_NEW_RURAL_GROUNDWORK").silent()).isEmpty();
    }

    @Test
    void stampsAReportWithTheClockAndNormalisesItsNote() {
        ProgressReport stored = Fixtures.succeeded(service.report(command(TREES, TRAN_PHU, "2022-05-01", "10",
                "  Trồng  trên đường Nguyễn Du ")));

        assertThat(stored.recordedAt()).isEqualTo(Fixtures.CLOCK.instant());
        assertThat(stored.note()).isEqualTo("Trồng trên đường Nguyễn Du");
        assertThat(platform.progressReports().findByCampaign(Directive32.CODE)).containsExactly(stored);
    }

    @Test
    void refusesAnUnknownTarget() {
        Violation v = assertRefused(service.report(command("PARKS", TRAN_PHU, "2022-05-01", "1", null)),
                RuleCode.TARGET_UNKNOWN, Severity.ERROR, "targetCode");
        assertThat(v.message().en()).isEqualTo("The campaign has no target PARKS.");
        assertNothingStored();
    }

    @Test
    void refusesAReportOnATargetNotAssignedToTheUnit() {
        Violation v = assertRefused(service.report(command(MODEL_NEW_RURAL, TRAN_PHU, "2022-05-01", "100", null)),
                RuleCode.TARGET_NOT_FOR_UNIT, Severity.ERROR, "unitCode");
        assertThat(v.message().en()).isEqualTo("Target MODEL_NEW_RURAL_CRITERIA is not assigned to unit 18070.");
        assertNothingStored();
    }

    @Test
    void refusesANegativeFigure() {
        assertRefused(service.report(command(TREES, TRAN_PHU, "2022-05-01", "-5", null)),
                RuleCode.PROGRESS_NEGATIVE, Severity.ERROR, "value");
        assertNothingStored();
    }

    @ParameterizedTest(name = "reported for {0}")
    @ValueSource(strings = {"2022-03-31", "2022-06-16"})
    void refusesAFigureForADayOutsideTheCampaign(String day) {
        assertRefused(service.report(command(TREES, TRAN_PHU, day, "5", null)),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "reportedOn");
        assertNothingStored();
    }

    @Test
    void refusesAnUnknownUnitAndAnUnknownCampaign() {
        assertRefused(service.report(command(TREES, "99999", "2022-05-01", "5", null)),
                RuleCode.UNIT_UNKNOWN, Severity.ERROR, "unitCode");
        assertRefused(service.report(new ReportProgress("CT99-2099", TREES, TRAN_PHU, LocalDate.of(2022, 5, 1),
                BigDecimal.ONE, null)), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaignCode");
        assertRefused(service.progress("CT99-2099"), RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaignCode");
        assertNothingStored();
    }

    @Test
    void refusesANoteLongerThan2000Characters() {
        assertRefused(service.report(command(TREES, TRAN_PHU, "2022-05-01", "5", "x".repeat(2001))),
                RuleCode.TOO_LONG, Severity.ERROR, "note");
    }

    @Test
    void reportsEveryRefusalAtOnce() {
        assertThat(codes(service.report(command("PARKS", "99999", "2022-07-01", "-1", null)).violations()))
                .containsExactly("TARGET_UNKNOWN", "UNIT_UNKNOWN", "DATE_OUTSIDE_CAMPAIGN", "PROGRESS_NEGATIVE");
        assertNothingStored();
    }

    private ProgressReport report(String target, String unit, String day, String value) {
        return Fixtures.succeeded(service.report(command(target, unit, day, value, null)));
    }

    private static ReportProgress command(String target, String unit, String day, String value, @Nullable String note) {
        return new ReportProgress(CAMPAIGN, target, unit, LocalDate.parse(day), new BigDecimal(value), note);
    }

    private TargetProgress progressOf(String target) {
        return Fixtures.succeeded(service.progress(CAMPAIGN)).stream().filter(p -> p.target().code().equals(target))
                .findFirst().orElseThrow();
    }

    private void assertNothingStored() {
        assertThat(platform.progressReports().findByCampaign(Directive32.CODE)).isEmpty();
    }
}
