package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;

class WorksByWardTcvn3FixtureTest {

    private static WorkbookRead read;

    @BeforeAll
    static void readFixture() {
        read = SpreadsheetReader.withDefaults().readAll(Fixtures.path(FixtureGenerator.WORKS_BY_WARD_TCVN3));
    }

    @Test
    void readsOneSheetPerWardInWorkbookOrder() {
        assertThat(read.sheets()).extracting(s -> s.layout().sheet()).containsExactly("Bắc Hà", "Trần Phú", "Các xã");
        assertThat(read.sheets()).allSatisfy(s -> {
            assertThat(s.layout().kind()).isEqualTo(SheetKind.WORKS);
            assertThat(s.layout().header().firstRow()).isEqualTo(4);
            assertThat(s.layout().header().lastRow()).isEqualTo(4);
        });
    }

    @Test
    void decodesTheUpperCaseTcvn3HeaderBeforeMatchingIt() {
        SheetLayout layout = read.sheets().get(0).layout();
        assertThat(layout.header().columns()).extracting(HeaderColumn::text).containsExactly(
                "STT", "TÊN CÔNG TRÌNH", "LOẠI", "THỜI GIAN DỰ KIẾN", "KINH PHÍ (TRIỆU ĐỒNG)", "GẮN BIỂN");
        assertThat(layout.mapping().letters()).containsExactly(
                Map.entry(Field.SEQUENCE, "A"), Map.entry(Field.NAME, "B"), Map.entry(Field.KIND, "C"),
                Map.entry(Field.PLANNED_DATE, "D"), Map.entry(Field.AMOUNT, "E"), Map.entry(Field.PLAQUE, "F"));
        assertThat(layout.mapping().column(Field.UNIT)).isEmpty();
    }

    @Test
    void takesTheUnitFromTheGroupRowAboveAndSkipsGroupAndSubtotalRows() {
        assertThat(Rows.describe(read.sheets().get(0))).containsExactly(
                "1 TITLE ĐẢNG BỘ PHƯỜNG BẮC HÀ",
                "2 TITLE DANH SÁCH CÔNG TRÌNH CHÀO MỪNG",
                "3 BLANK no cells stored",
                "4 HEADER STT | TÊN CÔNG TRÌNH | LOẠI | THỜI GIAN DỰ KIẾN | KINH PHÍ (TRIỆU ĐỒNG) | GẮN BIỂN",
                "5 GROUP I. KHỐI PHƯỜNG",
                "6 GROUP 1. Phường Bắc Hà",
                "7 | Phường Bắc Hà (GROUP_ROW) | SEQUENCE@A=1 | NAME@B=Nhà văn hóa tổ dân phố 3 | KIND@C=Khánh thành"
                        + " | PLANNED_DATE@D=19/5/2022 | AMOUNT@E=1200 | PLAQUE@F=x",
                "8 | Phường Bắc Hà (GROUP_ROW) | SEQUENCE@A=2 | NAME@B=Vỉa hè đường Hà Huy Tập | KIND@C=Khởi công"
                        + " | PLANNED_DATE@D=tháng 6/2022 | AMOUNT@E=850",
                "9 TOTAL Cộng");
        assertThat(read.sheets().get(0).dataRows()).allSatisfy(
                row -> assertThat(row.groups()).containsExactly("KHỐI PHƯỜNG", "Phường Bắc Hà"));
    }

    @Test
    void keepsTheRawTcvn3BytesBesideTheDecodedText() {
        DataRow first = read.sheets().get(0).dataRows().get(0);
        FieldValue name = first.value(Field.NAME).orElseThrow();
        assertThat(name.raw()).isEqualTo("Nh\u00B5 v\u00A8n h\u00E3a t\u00E6 d\u00A9n ph\u00E8 3");
        assertThat(name.text()).isEqualTo("Nhà văn hóa tổ dân phố 3");
        assertThat(name.encoding()).isEqualTo(TextEncoding.TCVN3);
    }

    @Test
    void decodesARichTextCellRunByRun() {
        SheetRead tranPhu = read.sheets().get(1);
        assertThat(Rows.describe(tranPhu).subList(4, 9)).containsExactly(
                "5 GROUP I. KHỐI PHƯỜNG",
                "6 GROUP 1. Phường Trần Phú",
                "7 | Phường Trần Phú (GROUP_ROW) | SEQUENCE@A=1 | NAME@B=Sân vận động phường Trần Phú"
                        + " | KIND@C=Khánh thành | PLANNED_DATE@D=Quý II/2022 | AMOUNT@E=3500 | PLAQUE@F=có",
                "8 | Phường Trần Phú (GROUP_ROW) | SEQUENCE@A=2 | NAME@B=Chợ Hà Tĩnh (cải tạo) | KIND@C=Khởi công"
                        + " | PLANNED_DATE@D=28/5/2022 | AMOUNT@E=15000 | PLAQUE@F=x",
                "9 TOTAL Cộng");
        FieldValue mixed = tranPhu.dataRows().get(0).value(Field.NAME).orElseThrow();
        assertThat(mixed.raw()).isEqualTo("Sân vận động ph\u00ADêng Tr\u00C7n Ph\u00F3");
        assertThat(tranPhu.summary().encodings()).filteredOn(d -> d.scope().equals("rich text")).singleElement()
                .satisfies(d -> {
                    assertThat(d.encoding()).isEqualTo(TextEncoding.TCVN3);
                    assertThat(d.firstCell()).isEqualTo("B7");
                    assertThat(d.evidence()).contains("run 1 UNICODE", "run 2 TCVN3");
                });
    }

    @Test
    void changesTheUnitAtEachGroupRowAndEndsWithTheGrandTotal() {
        assertThat(Rows.describe(read.sheets().get(2)).subList(4, 12)).containsExactly(
                "5 GROUP II. KHỐI XÃ",
                "6 GROUP 1. Xã Thạch Hạ",
                "7 | Xã Thạch Hạ (GROUP_ROW) | SEQUENCE@A=1 | NAME@B=Đường liên thôn Thạch Hạ | KIND@C=Khởi công"
                        + " | PLANNED_DATE@D=15/6/2022 | AMOUNT@E=2300",
                "8 TOTAL Cộng",
                "9 GROUP 2. Xã Đồng Môn",
                "10 | Xã Đồng Môn (GROUP_ROW) | SEQUENCE@A=1 | NAME@B=Nhà văn hóa thôn Đồng Môn | KIND@C=Khánh thành"
                        + " | PLANNED_DATE@D=tháng 5/2022 | AMOUNT@E=700 | PLAQUE@F=x",
                "11 TOTAL Cộng",
                "12 TOTAL Tổng cộng");
        assertThat(read.sheets().get(2).dataRows()).extracting(DataRow::groups).containsExactly(
                java.util.List.of("KHỐI XÃ", "Xã Thạch Hạ"), java.util.List.of("KHỐI XÃ", "Xã Đồng Môn"));
    }

    @Test
    void reportsTheEncodingOfEachFontWithItsEvidence() {
        assertThat(read.sheets().get(2).summary().encodings())
                .extracting(EncodingDecision::scope, EncodingDecision::encoding, EncodingDecision::cells,
                        EncodingDecision::firstCell)
                .containsExactly(
                        tuple("font \"Times New Roman\"", TextEncoding.UNICODE, 2, "A1"),
                        tuple("font \".VnTimeH\"", TextEncoding.TCVN3_UPPER, 7, "A4"),
                        tuple("font \".VnTime\"", TextEncoding.TCVN3, 11, "A6"),
                        tuple("font \".VnTime\"", TextEncoding.UNICODE, 1, "B7"));
    }

    @Test
    void leavesUnicodeTextUnconvertedEvenInATcvn3Font() {
        FieldValue name = read.sheets().get(2).dataRows().get(0).value(Field.NAME).orElseThrow();
        assertThat(name.raw()).isEqualTo("Đường liên thôn Thạch Hạ");
        assertThat(name.encoding()).isEqualTo(TextEncoding.UNICODE);
        assertThat(read.sheets().get(2).summary().encodings()).filteredOn(d -> d.firstCell().equals("B7"))
                .singleElement().extracting(EncodingDecision::evidence).asString()
                .contains("only Unicode text has", "left unconverted");
    }

    @Test
    void countsTheSubtotalFormulas() {
        assertThat(read.sheets()).extracting(s -> s.summary().formulaCells()).containsExactly(1, 1, 3);
    }
}
