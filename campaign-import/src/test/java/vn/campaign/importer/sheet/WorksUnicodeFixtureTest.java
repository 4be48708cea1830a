package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.FileType;

class WorksUnicodeFixtureTest {

    private static WorkbookRead read;
    private static SheetRead sheet;

    @BeforeAll
    static void readFixture() {
        read = SpreadsheetReader.withDefaults().readAll(Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        sheet = read.sheets().get(0);
    }

    @Test
    void readsTheWorkbookAsOneXlsxSheetOfWorks() {
        assertThat(read.type()).isEqualTo(FileType.XLSX);
        assertThat(read.sheets()).hasSize(1);
        assertThat(sheet.layout().sheet()).isEqualTo("Công trình chào mừng");
        assertThat(sheet.layout().kind()).isEqualTo(SheetKind.WORKS);
        assertThat(sheet.layout().kindEvidence()).isEqualTo("the name column's header \"Tên công trình\" names works");
    }

    @Test
    void findsTheTwoRowHeaderWithItsMergedGroupHeading() {
        HeaderRows header = sheet.layout().header();
        assertThat(header.firstRow()).isEqualTo(4);
        assertThat(header.lastRow()).isEqualTo(5);
        assertThat(header.columns()).extracting(HeaderColumn::letter, HeaderColumn::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "STT"),
                org.assertj.core.groups.Tuple.tuple("B", "Đơn vị"),
                org.assertj.core.groups.Tuple.tuple("C", "Tên công trình"),
                org.assertj.core.groups.Tuple.tuple("D", "Loại (khánh thành/khởi công)"),
                org.assertj.core.groups.Tuple.tuple("E", "Thời gian / Dự kiến khánh thành, khởi công"),
                org.assertj.core.groups.Tuple.tuple("F", "Thời gian / Khởi công"),
                org.assertj.core.groups.Tuple.tuple("G", "Thời gian / Hoàn thành"),
                org.assertj.core.groups.Tuple.tuple("H", "Kinh phí cũ (đồng)"),
                org.assertj.core.groups.Tuple.tuple("I", "Tổng mức đầu tư (đồng)"),
                org.assertj.core.groups.Tuple.tuple("J", "Địa điểm"),
                org.assertj.core.groups.Tuple.tuple("K", "Gắn biển"),
                org.assertj.core.groups.Tuple.tuple("L", "Ghi chú"));
    }

    @Test
    void mapsEachFieldToItsColumnBySynonyms() {
        assertThat(sheet.layout().mapping().letters()).containsExactly(
                Map.entry(Field.SEQUENCE, "A"),
                Map.entry(Field.UNIT, "B"),
                Map.entry(Field.NAME, "C"),
                Map.entry(Field.KIND, "D"),
                Map.entry(Field.PLANNED_DATE, "E"),
                Map.entry(Field.START_DATE, "F"),
                Map.entry(Field.END_DATE, "G"),
                Map.entry(Field.LOCATION, "J"),
                Map.entry(Field.AMOUNT, "I"),
                Map.entry(Field.PLAQUE, "K"),
                Map.entry(Field.NOTES, "L"));
        assertThat(sheet.layout().mapping().columns()).allMatch(c -> c.source() == MappingSource.HEADER_SYNONYM);
        assertThat(sheet.layout().mapping().column(Field.AMOUNT).orElseThrow().header())
                .isEqualTo("Tổng mức đầu tư (đồng)");
    }

    @Test
    void leavesTheHiddenColumnOutOfTheMappingAndSaysSo() {
        assertThat(sheet.layout().unmappedColumns()).extracting(HeaderColumn::letter, HeaderColumn::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("H", true));
        assertThat(sheet.layout().notes())
                .containsExactly("column H (\"Kinh phí cũ (đồng)\") is hidden and was not read");
        assertThat(sheet.dataRows()).allMatch(row -> row.values().values().stream().noneMatch(v -> v.column() == 7));
    }

    @Test
    void accountsForEveryRowWithItsReason() {
        assertThat(Rows.describe(sheet)).containsExactly(
                "1 TITLE ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH | ĐẢNG CỘNG SẢN VIỆT NAM",
                "2 TITLE DANH SÁCH CÔNG TRÌNH CHÀO MỪNG 15 NĂM THÀNH LẬP THÀNH PHỐ HÀ TĨNH",
                "3 TITLE (Kèm theo Chỉ thị số 32-CT/Th.Uy ngày 8/4/2022 của Ban Thường vụ Thành ủy)",
                "4 HEADER STT | Đơn vị | Tên công trình | Loại (khánh thành/khởi công) | Thời gian | Kinh phí cũ (đồng)"
                        + " | Tổng mức đầu tư (đồng) | Địa điểm | Gắn biển | Ghi chú",
                "5 HEADER Dự kiến khánh thành, khởi công | Khởi công | Hoàn thành",
                "6 HEADER column numbers under the header",
                "7 | P. Bắc Hà (COLUMN) | SEQUENCE@A=1 | UNIT@B=P. Bắc Hà | NAME@C=Nhà văn hóa tổ dân phố 5"
                        + " | KIND@D=Khánh thành | PLANNED_DATE@E=2022-05-19 | LOCATION@J=Tổ dân phố 5, phường Bắc Hà"
                        + " | AMOUNT@I=1.200.000.000 | PLAQUE@K=x",
                "8 | phường Trần Phú (COLUMN) | SEQUENCE@A=2 | UNIT@B=phường Trần Phú"
                        + " | NAME@C=Đường giao thông nội thị Trần Phú | KIND@D=KC | PLANNED_DATE@E=19/5/2022"
                        + " | START_DATE@F=2022-05-19 | END_DATE@G=Quý IV/2022 | LOCATION@J=Đường Trần Phú"
                        + " | AMOUNT@I=1,2 tỷ | PLAQUE@K=có | NOTES@L=Vốn ngân sách tỉnh",
                "9 | 18100 (COLUMN) | SEQUENCE@A=3 | UNIT@B=18100 | NAME@C=Kênh thoát nước Thạch Hạ"
                        + " | KIND@D=Khởi công | PLANNED_DATE@E=tháng 5/2022 | AMOUNT@I=850 triệu | PLAQUE@K=✓",
                "10 BLANK blank",
                "11 | Xa Thach Ha (COLUMN) | SEQUENCE@A=4 | UNIT@B=Xa Thach Ha | NAME@C=Trường mầm non Thạch Hạ"
                        + " | KIND@D=Khánh thành | PLANNED_DATE@E=Quý II/2022 | AMOUNT@I=2500000000",
                "12 | Phường Nam Hà (COLUMN) | SEQUENCE@A=5 | UNIT@B=Phường Nam Hà | NAME@C=Công viên Nam Hà"
                        + " | KIND@D=Khánh thành | PLANNED_DATE@E=2022-06-15 | AMOUNT@I=1800000000 (formula) | PLAQUE@K=x",
                "13 | Phường Nam Hà (COLUMN) | SEQUENCE@A=6 | UNIT@B=Phường Nam Hà <-merged B12"
                        + " | NAME@C=Cổng chào phường Nam Hà | KIND@D=KC | PLANNED_DATE@E=30/6/2022"
                        + " | START_DATE@F=2022-06-30 | END_DATE@G=tháng 12/2022 | AMOUNT@I=500 triệu",
                "14 TOTAL Tổng cộng",
                "15 BLANK no cells stored",
                "16 FOOTER Hà Tĩnh, ngày 15 tháng 4 năm 2022",
                "17 FOOTER Người lập biểu | TM. BAN THƯỜNG VỤ",
                "18 FOOTER Nguyễn Văn An");
        assertThat(sheet.summary().lastRow()).isEqualTo(18);
        assertThat(sheet.summary().dataRows()).isEqualTo(6);
        assertThat(sheet.summary().skippedRows()).containsExactly(
                Map.entry(SkipReason.TITLE, 3), Map.entry(SkipReason.HEADER, 3), Map.entry(SkipReason.BLANK, 2),
                Map.entry(SkipReason.TOTAL, 1), Map.entry(SkipReason.FOOTER, 3));
    }

    @Test
    void keepsExcelDatesAsDatesWithTheirSerialAndTextDatesAsText() {
        FieldValue excelDate = sheet.dataRows().get(0).value(Field.PLANNED_DATE).orElseThrow();
        assertThat(excelDate.kind()).isEqualTo(CellKind.DATE);
        assertThat(excelDate.number()).isEqualByComparingTo("44700");
        assertThat(excelDate.dateTime()).isEqualTo(LocalDateTime.of(2022, 5, 19, 0, 0));
        assertThat(excelDate.encoding()).isNull();

        FieldValue textDate = sheet.dataRows().get(1).value(Field.PLANNED_DATE).orElseThrow();
        assertThat(textDate.kind()).isEqualTo(CellKind.TEXT);
        assertThat(textDate.raw()).isEqualTo("19/5/2022");
        assertThat(textDate.number()).isNull();
    }

    @Test
    void readsNumbersAsPlainDecimals() {
        FieldValue gsoCode = sheet.dataRows().get(2).value(Field.UNIT).orElseThrow();
        assertThat(gsoCode.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(gsoCode.number()).isEqualTo(new BigDecimal("18100"));
        FieldValue amount = sheet.dataRows().get(3).value(Field.AMOUNT).orElseThrow();
        assertThat(amount.number()).isEqualTo(new BigDecimal("2500000000"));
    }

    @Test
    void readsTheFormulasCachedValueWithoutEvaluatingIt() {
        FieldValue formula = sheet.dataRows().get(4).value(Field.AMOUNT).orElseThrow();
        assertThat(formula.formula()).isTrue();
        assertThat(formula.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(formula.number()).isEqualTo(new BigDecimal("1800000000"));
        assertThat(sheet.summary().formulaCells()).isEqualTo(2);
    }

    @Test
    void takesTheUnitOfAMergedCellForEveryRowItCovers() {
        DataRow below = sheet.dataRows().get(5);
        assertThat(below.rowNumber()).isEqualTo(13);
        assertThat(below.unit()).isEqualTo("Phường Nam Hà");
        assertThat(below.value(Field.UNIT).orElseThrow().mergedFrom()).isEqualTo("B12");
    }

    @Test
    void decidesEveryTextCellIsUnicodeFromItsTimesNewRomanFont() {
        assertThat(sheet.summary().encodings()).singleElement().satisfies(decision -> {
            assertThat(decision.scope()).isEqualTo("font \"Times New Roman\"");
            assertThat(decision.encoding()).isEqualTo(TextEncoding.UNICODE);
            assertThat(decision.firstCell()).isEqualTo("A1");
            assertThat(decision.cells()).isEqualTo(67);
        });
        assertThat(sheet.summary().charset()).isNull();
    }
}
