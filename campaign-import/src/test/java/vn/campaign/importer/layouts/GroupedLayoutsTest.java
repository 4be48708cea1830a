package vn.campaign.importer.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.SheetReport;
import vn.campaign.importer.report.WorkLine;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.sheet.ReadRow;
import vn.campaign.importer.sheet.SheetRead;
import vn.campaign.importer.sheet.SkippedRow;
import vn.campaign.importer.sheet.SpreadsheetReader;
import vn.campaign.importer.sheet.UnitNames;

/**
 * Each quirk of the grouped layouts offices exchange, in a workbook built by hand: headers over two, three and
 * four rows with merged parents and each form of column-numbering row, units as numbered group rows (a number
 * in the STT column or before the name, "UBND", a name without "Phường") inside Roman groups with their works
 * as bullet rows, totals, notes, units of measure and signature blocks, and a sheet that is no list.
 */
class GroupedLayoutsTest {

    private static final Map<String, String> UNIT_NAMES = HaTinhCity.units().stream()
            .collect(Collectors.toMap(u -> u.code().value(), Unit::name, (a, b) -> a));

    @TempDir
    Path dir;

    @Test
    void readsAThreeRowHeaderWithAnAmountSplitByFundingAndUnitsAsNumberedGroupRows() {
        Book book = new Book();
        book.sheet("Biểu 01")
                .row(1, "UBND THÀNH PHỐ HÀ TĨNH")
                .row(2, "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG")
                .row(3, "", "", "", "", "", "ĐVT: triệu đồng")
                .row(4, "STT", "Đơn vị, tên công trình", "Loại", "Thời gian", "Kinh phí dự kiến", "", "", "Gắn biển")
                .row(5, "", "", "", "", "Tổng số", "Trong đó")
                .row(6, "", "", "", "", "", "Ngân sách", "Xã hội hóa")
                .row(7, "A", "B", "C", "D", "1=2+3", "2", "3", "E")
                .row(8, "I", "CÁC PHƯỜNG")
                .row(9, 1, "Phường Bắc Hà")
                .row(10, "-", "Nhà văn hóa tổ dân phố 3", "Khánh thành", "19/05/2022", 1200, 1200, "", "x")
                .row(11, "+", "Cổng chào phường Bắc Hà", "Khởi công", "20/05/2022", 500, "", 500)
                .row(12, "2.", "Trần Phú")
                .row(13, "", "- Vỉa hè đường Hà Huy Tập", "Khánh thành", "25/05/2022", 300.5, 300.5)
                .row(14, "", "Cộng khối phường", "", "", 2000.5, 1500.5, 500)
                .row(15, "II", "CÁC XÃ")
                .row(16, "", "3. UBND xã Thạch Trung")
                .row(17, "•", "Đường giao thông nông thôn", "Khánh thành", "10/05/2022", 800, 400, 400)
                .row(18, "", "Cộng", "", "", 800, 400, 400)
                .row(19, "", "TỔNG CỘNG (I+II)", "", "", 2800.5, 1900.5, 900)
                .row(20, "", "Tổng số: 4 công trình")
                .row(21, "Ghi chú: số liệu tạm tính đến ngày báo cáo")
                .row(22, "Lưu ý: các xã chưa báo cáo bổ sung sau")
                .row(24, "", "Người lập biểu", "", "", "TM. ỦY BAN NHÂN DÂN")
                .row(25, "", "", "", "", "CHỦ TỊCH")
                .row(28, "", "Nguyễn Văn A", "", "", "Trần Văn B")
                .merge("F3:H3", "A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:G4", "H4:H6", "E5:E6", "F5:G5");
        Path file = book.write(dir.resolve("bieu-01.xlsx"));

        SheetRead sheet = read(file).get(0);
        assertThat(sheet.layout().header().firstRow()).isEqualTo(4);
        assertThat(sheet.layout().header().lastRow()).isEqualTo(6);
        assertThat(sheet.layout().mapping().letters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Field.SEQUENCE, "A", Field.NAME, "B", Field.KIND, "C", Field.PLANNED_DATE, "D", Field.AMOUNT, "E",
                Field.PLAQUE, "H"));
        assertThat(sheet.layout().mapping().column(Field.AMOUNT).orElseThrow().header())
                .isEqualTo("Kinh phí dự kiến / Tổng số");
        assertThat(sheet.layout().notes()).contains(
                "column F (\"Kinh phí dự kiến / Trong đó / Ngân sách\") is a funding split of the amount, read for "
                        + "the funding source \"Ngân sách\"");
        assertThat(describe(sheet.rows())).containsExactly(
                "1 TITLE", "2 TITLE", "3 TITLE", "4 HEADER", "5 HEADER", "6 HEADER", "7 HEADER",
                "8 GROUP I CÁC PHƯỜNG", "9 GROUP 1 Phường Bắc Hà",
                "10 Phường Bắc Hà: Nhà văn hóa tổ dân phố 3", "11 Phường Bắc Hà: Cổng chào phường Bắc Hà",
                "12 GROUP 2. Trần Phú", "13 Trần Phú: Vỉa hè đường Hà Huy Tập",
                "14 TOTAL", "15 GROUP II CÁC XÃ", "16 GROUP 3. UBND xã Thạch Trung",
                "17 xã Thạch Trung: Đường giao thông nông thôn", "18 TOTAL", "19 TOTAL", "20 TOTAL",
                "21 NOTE", "22 NOTE", "23 BLANK", "24 FOOTER", "25 FOOTER", "26-27 BLANK", "28 FOOTER");
        assertThat(sheet.dataRows()).allSatisfy(row -> assertThat(row.value(Field.SEQUENCE)).isEmpty());

        FileReport report = dryRun(file);
        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(4, 4, 0);
        assertThat(report.works().stream().map(GroupedLayoutsTest::work)).containsExactly(
                "Phường Bắc Hà | Nhà văn hóa tổ dân phố 3 | INAUGURATION | 2022-05-19 | 1200000000 | Ngân sách | true",
                "Phường Bắc Hà | Cổng chào phường Bắc Hà | GROUNDBREAKING | 2022-05-20 | 500000000 | Xã hội hóa | false",
                "Phường Trần Phú | Vỉa hè đường Hà Huy Tập | INAUGURATION | 2022-05-25 | 300500000 | Ngân sách | false",
                "Xã Thạch Trung | Đường giao thông nông thôn | INAUGURATION | 2022-05-10 | 800000000 "
                        + "| Ngân sách, Xã hội hóa | false");
        assertThat(report.counts().skippedByReason()).containsEntry("TOTAL", 4).containsEntry("NOTE", 2)
                .containsEntry("GROUP", 5).containsEntry("FOOTER", 3);
    }

    @Test
    void readsAFourRowHeaderWithAUnitColumnABracketedNumberingRowAndAUnitOfMeasureLineUnderIt() {
        Book book = new Book();
        book.sheet("Đăng ký")
                .row(1, "DANH SÁCH ĐĂNG KÝ CÔNG TRÌNH")
                .row(3, "STT", "Đơn vị", "Tên công trình", "Nội dung đăng ký")
                .row(4, "", "", "", "Loại", "Thời gian", "Kinh phí")
                .row(5, "", "", "", "", "", "Tổng cộng", "Trong đó")
                .row(6, "", "", "", "", "", "", "Vốn ngân sách", "Vốn xã hội hóa", "Chưa rõ nguồn vốn")
                .row(7, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)")
                .row(8, "Đơn vị tính: nghìn đồng")
                .row(9, 1, "P. Nam Hà", "Công viên Nam Hà", "Khánh thành", "28/05/2022", 1800000, "", "", 1800000)
                .row(10, 2, "Xã Thạch Hạ", "Trường mầm non Thạch Hạ", "KC", "10/05/2022", 2500000, "", 2500000)
                .row(11, "", "Tổng cộng", "", "", "", 4300000, "", 2500000, 1800000)
                .merge("A3:A6", "B3:B6", "C3:C6", "D3:I3", "D4:D6", "E4:E6", "F4:I4", "F5:F6", "G5:I5");
        Path file = book.write(dir.resolve("dang-ky.xlsx"));

        SheetRead sheet = read(file).get(0);
        assertThat(sheet.layout().header().firstRow()).isEqualTo(3);
        assertThat(sheet.layout().header().lastRow()).isEqualTo(6);
        assertThat(sheet.layout().mapping().letters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Field.SEQUENCE, "A", Field.UNIT, "B", Field.NAME, "C", Field.KIND, "D", Field.PLANNED_DATE, "E",
                Field.AMOUNT, "F"));
        assertThat(sheet.layout().titles()).contains("Đơn vị tính: nghìn đồng");
        assertThat(describe(sheet.rows())).containsExactly("1 TITLE", "2 BLANK", "3 HEADER", "4 HEADER", "5 HEADER",
                "6 HEADER", "7 HEADER", "8 NOTE", "9 P. Nam Hà: Công viên Nam Hà", "10 Xã Thạch Hạ: Trường mầm non Thạch Hạ",
                "11 TOTAL");

        FileReport report = dryRun(file);
        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(2, 2, 0);
        assertThat(report.works().stream().map(GroupedLayoutsTest::work)).containsExactly(
                "Phường Nam Hà | Công viên Nam Hà | INAUGURATION | 2022-05-28 | 1800000000 | null | false",
                "Xã Thạch Hạ | Trường mầm non Thạch Hạ | GROUNDBREAKING | 2022-05-10 | 2500000000 | Vốn xã hội hóa | false");
    }

    @Test
    void readsATwoRowHeaderWithANumericNumberingRowAndTheUnitOfMeasureInTheAmountHeader() {
        Book book = new Book();
        book.sheet("Sheet1")
                .row(1, "STT", "Tên đơn vị / công trình", "Loại", "Thời gian", "", "Kinh phí (tỷ đồng)")
                .row(2, "", "", "", "Khởi công", "Khánh thành")
                .row(3, 1, 2, 3, 4, 5, 6)
                .row(4, "1. Phường Tân Giang")
                .row(5, "-", "Nhà đa năng", "Khánh thành", "", "02/06/2022", 1.25)
                .row(6, "2. Bắc Hà")
                .row(7, "-", "Sân vận động", "Khởi công", "15/05/2022", "", 3)
                .merge("A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2");
        Path file = book.write(dir.resolve("two-rows.xlsx"));

        SheetRead sheet = read(file).get(0);
        assertThat(sheet.layout().header().lastRow()).isEqualTo(2);
        assertThat(describe(sheet.rows())).containsExactly("1 HEADER", "2 HEADER", "3 HEADER",
                "4 GROUP 1. Phường Tân Giang", "5 Phường Tân Giang: Nhà đa năng", "6 GROUP 2. Bắc Hà",
                "7 Bắc Hà: Sân vận động");

        FileReport report = dryRun(file);
        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(2, 2, 0);
        assertThat(report.works()).extracting(WorkLine::unitCode, WorkLine::investmentVnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple("18079", 1_250_000_000L),
                org.assertj.core.groups.Tuple.tuple("18076", 3_000_000_000L));
    }

    @Test
    void skipsASecondSheetThatListsNoRegistrationsAndASheetWithoutATable() {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian", "Kinh phí")
                .row(2, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)")
                .row(3, 1, "Phường Đại Nài", "Nhà văn hóa", "Khánh thành", "12/05/2022", 700000000);
        book.sheet("Tổng hợp")
                .row(1, "TỔNG HỢP KẾT QUẢ")
                .row(2, "STT", "Đơn vị", "Đăng ký ít nhất 01 công trình chào mừng", "Đánh giá chung")
                .row(3, "I", "CÁC PHƯỜNG")
                .row(4, 1, "Phường Đại Nài", "đã đạt", "Đạt")
                .row(5, 2, "Phường Nam Hà", "chưa đăng ký", "Chưa đạt")
                .row(6, "", "Số đơn vị đã đạt", 1, 1);
        book.sheet("Gắn biển")
                .row(1, "STT", "Tên công trình", "Đơn vị", "Căn cứ")
                .row(2, 1, "Nhà văn hóa", "Phường Đại Nài", "Đơn vị đề nghị gắn biển");
        book.sheet("Hướng dẫn")
                .row(1, "Điền mỗi công trình một dòng");
        Path file = book.write(dir.resolve("nhieu-sheet.xlsx"));

        FileReport report = dryRun(file);

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(1, 1, 0);
        assertThat(report.issues()).noneMatch(i -> i.severity().name().equals("ERROR"));
        assertThat(report.sheets()).extracting(SheetReport::name, SheetReport::kindEvidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Công trình",
                        report.sheets().get(0).kindEvidence()),
                org.assertj.core.groups.Tuple.tuple("Tổng hợp", "not a list of registrations"),
                org.assertj.core.groups.Tuple.tuple("Gắn biển", "not a list of registrations"),
                org.assertj.core.groups.Tuple.tuple("Hướng dẫn", "no header"));
        assertThat(report.sheets().get(1).skippedRows()).containsExactly(Map.entry("NOT_REGISTRATIONS", 6));
        assertThat(report.sheets().get(1).notes()).singleElement().asString().contains("lists no registrations");
        assertThat(report.sheets().get(0).skippedRows()).containsExactly(Map.entry("HEADER", 2));
    }

    @Test
    void readsATwoRowHeaderOfACsvFileWithoutMergesAndItsGroupRowsAndTotals() throws java.io.IOException {
        Path file = dir.resolve("bieu.csv");
        java.nio.file.Files.writeString(file, String.join("\n",
                "BIỂU TỔNG HỢP CÔNG TRÌNH",
                "STT,Tên đơn vị / công trình,Loại công trình,Ngày dự kiến,Kinh phí (triệu đồng),,",
                ",,,,Tổng số,Ngân sách,Xã hội hóa",
                "1,2,3,4,5,6,7",
                "I,CÁC XÃ,,,,,",
                "1,Xã Thạch Hưng,,,,,",
                "-,Nhà văn hóa thôn Hưng Phú,Khánh thành,05/05/2022,450,,450",
                ",Cộng,,,450,,450",
                ",TỔNG CỘNG,,,450,,450",
                "Lưu ý: số liệu do các xã tự báo cáo",
                ""), java.nio.charset.StandardCharsets.UTF_8);

        FileReport report = dryRun(file);

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(1, 1, 0);
        assertThat(report.works().stream().map(GroupedLayoutsTest::work)).containsExactly(
                "Xã Thạch Hưng | Nhà văn hóa thôn Hưng Phú | INAUGURATION | 2022-05-05 | 450000000 | Xã hội hóa | false");
        assertThat(report.sheets().get(0).headerFirstRow()).isEqualTo(2);
        assertThat(report.sheets().get(0).headerLastRow()).isEqualTo(3);
        assertThat(report.counts().skippedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of("TITLE", 1,
                "HEADER", 3, "GROUP", 2, "TOTAL", 2, "NOTE", 1));
    }

    private List<SheetRead> read(Path file) {
        return new SpreadsheetReader(ReadOptions.defaults().withUnitNames(UnitNames.of(HaTinhCity.units())))
                .readAll(file).sheets();
    }

    private static FileReport dryRun(Path file) {
        return ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemUTC()))
                .importFile(file, String.valueOf(file.getFileName()), "CT32-2022", ImportListener.NONE);
    }

    /** A skipped row as "14 TOTAL" (a group heading with its text), a data row as "10 unit: name". */
    private static List<String> describe(List<ReadRow> rows) {
        return rows.stream().map(row -> {
            if (row instanceof SkippedRow skipped) {
                String numbers = skipped.rowNumber() == skipped.lastRowNumber() ? String.valueOf(skipped.rowNumber())
                        : skipped.rowNumber() + "-" + skipped.lastRowNumber();
                return numbers + " " + skipped.reason()
                        + (skipped.reason().name().equals("GROUP") ? " " + skipped.detail() : "");
            }
            DataRow data = (DataRow) row;
            return data.rowNumber() + " " + data.unit() + ": " + data.text(Field.NAME);
        }).toList();
    }

    private static String work(WorkLine w) {
        return UNIT_NAMES.get(w.unitCode()) + " | " + w.name() + " | " + w.kind() + " | " + w.plannedOn() + " | "
                + w.investmentVnd() + " | " + w.fundingSource() + " | " + w.plaqueRequested();
    }
}
