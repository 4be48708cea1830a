package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.FileType;

class WorksLegacyXlsFixtureTest {

    private static WorkbookRead read;
    private static SheetRead sheet;

    @BeforeAll
    static void readFixture() {
        read = SpreadsheetReader.withDefaults().readAll(Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS));
        sheet = read.sheets().get(0);
    }

    @Test
    void readsTheBiff8WorkbookThroughHssf() {
        assertThat(read.type()).isEqualTo(FileType.XLS);
        assertThat(sheet.layout().sheet()).isEqualTo("Danh sach");
        assertThat(sheet.layout().kind()).isEqualTo(SheetKind.WORKS);
    }

    @Test
    void doesNotTakeATitleMergedAcrossTheSheetForTheUpperHeaderRow() {
        assertThat(sheet.layout().header().firstRow()).isEqualTo(3);
        assertThat(sheet.layout().header().lastRow()).isEqualTo(3);
        assertThat(sheet.layout().mapping().letters()).containsExactly(
                Map.entry(Field.SEQUENCE, "A"), Map.entry(Field.UNIT, "B"), Map.entry(Field.NAME, "C"),
                Map.entry(Field.KIND, "D"), Map.entry(Field.PLANNED_DATE, "E"), Map.entry(Field.AMOUNT, "F"),
                Map.entry(Field.FUNDING_SOURCE, "H"), Map.entry(Field.INVESTOR, "G"), Map.entry(Field.PLAQUE, "I"));
        assertThat(sheet.layout().mapping().column(Field.AMOUNT).orElseThrow().header())
                .isEqualTo("Kinh phí (triệu đồng)");
    }

    @Test
    void decodesTheVniBodyAndReadsEveryRow() {
        assertThat(Rows.describe(sheet)).containsExactly(
                "1 TITLE ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH",
                "2 TITLE DANH SÁCH CÔNG TRÌNH KHÁNH THÀNH, KHỞI CÔNG CHÀO MỪNG",
                "3 HEADER STT | Phường, xã | Tên công trình | Loại | Ngày khánh thành | Kinh phí (triệu đồng)"
                        + " | Chủ đầu tư | Nguồn vốn | Gắn biển",
                "4 | Phường Đại Nài (COLUMN) | SEQUENCE@A=1 | UNIT@B=Phường Đại Nài | NAME@C=Trạm y tế phường Đại Nài"
                        + " | KIND@D=Khánh thành | PLANNED_DATE@E=2022-05-28 | AMOUNT@F=1200"
                        + " | FUNDING_SOURCE@H=Ngân sách phường | INVESTOR@G=UBND phường Đại Nài | PLAQUE@I=có",
                "5 | Xã Đồng Môn (COLUMN) | SEQUENCE@A=2 | UNIT@B=Xã Đồng Môn | NAME@C=Đường liên thôn Đồng Môn"
                        + " | KIND@D=KC | PLANNED_DATE@E=28/5/2022 | AMOUNT@F=3500"
                        + " | FUNDING_SOURCE@H=Ngân sách tỉnh, xã hội hóa | INVESTOR@G=UBND xã Đồng Môn | PLAQUE@I=x",
                "6 | Phường Thạch Quý (COLUMN) | SEQUENCE@A=3 | UNIT@B=Phường Thạch Quý"
                        + " | NAME@C=Nhà văn hóa khối phố 2 | KIND@D=Khánh thành | PLANNED_DATE@E=tháng 6/2022"
                        + " | AMOUNT@F=650.5 | FUNDING_SOURCE@H=Xã hội hóa | INVESTOR@G=UBND phường Thạch Quý",
                "7 TOTAL Tổng cộng");
    }

    @Test
    void keepsTheVniBytesAndTheNumbers() {
        DataRow first = sheet.dataRows().get(0);
        assertThat(first.value(Field.UNIT).orElseThrow().raw()).isEqualTo("Ph\u00F6\u00F4\u00F8ng \u00D1a\u00EFi Na\u00F8i");
        assertThat(first.value(Field.AMOUNT).orElseThrow().number()).isEqualTo(new BigDecimal("1200"));
        assertThat(first.value(Field.PLANNED_DATE).orElseThrow().kind()).isEqualTo(CellKind.DATE);
        assertThat(sheet.dataRows().get(2).value(Field.AMOUNT).orElseThrow().number())
                .isEqualTo(new BigDecimal("650.5"));
        assertThat(sheet.summary().encodings()).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo("font \"VNI-Times\"");
            assertThat(d.encoding()).isEqualTo(TextEncoding.VNI);
            assertThat(d.evidence()).isEqualTo("font \"VNI-Times\" is a VNI (VNI-…) font");
        });
        assertThat(sheet.summary().formulaCells()).isEqualTo(1);
    }
}
