package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.fixture.Fixtures;

class RegistrationRulesTest {

    @Test
    void theStandardRulesReportEveryBrokenRuleAtOnceInPolicyOrder() {
        RegistrationCheck everythingWrong = Fixtures.newRegistrationOf("99999", aWork().named(" ")
                .plannedOn(LocalDate.of(2022, 7, 1)).investment(-1L).taskArea("TOURISM").build());

        List<Violation> found = RegistrationRules.standard().check(everythingWrong);

        assertThat(codes(found)).containsExactly("REQUIRED", "UNIT_UNKNOWN", "DATE_OUTSIDE_CAMPAIGN",
                "INVESTMENT_NEGATIVE", "TASK_AREA_UNKNOWN");
    }

    @Test
    void theStandardRulesPassACompleteWorkOfAWard() {
        assertThat(RegistrationRules.standard().check(Fixtures.newRegistrationOf(aWork().build()))).isEmpty();
    }

    @Test
    void theStandardRulesAreTheEightRegistrationPolicies() {
        assertThat(RegistrationRules.standard().policies()).extracting(p -> p.getClass().getSimpleName())
                .containsExactly("CampaignOpenPolicy", "RequiredFieldsPolicy", "UnitPolicy", "CampaignPeriodPolicy", "EventDatesPolicy",
                        "AmountsPolicy", "TaskAreaPolicy", "DuplicatePolicy");
    }

    @Test
    void runsOnlyThePoliciesItIsGiven() {
        RegistrationPolicy noInaugurationsOnSundays = check -> List.of(Violation.on(RuleCode.DATE_OUTSIDE_CAMPAIGN,
                "plannedOn", "2022-05-22", "Sunday"));
        RegistrationRules rules = new RegistrationRules(List.of(noInaugurationsOnSundays));

        assertThat(codes(rules.check(Fixtures.newRegistrationOf("99999", aWork().build()))))
                .containsExactly("DATE_OUTSIDE_CAMPAIGN");
    }
}
