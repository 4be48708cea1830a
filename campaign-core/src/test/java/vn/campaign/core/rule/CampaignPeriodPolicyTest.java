package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.fixture.ViolationAssertions.assertViolation;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignPeriodPolicyTest {

    private final CampaignPeriodPolicy policy = new CampaignPeriodPolicy();

    @ParameterizedTest(name = "a work planned on {0} is inside the campaign")
    @ValueSource(strings = {"2022-04-01", "2022-05-19", "2022-06-15"})
    void passesAWorkPlannedOnAnyDayFromTheFirstToTheLast(String day) {
        assertThat(policy.check(newRegistrationOf(aWork().plannedOn(LocalDate.parse(day)).build()))).isEmpty();
    }

    @ParameterizedTest(name = "a work planned on {0} is outside the campaign")
    @ValueSource(strings = {"2022-03-31", "2022-06-16", "2021-05-19"})
    void refusesAWorkPlannedOutsideTheCampaign(String day) {
        Violation v = assertOnly(policy.check(newRegistrationOf(aWork().plannedOn(LocalDate.parse(day)).build())),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "plannedOn");
        assertThat(v.message().vi()).isEqualTo("Ngày " + day + " nằm ngoài thời gian đợt thi đua (2022-04-01..2022-06-15).");
        assertThat(v.message().en()).isEqualTo("The date " + day + " lies outside the campaign period (2022-04-01..2022-06-15).");
    }

    @Test
    void passesAnEventOverTheFirstAndTheLastDay() {
        assertThat(policy.check(newRegistrationOf(anEvent().startsOn(LocalDate.of(2022, 4, 1))
                .endsOn(LocalDate.of(2022, 6, 15)).build()))).isEmpty();
    }

    @Test
    void passesAOneDayEventWithNoEndOnTheLastDay() {
        assertThat(policy.check(newRegistrationOf(anEvent().oneDayOn(LocalDate.of(2022, 6, 15)).build()))).isEmpty();
    }

    @Test
    void refusesAnEventStartingTheDayBeforeTheCampaign() {
        assertOnly(policy.check(newRegistrationOf(anEvent().startsOn(LocalDate.of(2022, 3, 31)).build())),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "startsOn");
    }

    @Test
    void refusesAnEventEndingTheDayAfterTheCampaign() {
        assertOnly(policy.check(newRegistrationOf(anEvent().endsOn(LocalDate.of(2022, 6, 16)).build())),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "endsOn");
    }

    @Test
    void reportsBothEndsOfAnEventOutsideTheCampaign() {
        List<Violation> found = policy.check(newRegistrationOf(anEvent().startsOn(LocalDate.of(2022, 3, 30))
                .endsOn(LocalDate.of(2022, 6, 20)).build()));

        assertThat(found).hasSize(2);
        assertViolation(found.get(0), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "startsOn");
        assertViolation(found.get(1), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "endsOn");
    }

    @Test
    void leavesAMissingDayToTheRequiredFieldsRule() {
        assertThat(policy.check(newRegistrationOf(aWork().plannedOn(null).build()))).isEmpty();
    }
}
