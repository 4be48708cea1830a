package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;

import org.junit.jupiter.api.Test;

class AmountsPolicyTest {

    private final AmountsPolicy policy = new AmountsPolicy();

    @Test
    void passesAPositiveZeroOrUnstatedInvestment() {
        assertThat(policy.check(newRegistrationOf(aWork().investment(2_500_000_000L).build()))).isEmpty();
        assertThat(policy.check(newRegistrationOf(aWork().investment(0L).build()))).isEmpty();
        assertThat(policy.check(newRegistrationOf(aWork().investment(null).build()))).isEmpty();
    }

    @Test
    void refusesANegativeInvestment() {
        Violation v = assertOnly(policy.check(newRegistrationOf(aWork().investment(-1_000_000L).build())),
                RuleCode.INVESTMENT_NEGATIVE, Severity.ERROR, "investment");
        assertThat(v.message().vi()).isEqualTo("Kinh phí đầu tư không được âm (-1000000 đồng).");
        assertThat(v.message().en()).isEqualTo("The investment must not be negative (-1000000 VND).");
    }

    /** Issue 17: an amount beyond what the API's Money held was a type error; the bound is now a rule. */
    @Test
    void refusesAnInvestmentAboveTheBoundAndPassesTheBound() {
        assertThat(new AmountsPolicy().check(newRegistrationOf(aWork().investment(AmountsPolicy.INVESTMENT_MAX).build())))
                .isEmpty();
        Violation v = assertOnly(new AmountsPolicy().check(newRegistrationOf(aWork().investment(Long.MAX_VALUE).build())),
                RuleCode.AMOUNT_TOO_LARGE, Severity.ERROR, "investment");
        assertThat(v.message().vi()).isEqualTo("Kinh phí đầu tư vượt quá 10000000000000000 đồng.");
    }

    @Test
    void passesZeroOrUnstatedParticipants() {
        assertThat(policy.check(newRegistrationOf(anEvent().expectedParticipants(0).build()))).isEmpty();
        assertThat(policy.check(newRegistrationOf(anEvent().expectedParticipants(null).build()))).isEmpty();
    }

    @Test
    void refusesANegativeNumberOfParticipants() {
        Violation v = assertOnly(policy.check(newRegistrationOf(anEvent().expectedParticipants(-20).build())),
                RuleCode.PARTICIPANTS_NEGATIVE, Severity.ERROR, "expectedParticipants");
        assertThat(v.message().en()).contains("(-20)");
    }
}
