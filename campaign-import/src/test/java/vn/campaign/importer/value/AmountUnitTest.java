package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountUnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tổng mức đầu tư (triệu đồng)  | MILLION",
        "Kinh phí (tr.đ)               | MILLION",
        "Kinh phí (Tr.đồng)            | MILLION",
        "Kinh phí (trđ)                | MILLION",
        "Kinh phí (triệu)              | MILLION",
        "Kinh phí (đồng)               | DONG",
        "Kinh phí (VNĐ)                | DONG",
        "Kinh phí (nghìn đồng)         | THOUSAND",
        "Kinh phí (ngàn đồng)          | THOUSAND",
        "Kinh phí [1000đ]              | THOUSAND",
        "Kinh phí (1.000 đồng)         | THOUSAND",
        "Tổng vốn (tỷ đồng)            | BILLION",
        "Tổng vốn (tỉ đồng)            | BILLION",
        "KINH PHÍ (TỶ ĐỒNG)            | BILLION",
        "Kinh phí - ĐVT: triệu đồng    | MILLION",
        "Kinh phí, đơn vị tính: tỷ đồng | BILLION",
        "Kinh phí, triệu đồng          | MILLION",
        "Công ty tài trợ (đồng)        | DONG"
    })
    void findsTheUnitAColumnHeaderStates(String header, AmountUnit unit) {
        assertThat(AmountUnit.findInHeader(header)).contains(unit);
        assertThat(AmountUnit.fromHeader(header)).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kinh phí", "Tổng mức đầu tư", "Vốn công ty đồng tài trợ", "Đơn vị thực hiện", ""})
    void findsNoUnitWhereTheHeaderStatesNone(String header) {
        assertThat(AmountUnit.findInHeader(header)).isEmpty();
        assertThat(AmountUnit.fromHeader(header)).isEqualTo(AmountUnit.DONG);
    }

    @Test
    void multipliesEachUnitIntoDong() {
        assertThat(AmountUnit.BILLION.multiplier()).isEqualTo(1_000_000_000L);
        assertThat(AmountUnit.MILLION.multiplier()).isEqualTo(1_000_000L);
        assertThat(AmountUnit.THOUSAND.multiplier()).isEqualTo(1_000L);
        assertThat(AmountUnit.DONG.multiplier()).isEqualTo(1L);
    }
}
