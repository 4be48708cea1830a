package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.registration.Vnd;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.200.000.000      | 1200000000",
        "1,200,000,000      | 1200000000",
        "1 200 000 000      | 1200000000",
        "1\u00A0200\u00A0000 | 1200000",
        "1.200.000.000 đ    | 1200000000",
        "1.200.000.000đ     | 1200000000",
        "1.200.000.000 đồng | 1200000000",
        "1.200.000.000 VNĐ  | 1200000000",
        "1.200.000.000 ₫    | 1200000000",
        "1,2 tỷ             | 1200000000",
        "1.5 tỷ             | 1500000000",
        "1,5 tỉ             | 1500000000",
        "1,2 tỷ đồng        | 1200000000",
        "0,5 tỷ             | 500000000",
        "850 triệu          | 850000000",
        "850tr              | 850000000",
        "850 tr.            | 850000000",
        "850 trđ            | 850000000",
        "850 tr.đ           | 850000000",
        "850 triệu đồng     | 850000000",
        "500 nghìn          | 500000",
        "500 ngàn đồng      | 500000",
        "500k               | 500000",
        "1 tỷ 200 triệu     | 1200000000",
        "2 tỷ 350 triệu 500 nghìn | 2350500000",
        "1.200.000,50       | 1200001",
        "1,200,000.4        | 1200000",
        "1200               | 1200",
        "1.200              | 1200",
        "1,200              | 1200",
        "0                  | 0",
        "12.345.678.901.234 | 12345678901234"
    })
    void readsAmountsAsPeopleTypeThem(String text, long dong) {
        assertThat(AmountParser.parse(text).toOptional()).contains(new Vnd(dong));
    }

    @Test
    void doesNotOverflowOnBillions() {
        assertThat(AmountParser.parse("9.000.000 tỷ").toOptional()).contains(new Vnd(9_000_000_000_000_000L));
    }

    /** An amount beyond a long is read as the largest one, which the core refuses as AMOUNT_TOO_LARGE. */
    @Test
    void readsAnAmountBeyondALongAsTheLargestForTheCoreToRefuse() {
        assertThat(AmountParser.parse("10.000.000.000 tỷ").toOptional()).contains(new Vnd(Long.MAX_VALUE));
    }

    @Test
    void takesTheUnitOfTheColumnHeaderForANumberAlone() {
        AmountUnit unit = AmountUnit.fromHeader("Tổng mức đầu tư (triệu đồng)");

        assertThat(AmountParser.parse("1200", unit).toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(AmountParser.parse("1,5", unit).toOptional()).contains(new Vnd(1_500_000L));
        assertThat(AmountParser.parse("1200", unit).codes()).isEmpty();
    }

    @Test
    void prefersTheUnitWrittenInTheCellAndWarnsWhenItDiffersFromTheHeader() {
        ParseResult<Vnd> result = AmountParser.parse("1,2 tỷ", AmountUnit.MILLION);

        assertThat(result.toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_UNIT_DIFFERS_FROM_HEADER);
    }

    @Test
    void readsADotBeforeThreeDigitsInALargerUnitAsThousandsSeparatorWithAWarning() {
        ParseResult<Vnd> result = AmountParser.parse("1.200", AmountUnit.MILLION);

        assertThat(result.toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_SEPARATOR_AMBIGUOUS);
        assertThat(result.issues().get(0).message()).contains("1200", "thousands separator", "triệu đồng");
    }

    @Test
    void readsACommaBeforeThreeDigitsInALargerUnitAsDecimalPointWithAWarning() {
        ParseResult<Vnd> result = AmountParser.parse("1,250 tỷ");

        assertThat(result.toOptional()).contains(new Vnd(1_250_000_000L));
        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_SEPARATOR_AMBIGUOUS);
    }

    @Test
    void readsNumberCellsInTheColumnUnit() {
        assertThat(AmountParser.fromNumber(1200.0, AmountUnit.MILLION).toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(AmountParser.fromNumber(1.2, AmountUnit.BILLION).toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(AmountParser.fromNumber(1.2e9, AmountUnit.DONG).toOptional()).contains(new Vnd(1_200_000_000L));
    }

    @Test
    void roundsFloatingPointNoiseOfNumberCellsSilently() {
        ParseResult<Vnd> result = AmountParser.fromNumber(0.1 + 0.2, AmountUnit.MILLION);

        assertThat(result.toOptional()).contains(new Vnd(300_000L));
        assertThat(result.codes()).isEmpty();
    }

    @Test
    void warnsWhenAFractionOfADongIsRounded() {
        ParseResult<Vnd> result = AmountParser.fromNumber(1.5, AmountUnit.DONG);

        assertThat(result.toOptional()).contains(new Vnd(2L));
        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_ROUNDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.200.000", "−1.200.000", "(1.200.000)", "- 5 triệu"})
    void reportsNegativeAmounts(String text) {
        ParseResult<Vnd> result = AmountParser.parse(text);

        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_NEGATIVE);
        assertThat(result.issues().get(0).message()).contains("is negative");
    }

    @Test
    void reportsNegativeNumberCells() {
        assertThat(AmountParser.fromNumber(-5.0, AmountUnit.MILLION).codes())
                .containsExactly(ValueIssueCode.AMOUNT_NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"không rõ", "đang cập nhật", "1.200.000 USD", "1 tỷ 200", "200 triệu 1 tỷ", "abc 100",
        "1.2.3", "100 đồng/năm"})
    void reportsTextThatIsNoAmountAsUnreadable(String text) {
        ParseResult<Vnd> result = AmountParser.parse(text);

        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_UNREADABLE);
        assertThat(result.issues().get(0).message()).startsWith("'" + text + "' is not an amount: ");
    }

    @Test
    void reportsNonFiniteNumberCellsAsUnreadable() {
        assertThat(AmountParser.fromNumber(Double.NaN, AmountUnit.DONG).codes())
                .containsExactly(ValueIssueCode.AMOUNT_UNREADABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "—", "–"})
    void reportsEmptyCellsAndDashes(String text) {
        assertThat(AmountParser.parse(text).codes()).containsExactly(ValueIssueCode.AMOUNT_EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"khoảng 1,2 tỷ", "Dự kiến 1,2 tỷ", "~1,2 tỷ", "trên 1,2 tỷ"})
    void warnsWhenTheAmountIsApproximate(String text) {
        ParseResult<Vnd> result = AmountParser.parse(text);

        assertThat(result.toOptional()).contains(new Vnd(1_200_000_000L));
        assertThat(result.codes()).containsExactly(ValueIssueCode.AMOUNT_APPROXIMATE);
    }
}
