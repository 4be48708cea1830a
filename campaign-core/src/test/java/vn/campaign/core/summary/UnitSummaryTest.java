package vn.campaign.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.statistics.StatisticsCalculator;
import vn.campaign.core.statistics.StatisticsFilter;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * A summary counts a unit's registrations so that the compliance report and the statistics computed from it equal
 * those computed from the registrations, on every day and for every caller.
 */
class UnitSummaryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CampaignCode CAMPAIGN = Directive32.CODE;
    private static final List<String> WARDS = List.of("18070", "18073", "18076", "18100");

    @Test
    void reportsAndStatisticsFromSummariesEqualThoseFromTheRegistrationsAfterRandomOperations() {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.fixed(Instant.parse("2022-05-02T01:00:00Z"), ZONE));
        Random random = new Random(7);
        List<Registration> registered = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String ward = WARDS.get(random.nextInt(WARDS.size()));
            if (random.nextInt(3) > 0) {
                WorkDetails work = WorkDetails.of("Công trình " + i, random.nextBoolean() ? WorkKind.INAUGURATION
                        : WorkKind.GROUNDBREAKING, LocalDate.of(2022, 4, 12).plusDays(random.nextInt(60)))
                        .withTaskArea(random.nextBoolean() ? new TaskAreaCode("URBAN") : null)
                        .withInvestment(random.nextBoolean() ? new Vnd(1_000_000L * random.nextInt(90)) : null)
                        .withPlaqueRequested(random.nextBoolean());
                registered.add(platform.registrationService().registerWork(new RegisterWork(CAMPAIGN.value(), ward, work))
                        .value());
            } else {
                LocalDate starts = LocalDate.of(2022, 4, 12).plusDays(random.nextInt(50));
                registered.add(platform.registrationService().registerEvent(new RegisterEvent(CAMPAIGN.value(), ward,
                        EventDetails.of("Sự kiện " + i, EventKind.CULTURAL, starts, starts.plusDays(random.nextInt(3)))))
                        .value());
            }
        }
        for (Registration r : registered) {
            RegistrationStatus target = RegistrationStatus.values()[random.nextInt(RegistrationStatus.values().length)];
            if (r.status().canBecome(target)) {
                platform.registrationService().changeStatus(new ChangeStatus(r.id().value(), r.version(), target,
                        target.takesReason() ? "Lý do" : null,
                        target == RegistrationStatus.COMPLETED ? LocalDate.of(2022, 5, 1) : null));
            }
        }
        Campaign campaign = Directive32.campaign();
        List<Unit> units = platform.units().findValidDuring(campaign.period());
        List<Registration> all = platform.registrations().findByCampaign(CAMPAIGN);
        List<UnitSummary> summaries = UnitSummary.byUnit(CAMPAIGN, all, ZONE);

        assertThat(summaries).extracting(UnitSummary::unit).extracting(UnitCode::value)
                .containsExactlyElementsOf(WARDS.stream().sorted().toList());
        for (LocalDate day : List.of(LocalDate.of(2022, 4, 20), LocalDate.of(2022, 5, 20), campaign.period().endsOn(),
                campaign.period().endsOn().plusDays(1), LocalDate.of(2026, 12, 6))) {
            assertThat(ComplianceEvaluator.evaluateSummaries(campaign, units, summaries, day)).as("on " + day)
                    .isEqualTo(ComplianceEvaluator.evaluate(campaign, units, all, day));
        }
        for (Visibility visibility : List.of(new Visibility(true, null), new Visibility(false, null),
                new Visibility(false, new UnitCode("18073")))) {
            for (StatisticsFilter filter : List.of(StatisticsFilter.none(),
                    new StatisticsFilter(Set.of(new UnitCode("18100")), Set.of(new TaskAreaCode("URBAN")), null, null))) {
                assertThat(StatisticsCalculator.fromSummaries(campaign, units, summaries, visibility, filter))
                        .as(visibility + " " + filter)
                        .isEqualTo(StatisticsCalculator.compute(campaign, units, all, visibility, filter, ZONE));
            }
        }
        assertThat(platform.complianceService().evaluate(CAMPAIGN.value()).value())
                .as("the embedders' platform computes summaries from its registrations")
                .isEqualTo(ComplianceEvaluator.evaluate(campaign, units, all, LocalDate.of(2022, 5, 2)));
    }

    @Test
    void aSummaryAdjustedChangeByChangeEqualsTheSummaryMadeAgainFromTheRegistrations() {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.fixed(Instant.parse("2022-05-02T01:00:00Z"), ZONE));
        Random random = new Random(11);
        UnitCode ward = new UnitCode("18070");
        List<Registration> current = new ArrayList<>();
        UnitSummary adjusted = UnitSummary.of(CAMPAIGN, ward, List.of(), ZONE);
        for (int i = 0; i < 120; i++) {
            WorkDetails work = WorkDetails.of("Công trình " + i, random.nextBoolean() ? WorkKind.INAUGURATION
                    : WorkKind.GROUNDBREAKING, LocalDate.of(2022, 4, 12).plusDays(random.nextInt(60)))
                    .withTaskArea(random.nextBoolean() ? new TaskAreaCode("URBAN") : null)
                    .withInvestment(random.nextBoolean() ? new Vnd(1_000_000L * random.nextInt(90)) : null)
                    .withPlaqueRequested(random.nextBoolean());
            Registration added = platform.registrationService().registerWork(new RegisterWork(CAMPAIGN.value(),
                    ward.value(), work)).value();
            current.add(added);
            adjusted = UnitSummary.Builder.from(adjusted, ZONE).add(added).build();
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < current.size(); i++) {
                Registration before = current.get(i);
                RegistrationStatus target = RegistrationStatus.values()[random.nextInt(
                        RegistrationStatus.values().length)];
                if (!before.status().canBecome(target)) {
                    continue;
                }
                Registration after = platform.registrationService().changeStatus(new ChangeStatus(before.id().value(),
                        before.version(), target, target.takesReason() ? "Lý do" : null,
                        target == RegistrationStatus.COMPLETED ? LocalDate.of(2022, 5, 1) : null)).value();
                current.set(i, after);
                adjusted = UnitSummary.Builder.from(adjusted, ZONE).remove(before).add(after).build();
            }
        }

        assertThat(adjusted).isEqualTo(UnitSummary.of(CAMPAIGN, ward, current, ZONE));
        Registration counted = current.get(0);
        UnitSummary without = UnitSummary.Builder.from(adjusted, ZONE).remove(counted).build();
        assertThat(without).isEqualTo(UnitSummary.of(CAMPAIGN, ward, current.subList(1, current.size()), ZONE));
        assertThatThrownBy(() -> UnitSummary.Builder.from(UnitSummary.of(CAMPAIGN, ward, List.of(), ZONE), ZONE)
                .remove(counted).build()).as("taking away what was never counted")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSummaryIsTheSameWhateverTheOrderOfItsRegistrations() {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.fixed(Instant.parse("2022-05-02T01:00:00Z"),
                ZoneOffset.UTC));
        for (int i = 0; i < 20; i++) {
            platform.registrationService().registerWork(new RegisterWork(CAMPAIGN.value(), "18070",
                    WorkDetails.of("Công trình " + i, i % 2 == 0 ? WorkKind.INAUGURATION : WorkKind.GROUNDBREAKING,
                            LocalDate.of(2022, 5, 1 + i % 7)))).value();
        }
        List<Registration> all = new ArrayList<>(platform.registrations().findByCampaign(CAMPAIGN));
        UnitSummary forward = UnitSummary.of(CAMPAIGN, new UnitCode("18070"), all, ZONE);
        java.util.Collections.reverse(all);

        assertThat(UnitSummary.of(CAMPAIGN, new UnitCode("18070"), all, ZONE)).isEqualTo(forward);
        assertThat(forward.tallies()).extracting(UnitSummary.Tally::count).containsOnly(10);
    }

    @Test
    void refusesAnOverdueDayForAStatusThatIsNeverOverdue() {
        assertThatThrownBy(() -> new UnitSummary.Tally(RegistrationType.WORK, WorkKind.INAUGURATION, null,
                RegistrationStatus.REGISTERED, null, LocalDate.of(2022, 5, 1), 1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only approved");
    }

    @Test
    void statisticsFromSummariesRefuseARangeOfDaysTheyDoNotKeep() {
        Campaign campaign = Directive32.campaign();
        assertThatThrownBy(() -> StatisticsCalculator.fromSummaries(campaign, List.of(), List.of(),
                new Visibility(true, null), new StatisticsFilter(Set.of(), Set.of(), LocalDate.of(2022, 5, 1), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day");
    }
}
