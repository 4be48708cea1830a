package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final LocalDate MAY_19 = LocalDate.of(2022, 5, 19);

    @ParameterizedTest
    @ValueSource(strings = {"19/5/2022", "19/05/2022", "19-05-2022", "19.5.2022", "2022-05-19", "2022/5/19",
        " 19 / 5 / 2022 ", "19 5 2022", "ngày 19 tháng 5 năm 2022", "Ngày 19/5/2022", "19/5/2022 08:30",
        "2022-05-19T00:00:00", "2022-05-19 00:00:00", "19/5/22"})
    void readsADayWrittenDayFirst(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.toOptional()).contains(DateRange.day(MAY_19));
    }

    @Test
    void readsAmbiguousDayAndMonthDayFirst() {
        assertThat(DateParser.parse("5/6/2022").toOptional().map(DateRange::first)).contains(LocalDate.of(2022, 6, 5));
    }

    @Test
    void warnsAboutATwoDigitYear() {
        ParseResult<DateRange> result = DateParser.parse("19/5/22");

        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_TWO_DIGIT_YEAR);
        assertThat(result.issues().get(0).message()).isEqualTo("the year '22' was read as 2022");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tháng 5/2022", "Tháng 05/2022", "T5/2022", "t5/2022", "T.5/2022", "THÁNG 5 NĂM 2022",
        "5/2022", "05-2022", "2022-05", "tháng 5 năm 2022"})
    void readsAMonthAsItsFirstToLastDayWithAWarning(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.toOptional()).hasValueSatisfying(range -> {
            assertThat(range.first()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(range.last()).isEqualTo(LocalDate.of(2022, 5, 31));
            assertThat(range.precision()).isEqualTo(DatePrecision.MONTH);
        });
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_IS_MONTH);
    }

    @Test
    void endsFebruaryOfALeapYearOnThe29th() {
        assertThat(DateParser.parse("tháng 2/2024").toOptional().map(DateRange::last))
                .contains(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quý II/2022", "quý 2/2022", "Q2/2022", "QII/2022", "quý II năm 2022", "Q.II-2022"})
    void readsAQuarterAsItsFirstToLastDayWithAWarning(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.toOptional()).hasValueSatisfying(range -> {
            assertThat(range.first()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(range.last()).isEqualTo(LocalDate.of(2022, 6, 30));
            assertThat(range.precision()).isEqualTo(DatePrecision.QUARTER);
        });
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_IS_QUARTER);
    }

    @Test
    void readsTheFourthQuarterToTheEndOfDecember() {
        assertThat(DateParser.parse("Quý IV/2022").toOptional().map(DateRange::last))
                .contains(LocalDate.of(2022, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"năm 2022", "Năm 2022", "2022"})
    void readsAYearAsTheWholeYearWithAWarning(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.toOptional()).contains(DateRange.year(2022));
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_IS_YEAR);
    }

    @Test
    void warnsWhenTheDateIsApproximate() {
        ParseResult<DateRange> result = DateParser.parse("Dự kiến cuối tháng 5/2022");

        assertThat(result.toOptional().map(DateRange::last)).contains(LocalDate.of(2022, 5, 31));
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_APPROXIMATE, ValueIssueCode.DATE_IS_MONTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/4/2022", "29/2/2023", "0/5/2022", "19/13/2022", "05/19/2022", "tháng 13/2022",
        "Quý V/2022", "quý 5/2022", "19/5/2202", "19/5/1899"})
    void reportsImpossibleDatesAsProblems(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.isParsed()).isFalse();
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_IMPOSSIBLE);
    }

    @Test
    void explainsWhyTheThirtyFirstOfAprilIsImpossible() {
        ParseResult<DateRange> result = DateParser.parse("31/4/2022");

        assertThat(result.issues().get(0).message())
                .isEqualTo("day 31 does not exist in April 2022, which has 30 days (dates are read day first)");
        assertThat(result.issues().get(0).input()).isEqualTo("31/4/2022");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(DateParser.parse("29/2/2024").toOptional()).contains(DateRange.day(LocalDate.of(2024, 2, 29)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sắp tới", "19/5", "May 19, 2022", "19/5/2022/1", "tháng 5", "12345", "trước 19/5/2022",
        "19/5/022", "T5"})
    void reportsTextThatIsNoDateAsUnreadable(String text) {
        ParseResult<DateRange> result = DateParser.parse(text);

        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_UNREADABLE);
        assertThat(result.issues().get(0).message()).startsWith("'" + text + "' is not a date: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void reportsAnEmptyCell(String text) {
        assertThat(DateParser.parse(text).codes()).containsExactly(ValueIssueCode.DATE_EMPTY);
    }

    @Test
    void readsAnExcelSerialOfThe1900System() {
        double serial = DateUtil.getExcelDate(MAY_19);

        assertThat(serial).isEqualTo(44700.0);
        assertThat(DateParser.fromSerial(44700.0).toOptional()).contains(DateRange.day(MAY_19));
    }

    @Test
    void ignoresTheTimeOfDayOfASerial() {
        assertThat(DateParser.fromSerial(44700.75).toOptional()).contains(DateRange.day(MAY_19));
    }

    @Test
    void readsAnExcelSerialOfThe1904System() {
        assertThat(DateParser.fromSerial(44700.0 - 1462, true).toOptional()).contains(DateRange.day(MAY_19));
    }

    @Test
    void takesAWholeNumberThatLooksLikeAYearForTheYear() {
        ParseResult<DateRange> result = DateParser.fromSerial(2022.0);

        assertThat(result.toOptional()).contains(DateRange.year(2022));
        assertThat(result.codes()).containsExactly(ValueIssueCode.DATE_IS_YEAR);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, 0.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, 3_000_000.0, 80_000.0})
    void reportsNumbersThatAreNoSerialOfThisCentury(double serial) {
        assertThat(DateParser.fromSerial(serial).codes()).containsExactly(ValueIssueCode.DATE_SERIAL_INVALID);
    }
}
