package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.registration.EventDetails;

class EventDatesPolicyTest {

    private final EventDatesPolicy policy = new EventDatesPolicy();

    @Test
    void passesAOneDayEventWithNoEnd() {
        EventDetails oneDay = anEvent().oneDayOn(LocalDate.of(2022, 5, 28)).build();

        assertThat(policy.check(newRegistrationOf(oneDay))).isEmpty();
        assertThat(oneDay.lastDay()).isEqualTo(LocalDate.of(2022, 5, 28));
    }

    @Test
    void passesAnEventEndingOnTheDayItStarts() {
        assertThat(policy.check(newRegistrationOf(anEvent().startsOn(LocalDate.of(2022, 5, 28))
                .endsOn(LocalDate.of(2022, 5, 28)).build()))).isEmpty();
    }

    @Test
    void passesAThreeDayFestival() {
        assertThat(policy.check(newRegistrationOf(anEvent().build()))).isEmpty();
    }

    @Test
    void refusesAnEventEndingBeforeItStarts() {
        Violation v = assertOnly(policy.check(newRegistrationOf(anEvent().startsOn(LocalDate.of(2022, 6, 12))
                        .endsOn(LocalDate.of(2022, 6, 10)).build())),
                RuleCode.EVENT_ENDS_BEFORE_START, Severity.ERROR, "endsOn");
        assertThat(v.message().vi()).isEqualTo("Sự kiện kết thúc (2022-06-10) trước khi bắt đầu (2022-06-12).");
        assertThat(v.message().en()).isEqualTo("The event ends (2022-06-10) before it starts (2022-06-12).");
    }

    @Test
    void doesNotApplyToWorks() {
        assertThat(policy.check(newRegistrationOf(aWork().build()))).isEmpty();
    }
}
