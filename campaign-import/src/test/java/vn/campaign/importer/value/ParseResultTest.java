package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.time.Period;

class ParseResultTest {

    private static final ValueIssue MONTH = new ValueIssue(ValueIssueCode.DATE_IS_MONTH, "5/2022", "a month");
    private static final ValueIssue UNREADABLE = new ValueIssue(ValueIssueCode.DATE_UNREADABLE, "?", "no date");

    @Test
    void keepsWarningsWhenTheValueIsMapped() {
        ParseResult<Integer> result = ParseResult.parsed(5, List.of(MONTH));

        ParseResult<String> mapped = result.map(n -> "#" + n);

        assertThat(mapped.toOptional()).contains("#5");
        assertThat(mapped.issues()).containsExactly(MONTH);
    }

    @Test
    void staysFailedWhenMapped() {
        ParseResult<Integer> failed = new ParseResult.Failed<>(UNREADABLE);

        assertThat(failed.map(n -> n + 1).issues()).containsExactly(UNREADABLE);
        assertThat(failed.isParsed()).isFalse();
        assertThat(failed.toOptional()).isEmpty();
    }

    @Test
    void refusesAParsedValueThatCarriesAProblem() {
        assertThatThrownBy(() -> ParseResult.parsed(1, List.of(UNREADABLE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a parsed value cannot carry the problem DATE_UNREADABLE");
    }

    @Test
    void refusesAFailureThatIsOnlyAWarning() {
        assertThatThrownBy(() -> new ParseResult.Failed<Integer>(MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a failure needs a problem, not the warning DATE_IS_MONTH");
    }

    @Test
    void givesEveryCodeAVietnameseDescription() {
        for (ValueIssueCode code : ValueIssueCode.values()) {
            assertThat(code.vietnamese()).as(code.name()).isNotBlank();
        }
    }

    @Test
    void refusesADayRangeLongerThanADay() {
        Period twoDays = Period.of(LocalDate.of(2022, 5, 19), LocalDate.of(2022, 5, 20));

        assertThatThrownBy(() -> new DateRange(twoDays, DatePrecision.DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a day range must start and end on the same day, not 2022-05-19..2022-05-20");
    }
}
