package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.registration.RegistrationStatus.APPROVED;
import static vn.campaign.core.registration.RegistrationStatus.CANCELLED;
import static vn.campaign.core.registration.RegistrationStatus.COMPLETED;
import static vn.campaign.core.registration.RegistrationStatus.REGISTERED;
import static vn.campaign.core.registration.RegistrationStatus.REJECTED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.RegistrationStatus;

class LifecyclePolicyTest {

    private final LifecyclePolicy policy = new LifecyclePolicy();
    private final Campaign campaign = Directive32.campaign();

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyPairOfStatuses")
    void allowsExactlyTheTransitionsOfTheLifecycle(RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        List<Violation> found = policy.check(campaign, Fixtures.workIn(from), to, Lifecycle.REJECTION_REASON,
                Lifecycle.COMPLETED_ON);

        if (allowed) {
            assertThat(found).isEmpty();
        } else {
            Violation v = assertOnly(found, RuleCode.ILLEGAL_TRANSITION, Severity.ERROR);
            assertThat(v.message().vi()).isEqualTo("Không thể chuyển trạng thái từ " + from + " sang " + to + ".");
            assertThat(v.message().en()).isEqualTo("The status cannot change from " + from + " to " + to + ".");
        }
    }

    @ParameterizedTest(name = "a rejection with reason \"{0}\" is refused")
    @ValueSource(strings = {"", "   "})
    void refusesARejectionWithABlankReason(String reason) {
        assertOnly(policy.check(campaign, Fixtures.workIn(REGISTERED), REJECTED, reason, null),
                RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
    }

    @Test
    void refusesARejectionWithoutReason() {
        assertOnly(policy.check(campaign, Fixtures.workIn(REGISTERED), REJECTED, null, null),
                RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
    }

    @Test
    void allowsACancellationWithoutReason() {
        assertThat(policy.check(campaign, Fixtures.workIn(REGISTERED), CANCELLED, null, null)).isEmpty();
        assertThat(policy.check(campaign, Fixtures.workIn(APPROVED), CANCELLED, null, null)).isEmpty();
    }

    @Test
    void refusesACompletionWithoutTheDayItTookPlace() {
        assertOnly(policy.check(campaign, Fixtures.workIn(APPROVED), COMPLETED, null, null),
                RuleCode.ACTUAL_DATE_REQUIRED, Severity.ERROR, "actualOn");
    }

    @ParameterizedTest(name = "completed on {0}")
    @ValueSource(strings = {"2022-04-01", "2022-06-15"})
    void allowsACompletionOnTheFirstOrTheLastDay(String day) {
        assertThat(policy.check(campaign, Fixtures.workIn(APPROVED), COMPLETED, null, LocalDate.parse(day))).isEmpty();
    }

    @ParameterizedTest(name = "completed on {0}")
    @ValueSource(strings = {"2022-03-31", "2022-06-16"})
    void refusesACompletionOutsideTheCampaign(String day) {
        Violation v = assertOnly(policy.check(campaign, Fixtures.workIn(APPROVED), COMPLETED, null,
                LocalDate.parse(day)), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "actualOn");
        assertThat(v.message().en()).contains(day);
    }

    @Test
    void anIllegalTransitionIsReportedAloneEvenWithoutReasonOrDay() {
        assertOnly(policy.check(campaign, Fixtures.workIn(REJECTED), COMPLETED, null, null),
                RuleCode.ILLEGAL_TRANSITION, Severity.ERROR);
    }
}
