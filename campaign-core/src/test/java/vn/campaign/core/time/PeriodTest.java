package vn.campaign.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Period DIRECTIVE_32 = Period.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 15));

    @Test
    void containsBothItsFirstAndItsLastDay() {
        assertThat(DIRECTIVE_32.contains(LocalDate.of(2022, 4, 1))).isTrue();
        assertThat(DIRECTIVE_32.contains(LocalDate.of(2022, 6, 15))).isTrue();
        assertThat(DIRECTIVE_32.contains(LocalDate.of(2022, 3, 31))).isFalse();
        assertThat(DIRECTIVE_32.contains(LocalDate.of(2022, 6, 16))).isFalse();
    }

    @Test
    void overlapsAPeriodThatSharesOnlyItsLastDay() {
        assertThat(DIRECTIVE_32.overlaps(Period.of(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 7, 1)))).isTrue();
        assertThat(DIRECTIVE_32.overlaps(Period.of(LocalDate.of(2022, 6, 16), LocalDate.of(2022, 7, 1)))).isFalse();
    }

    @Test
    void aOneDayPeriodIsAllowed() {
        LocalDate day = LocalDate.of(2022, 5, 28);
        assertThat(Period.of(day, day).contains(day)).isTrue();
    }

    @Test
    void refusesToEndBeforeItStarts() {
        assertThatThrownBy(() -> Period.of(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period ends on 2022-04-01, before it starts on 2022-06-15");
    }

    @Test
    void printsAsAnIsoRange() {
        assertThat(DIRECTIVE_32).hasToString("2022-04-01..2022-06-15");
    }
}
