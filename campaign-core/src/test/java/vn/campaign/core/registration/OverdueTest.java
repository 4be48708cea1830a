package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

/** An approved registration whose due day has passed without completion is overdue; nothing else is. */
class OverdueTest {

    private static final LocalDate PLANNED = LocalDate.of(2022, 5, 19);

    @Test
    void anApprovedWorkIsOverdueFromTheDayAfterItsPlannedDay() {
        Work work = Fixtures.workIn(RegistrationStatus.APPROVED);

        assertThat(work.dueDay()).isEqualTo(PLANNED);
        assertThat(work.isOverdueOn(PLANNED)).isFalse();
        assertThat(work.isOverdueOn(PLANNED.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void aRegistrationInAnotherStatusIsNeverOverdue(RegistrationStatus status) {
        assertThat(Fixtures.workIn(status).isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void anEventIsOverdueAfterItsLastDayAndAOneDayEventAfterItsOnlyDay() {
        Event festival = approvedEvent(Fixtures.anEvent().startsOn(LocalDate.of(2022, 6, 10))
                .endsOn(LocalDate.of(2022, 6, 12)).build());
        Event oneDay = approvedEvent(Fixtures.anEvent().oneDayOn(LocalDate.of(2022, 6, 10)).build());

        assertThat(festival.isOverdueOn(LocalDate.of(2022, 6, 12))).as("on its last day").isFalse();
        assertThat(festival.isOverdueOn(LocalDate.of(2022, 6, 13))).isTrue();
        assertThat(oneDay.dueDay()).isEqualTo(LocalDate.of(2022, 6, 10));
        assertThat(oneDay.isOverdueOn(LocalDate.of(2022, 6, 11))).isTrue();
    }

    @Test
    void aWorkWithoutAPlannedDayIsNeverOverdue() {
        Work undated = Work.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU),
                Fixtures.aWork().plannedOn(null).build()).withStatus(RegistrationStatus.APPROVED, null, null);

        assertThat(undated.isOverdueOn(LocalDate.of(2030, 1, 1))).isFalse();
    }

    private static Event approvedEvent(EventDetails details) {
        return Event.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU), details)
                .withStatus(RegistrationStatus.APPROVED, null, null);
    }
}
