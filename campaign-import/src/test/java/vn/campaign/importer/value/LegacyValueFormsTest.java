package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;

/** The date and kind forms of issue 12, value by value. */
class LegacyValueFormsTest {

    @Test
    void aRunOfDaysInOneCellIsItsFirstToLastDay() {
        assertRange("12-14/5/2022", "2022-05-12", "2022-05-14");
        assertRange("12/5-14/5/2022", "2022-05-12", "2022-05-14");
        assertRange("30/4 - 02/5/2022", "2022-04-30", "2022-05-02");
        assertRange("Từ ngày 3/6 đến ngày 5/6/2022", "2022-06-03", "2022-06-05");
        assertRange("30/12 - 02/01/2023", "2022-12-30", "2023-01-02");
        assertRange("28-02/3/2022", "2022-02-28", "2022-03-02");
        assertThat(DateParser.parse("12-14/5/2022").toOptional().orElseThrow().precision()).isEqualTo(DatePrecision.DAYS);
    }

    @Test
    void aSingleDateWithDashesIsStillOneDay() {
        assertThat(DateParser.parse("19-05-2022").toOptional().orElseThrow()).isEqualTo(DateRange.day(LocalDate.of(2022, 5, 19)));
        assertThat(DateParser.parse("2022-05-19").toOptional().orElseThrow()).isEqualTo(DateRange.day(LocalDate.of(2022, 5, 19)));
    }

    @Test
    void aRunOfDaysThatEndsBeforeItStartsIsRefused() {
        assertThat(DateParser.parse("14/5/2022 - 12/5/2022").codes()).containsExactly(ValueIssueCode.DATE_SPAN_REVERSED);
    }

    @Test
    void aDayWithoutItsYearTakesTheYearGivenWithAWarningAndIsRefusedWithoutOne() {
        ParseResult<DateRange> withYear = DateParser.parse("19/5", 2022);
        assertThat(withYear.toOptional()).contains(DateRange.day(LocalDate.of(2022, 5, 19)));
        assertThat(withYear.codes()).containsExactly(ValueIssueCode.DATE_YEAR_ASSUMED);
        assertThat(DateParser.parse("19/5").codes()).containsExactly(ValueIssueCode.DATE_UNREADABLE);
        assertThat(DateParser.parse("5/2022", 2022).codes()).containsExactly(ValueIssueCode.DATE_IS_MONTH);
    }

    @Test
    void anExcelSerialWrittenAsTextIsADay() {
        assertThat(DateParser.parse("44700").toOptional()).contains(DateRange.day(LocalDate.of(2022, 5, 19)));
    }

    @Test
    void eventKindAbbreviationsAreReadAsTheirWords() {
        assertThat(KindParser.eventKind("TDTT").toOptional()).contains(EventKind.SPORTS);
        assertThat(KindParser.eventKind("VH-VN").toOptional()).contains(EventKind.CULTURAL);
        assertThat(KindParser.eventKind("VHVN").toOptional()).contains(EventKind.CULTURAL);
        assertThat(KindParser.eventKind("LH").toOptional()).contains(EventKind.TRADITIONAL_FESTIVAL);
        assertThat(KindParser.workKind("KC").toOptional()).contains(WorkKind.GROUNDBREAKING);
        assertThat(KindParser.workKind("KT").toOptional()).contains(WorkKind.INAUGURATION);
    }

    @Test
    void theKindIsReadFromANameThatSaysIt() {
        assertThat(KindParser.eventKindFromName("Giải bóng đá thiếu niên")).contains(EventKind.SPORTS);
        assertThat(KindParser.eventKindFromName("Lễ hội cầu ngư")).contains(EventKind.TRADITIONAL_FESTIVAL);
        assertThat(KindParser.workKindFromName("Khánh thành nhà văn hóa")).contains(WorkKind.INAUGURATION);
        assertThat(KindParser.workKindFromName("Khởi công đường")).contains(WorkKind.GROUNDBREAKING);
        assertThat(KindParser.workKindFromName("Nhà văn hóa tổ 5")).isEmpty();
    }

    private static void assertRange(String text, String first, String last) {
        DateRange range = DateParser.parse(text).toOptional().orElseThrow(() -> new AssertionError(text));
        assertThat(range.first() + ".." + range.last()).as(text).isEqualTo(first + ".." + last);
    }
}
