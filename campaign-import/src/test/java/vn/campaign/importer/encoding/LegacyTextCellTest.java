package vn.campaign.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyTextCellTest {

    @ParameterizedTest
    @CsvSource({
        ".VnTime, TCVN3",
        ".VnArial, TCVN3",
        ".VnCentury Schoolbook, TCVN3",
        ".vntime, TCVN3",
        ".VnTimeH, TCVN3_UPPER",
        ".VnArial NarrowH, TCVN3_UPPER",
        "VNI-Times, VNI",
        "VNI-Helve, VNI",
        "vni-times, VNI"
    })
    void recognisesLegacyFontsByName(String font, TextEncoding expected) {
        assertThat(LegacyText.fontEncoding(font)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Times New Roman", "Arial", "Vni", ".Vn", "VNI-", "Calibri"})
    void seesNoLegacyEncodingInOtherFonts(String font) {
        assertThat(LegacyText.fontEncoding(font)).isEmpty();
    }

    @Test
    void decodesTcvn3CellInVnTimeFont() {
        DecodedText decoded = LegacyText.decodeCell("Ph\u00ADêng B¾c Hµ", ".VnTime");

        assertThat(decoded.text()).isEqualTo("Phường Bắc Hà");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(decoded.evidence()).contains("\".VnTime\"", "TCVN3");
    }

    @Test
    void upperCasesCellInVnTimeHFont() {
        DecodedText decoded = LegacyText.decodeCell(LegacyText.encode("Đảng bộ thành phố Hà Tĩnh",
                TextEncoding.TCVN3_UPPER), ".VnTimeH");

        assertThat(decoded.text()).isEqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.TCVN3_UPPER);
        assertThat(decoded.evidence()).contains("upper-case");
    }

    @Test
    void decodesVniCellInVniTimesFont() {
        DecodedText decoded = LegacyText.decodeCell("Leã hoäi Vaên Mieáu", "VNI-Times");

        assertThat(decoded.text()).isEqualTo("Lễ hội Văn Miếu");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.VNI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phường Bắc Hà", "Xã Thạch Hạ", "Lễ hội Văn Miếu", "Hà Tĩnh", "đá", "ĐẢNG BỘ"})
    void leavesRealUnicodeInVnTimeCellUnconverted(String unicode) {
        DecodedText decoded = LegacyText.decodeCell(unicode, ".VnTime");

        assertThat(decoded.text()).isEqualTo(unicode);
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(decoded.evidence()).contains("only Unicode", "\".VnTime\"", "left unconverted");
    }

    @Test
    void namesTheUnicodeOnlyLetterItFound() {
        DecodedText decoded = LegacyText.decodeCell("Trường", "VNI-Times");

        assertThat(decoded.evidence()).contains("'ư' (U+01B0)");
    }

    @Test
    void treatsDecomposedTextAsUnicode() {
        String decomposed = "Ha\u0300 Ti\u0303nh";
        DecodedText decoded = LegacyText.decodeCell(decomposed, ".VnTime");

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(decoded.text()).isEqualTo("Hà Tĩnh");
    }

    @Test
    void leavesLegacyLookingTextWithoutFontAsItIs() {
        DecodedText decoded = LegacyText.decodeCell("Ph\u00ADêng B¾c Hµ", null);

        assertThat(decoded.text()).isEqualTo("Ph\u00ADêng B¾c Hµ");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(decoded.evidence()).contains("no font evidence", "TCVN3-like", "column vote");
    }

    @Test
    void leavesTextInAUnicodeFontAsItIs() {
        DecodedText decoded = LegacyText.decodeCell("Bá Tân", "Times New Roman");

        assertThat(decoded.text()).isEqualTo("Bá Tân");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(decoded.evidence()).contains("\"Times New Roman\" is not a legacy Vietnamese font", "left as it is");
    }

    @Test
    void saysSoWhenALegacyFontCellHasNoLegacyCodes() {
        DecodedText decoded = LegacyText.decodeCell("UBND", ".VnTime");

        assertThat(decoded.text()).isEqualTo("UBND");
        assertThat(decoded.evidence()).contains("no legacy letter codes");
    }

    @Test
    void decidesEachRunOfARichTextCellByItsOwnFont() {
        DecodedText decoded = LegacyText.decodeRuns(List.of(
                new TextRun("Ph\u00ADêng ", ".VnTime"),
                new TextRun("Bắc Hà", "Times New Roman")));

        assertThat(decoded.text()).isEqualTo("Phường Bắc Hà");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(decoded.evidence()).contains("run 1 TCVN3", "run 2 UNICODE");
    }

    @Test
    void reportsTheLegacyEncodingThatConvertedMostOfTheRuns() {
        DecodedText decoded = LegacyText.decodeRuns(List.of(
                new TextRun("UBND ", ".VnTimeH"),
                new TextRun("x· Th¹ch H¹", ".VnTime")));

        assertThat(decoded.text()).isEqualTo("UBND xã Thạch Hạ");
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.TCVN3);
    }

    @Test
    void decodesASingleRunAsACell() {
        assertThat(LegacyText.decodeRuns(List.of(new TextRun("x· Th¹ch H¹", ".VnTime"))))
                .isEqualTo(LegacyText.decodeCell("x· Th¹ch H¹", ".VnTime"));
    }

    @Test
    void decodesNoRunsAsEmptyText() {
        DecodedText decoded = LegacyText.decodeRuns(List.of());

        assertThat(decoded.text()).isEmpty();
        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UNICODE);
    }

    @Test
    void keepsTheSoftHyphenOfARunBoundary() {
        DecodedText decoded = LegacyText.decodeRuns(List.of(
                new TextRun("Ph", ".VnTime"),
                new TextRun("\u00AD", ".VnTime"),
                new TextRun("êng", ".VnTime")));

        assertThat(decoded.text()).isEqualTo("Phường");
    }
}
