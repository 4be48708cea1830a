package vn.campaign.importer.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.WorkLine;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;

/**
 * One regression test per quirk of issue 12 that {@link GroupedLayoutsTest} does not cover: runs of days in
 * one cell, a day without its year, Excel serials, written-out dates in legacy encodings, kind abbreviations
 * and the kind read from the name, the unit from a title row, the sheet name or the file name, unit names as
 * people write them, pivot tables, totals in every form, repeated headers and hidden rows.
 */
class LegacyQuirksTest {

    private static final Map<String, String> UNIT_NAMES = HaTinhCity.units().stream()
            .collect(Collectors.toMap(u -> u.code().value(), Unit::name, (a, b) -> a));

    @TempDir
    Path dir;

    @Test
    void runsOfDaysInOneCellGiveAnEventItsStartAndEnd() {
        Book book = new Book();
        book.sheet("Sự kiện")
                .row(1, "STT", "Đơn vị", "Tên sự kiện", "Loại", "Thời gian tổ chức")
                .row(2, 1, "Phường Bắc Hà", "Giải bóng chuyền", "Thể thao", "12-14/5/2022")
                .row(3, 2, "Phường Nam Hà", "Hội diễn văn nghệ", "Văn hóa", "30/4 - 02/5/2022")
                .row(4, 3, "Xã Thạch Hạ", "Lễ hội cầu ngư", "Lễ hội", "Từ ngày 3/6 đến ngày 5/6/2022")
                .row(5, 4, "Phường Trần Phú", "Giải cờ tướng", "Thể thao", "12/5-14/5/2022")
                .row(6, 5, "Phường Đại Nài", "Đêm nhạc", "Văn hóa", "19/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("su-kien.xlsx")));

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(5, 5, 0);
        assertThat(report.events()).extracting(EventLine::unitFrom).containsOnly("column");
        assertThat(report.events().stream().map(e -> e.name() + " " + e.startsOn() + ".." + e.endsOn())).containsExactly(
                "Giải bóng chuyền 2022-05-12..2022-05-14", "Hội diễn văn nghệ 2022-04-30..2022-05-02",
                "Lễ hội cầu ngư 2022-06-03..2022-06-05", "Giải cờ tướng 2022-05-12..2022-05-14",
                "Đêm nhạc 2022-05-19..null");
    }

    @Test
    void aDayWithoutItsYearTakesTheCampaignsYearWithAWarning() {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày khánh thành")
                .row(2, 1, "Phường Bắc Hà", "Nhà văn hóa tổ 4", "Khánh thành", "19/5");

        FileReport report = dryRun(book.write(dir.resolve("khong-nam.xlsx")));

        assertThat(report.works()).extracting(WorkLine::plannedOn).containsExactly(java.time.LocalDate.of(2022, 5, 19));
        assertThat(codes(report)).contains("DATE_YEAR_ASSUMED");
    }

    @Test
    void anExcelSerialInAGeneralCellOrWrittenAsTextIsADay() throws IOException {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày khánh thành")
                .row(2, 1, "Phường Bắc Hà", "Nhà văn hóa tổ 4", "Khánh thành", 44700);
        Path csv = dir.resolve("serial.csv");
        Files.writeString(csv, "STT,Đơn vị,Tên công trình,Loại,Ngày khánh thành\n1,Phường Nam Hà,Cổng chào,KT,44701\n",
                StandardCharsets.UTF_8);

        assertThat(dryRun(book.write(dir.resolve("serial.xlsx"))).works()).extracting(WorkLine::plannedOn)
                .containsExactly(java.time.LocalDate.of(2022, 5, 19));
        assertThat(dryRun(csv).works()).extracting(WorkLine::plannedOn).containsExactly(java.time.LocalDate.of(2022, 5, 20));
    }

    @Test
    void writtenOutDatesAreReadInUnicodeTcvn3AndVni() throws IOException {
        String text = "STT,Đơn vị,Tên lễ hội,Loại,Thời gian\n"
                + "1,Phường Bắc Hà,Lễ hội đền Bắc Hà,Lễ hội,Ngày 19 tháng 5 năm 2022\n"
                + "2,Xã Thạch Hạ,Giải đua thuyền,Thể thao,ngày 20/5/2022\n"
                + "3,Phường Nam Hà,Hội thi văn nghệ,Văn hóa,Từ ngày 3/6 đến ngày 5/6/2022\n";
        for (TextEncoding encoding : List.of(TextEncoding.UNICODE, TextEncoding.TCVN3, TextEncoding.VNI)) {
            Path file = dir.resolve("le-hoi-" + encoding + ".csv");
            Files.write(file, encoding == TextEncoding.UNICODE ? text.getBytes(StandardCharsets.UTF_8)
                    : LegacyText.encode(text, encoding).getBytes(StandardCharsets.ISO_8859_1));

            FileReport report = dryRun(file);

            assertThat(report.events()).as("%s", encoding)
                    .extracting(e -> e.name() + " " + e.startsOn() + ".." + e.endsOn()).containsExactly(
                            "Lễ hội đền Bắc Hà 2022-05-19..null", "Giải đua thuyền 2022-05-20..null",
                            "Hội thi văn nghệ 2022-06-03..2022-06-05");
        }
    }

    @Test
    void kindAbbreviationsAreReadAsTheirWords() {
        Book book = new Book();
        book.sheet("Sự kiện")
                .row(1, "STT", "Đơn vị", "Tên sự kiện", "Loại", "Ngày tổ chức")
                .row(2, 1, "Phường Bắc Hà", "Giải việt dã", "TDTT", "12/5/2022")
                .row(3, 2, "Phường Nam Hà", "Hội diễn", "VH-VN", "13/5/2022")
                .row(4, 3, "Phường Trần Phú", "Liên hoan", "VHVN", "14/5/2022");
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Phường Bắc Hà", "Cổng chào", "KC", "12/5/2022")
                .row(3, 2, "Phường Nam Hà", "Nhà văn hóa", "KT", "13/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("viet-tat.xlsx")));

        assertThat(report.counts().rejected()).isZero();
        assertThat(report.events()).extracting(e -> e.kind().name()).containsExactly("SPORTS", "CULTURAL", "CULTURAL");
        assertThat(report.works()).extracting(w -> w.kind().name()).containsExactly("GROUNDBREAKING", "INAUGURATION");
    }

    @Test
    void anEmptyOrUnreadableKindIsReadFromTheNameWithAWarning() {
        Book book = new Book();
        book.sheet("Sự kiện")
                .row(1, "STT", "Đơn vị", "Tên sự kiện", "Loại", "Ngày tổ chức")
                .row(2, 1, "Phường Bắc Hà", "Giải bóng đá thiếu niên", "", "12/5/2022")
                .row(3, 2, "Xã Thạch Hạ", "Lễ hội cầu ngư", "???", "13/5/2022");
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Phường Bắc Hà", "Khánh thành nhà văn hóa tổ 5", "", "12/5/2022")
                .row(3, 2, "Phường Nam Hà", "Khởi công đường Nguyễn Du", "", "13/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("loai-theo-ten.xlsx")));

        assertThat(report.counts().rejected()).isZero();
        assertThat(report.events()).extracting(e -> e.kind().name()).containsExactly("SPORTS", "TRADITIONAL_FESTIVAL");
        assertThat(report.works()).extracting(w -> w.kind().name()).containsExactly("INAUGURATION", "GROUNDBREAKING");
        assertThat(codes(report)).contains("EVENT_KIND_FROM_NAME", "WORK_KIND_FROM_NAME");
    }

    @Test
    void withoutAUnitColumnTheUnitComesFromTheTitleRowAndTheReportSaysSo() {
        Book book = new Book();
        book.sheet("Sheet1")
                .row(1, "UBND THÀNH PHỐ HÀ TĨNH")
                .row(2, "UBND PHƯỜNG VĂN YÊN")
                .row(3, "DANH SÁCH CÔNG TRÌNH CHÀO MỪNG")
                .row(4, "STT", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(5, 1, "Nhà văn hóa tổ 1", "Khánh thành", "12/5/2022");
        book.sheet("Sheet2")
                .row(1, "Đơn vị: Xã Thạch Bình")
                .row(2, "STT", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(3, 1, "Đường liên thôn", "Khởi công", "13/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("tieu-de.xlsx")));

        assertThat(report.works().stream().map(w -> UNIT_NAMES.get(w.unitCode())))
                .containsExactly("Phường Văn Yên", "Xã Thạch Bình");
        assertThat(report.works()).extracting(WorkLine::unitFrom).containsExactly("title", "title");
        assertThat(report.issues()).filteredOn(i -> i.code().name().equals("UNIT_NOT_ON_ROW"))
                .extracting(i -> i.message().en()).containsExactly(
                        "The row names no unit; the unit \"Phường Văn Yên\" was taken from a title row.",
                        "The row names no unit; the unit \"Xã Thạch Bình\" was taken from a title row.");
        assertThat(report.sheets().get(0).notes()).contains("the sheet has no unit column: rows without a group heading"
                + " naming a unit belong to \"Phường Văn Yên\", named by the title rows (\"Thành phố Hà Tĩnh\","
                + " \"Phường Văn Yên\")");
    }

    @Test
    void withoutAUnitColumnOrTitleTheUnitComesFromTheSheetNameThenTheFileName() {
        Book book = new Book();
        book.sheet("P. Tân Giang")
                .row(1, "STT", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Nhà văn hóa tổ 2", "Khánh thành", "12/5/2022");
        book.sheet("Sheet2")
                .row(1, "STT", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Cổng làng", "Khánh thành", "14/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("dang-ky-xa-thach-hung.xlsx")));

        assertThat(report.works().stream().map(w -> UNIT_NAMES.get(w.unitCode())))
                .containsExactly("Phường Tân Giang", "Xã Thạch Hưng");
        assertThat(report.works()).extracting(WorkLine::unitFrom).containsExactly("sheet name", "file name");
        assertThat(report.issues()).filteredOn(i -> i.code().name().equals("UNIT_NOT_ON_ROW"))
                .extracting(i -> i.message().en()).containsExactly(
                        "The row names no unit; the unit \"Phường Tân Giang\" was taken from the sheet name.",
                        "The row names no unit; the unit \"Xã Thạch Hưng\" was taken from the file name.");
    }

    @Test
    void theRowAndItsGroupRowComeBeforeTheTitleSheetAndFileName() {
        Book book = new Book();
        book.sheet("Bắc Hà")
                .row(1, "UBND PHƯỜNG NAM HÀ")
                .row(2, "STT", "Tên đơn vị, công trình", "Loại", "Ngày dự kiến")
                .row(3, 1, "Nhà văn hóa tổ 3", "Khánh thành", "12/5/2022")
                .row(4, "2", "Phường Trần Phú")
                .row(5, "-", "Vỉa hè", "Khánh thành", "13/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("xa-thach-ha.xlsx")));

        assertThat(report.works().stream().map(w -> UNIT_NAMES.get(w.unitCode()) + ": " + w.name()))
                .containsExactly("Phường Nam Hà: Nhà văn hóa tổ 3", "Phường Trần Phú: Vỉa hè");
        assertThat(report.works()).extracting(WorkLine::unitFrom).containsExactly("title", "group row");
    }

    @Test
    void unitNamesAreReadAsPeopleWriteThemAndAFragmentOfSeveralIsAmbiguous() {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "UBND phường Bắc Hà", "Công trình 1", "KT", "12/5/2022")
                .row(3, 2, "Ủy ban nhân dân xã Thạch Hạ", "Công trình 2", "KT", "12/5/2022")
                .row(4, 3, "P Nam Hà", "Công trình 3", "KT", "12/5/2022")
                .row(5, 4, "TP", "Công trình 4", "KT", "12/5/2022")
                .row(6, 5, "Thành phố", "Công trình 5", "KT", "12/5/2022")
                .row(7, 6, "TP Hà Tĩnh", "Công trình 6", "KT", "12/5/2022")
                .row(8, 7, "Thạch", "Công trình 7", "KT", "12/5/2022");

        FileReport report = dryRun(book.write(dir.resolve("ten-don-vi.xlsx")));

        assertThat(report.works().stream().map(w -> UNIT_NAMES.get(w.unitCode()))).containsExactly("Phường Bắc Hà",
                "Xã Thạch Hạ", "Phường Nam Hà", "Thành phố Hà Tĩnh", "Thành phố Hà Tĩnh", "Thành phố Hà Tĩnh");
        assertThat(report.counts().rejected()).isEqualTo(1);
        Issue ambiguous = report.issues().stream().filter(i -> i.code().name().equals("UNIT_AMBIGUOUS")).findFirst()
                .orElseThrow();
        assertThat(ambiguous.row()).isEqualTo(8);
        assertThat(ambiguous.message().en()).contains("Phường Thạch Linh", "Phường Thạch Quý", "Xã Thạch Trung",
                "Xã Thạch Hạ", "Xã Thạch Hưng", "Xã Thạch Bình");
    }

    @Test
    void pivotTablesAndTheirSummarySheetsAreSkippedNeverRejected() {
        Book book = new Book();
        book.sheet("Data")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Phường Bắc Hà", "Nhà văn hóa", "KT", "12/5/2022")
                .row(3, 2, "Phường Nam Hà", "Cổng chào", "KC", "13/5/2022");
        book.sheet("Pivot").pivotOf("'Data'!B1:C3");
        book.sheet("Tổng hợp EN")
                .row(1, "Row Labels", "Count of Tên công trình", "Sum of Kinh phí")
                .row(2, "Phường Bắc Hà", 1, 100)
                .row(3, "Grand Total", 1, 100);
        book.sheet("Tổng hợp VN")
                .row(1, "Nhãn Hàng", "Đếm Tên công trình", "Tổng của Kinh phí")
                .row(2, "Phường Bắc Hà", 1, 100)
                .row(3, "Tổng Cuối", 1, 100);

        FileReport report = dryRun(book.write(dir.resolve("pivot.xlsx")));

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(2, 2, 0);
        assertThat(report.sheets().subList(1, 4)).allSatisfy(sheet -> {
            assertThat(sheet.kindEvidence()).isEqualTo("a pivot table, not a list of registrations");
            assertThat(sheet.dataRows()).isZero();
        });
        assertThat(report.sheets().subList(2, 4)).allSatisfy(sheet ->
                assertThat(sheet.skippedRows()).containsExactly(Map.entry("PIVOT", 3)));
        assertThat(report.sheets().get(1).notes()).containsExactly(
                "the workbook stores a pivot table on this sheet; the sheet's rows were skipped");
    }

    @Test
    void totalsNotesAndRepeatedHeadersOfEveryFormAreSkippedWithTheirReason() {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến", "Kinh phí")
                .row(2, 1, "Phường Bắc Hà", "Nhà văn hóa", "KT", "12/5/2022", 100)
                .row(3, "", "", "Cộng", "", "", 100)
                .row(4, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến", "Kinh phí")
                .row(5, 2, "Phường Nam Hà", "Cổng chào", "KC", "13/5/2022", 200)
                .row(6, "", "", "Tổng số: 2 công trình")
                .row(7, "", "", "Grand Total", "", "", 300)
                .row(8, "Ghi chú: số liệu tạm tính")
                .row(9, "Lưu ý: các đơn vị bổ sung sau");

        FileReport report = dryRun(book.write(dir.resolve("tong.xlsx")));

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(2, 2, 0);
        assertThat(report.counts().skippedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of("HEADER", 2, "TOTAL", 3,
                "NOTE", 2));
    }

    @Test
    void hiddenRowsAreSkippedWithAWarningAndTheVisibleRowOfTheSameWorkWins() {
        Book book = new Book();
        book.sheet("Công trình")
                .row(1, "STT", "Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến")
                .row(2, 1, "Phường Bắc Hà", "Nhà văn hóa tổ 7", "KT", "01/5/2022")
                .row(3, 1, "Phường Bắc Hà", "Nhà văn hóa tổ 7", "KT", "19/5/2022")
                .row(4, 2, "Phường Nam Hà", "Cổng chào cũ", "KC", "20/5/2022")
                .hide(2, 4);

        FileReport report = dryRun(book.write(dir.resolve("an-dong.xlsx")));

        assertThat(report.counts()).extracting(Counts::read, Counts::imported, Counts::rejected).containsExactly(1, 1, 0);
        assertThat(report.works()).extracting(WorkLine::row, WorkLine::plannedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, java.time.LocalDate.of(2022, 5, 19)));
        assertThat(report.counts().skippedByReason()).containsEntry("HIDDEN", 2);
        assertThat(report.sheets().get(0).notes()).contains(
                "rows 2, 4 are hidden in the workbook and not part of the sheet as signed: not imported");
    }

    @Test
    void aVniWorkbookOfExcel97ReadsItsWrittenOutDatesAndRunsOfDays() {
        Book book = new Book();
        book.sheet("Le hoi").font("VNI-Times")
                .row(1, vni("STT"), vni("Đơn vị"), vni("Tên lễ hội"), vni("Loại"), vni("Thời gian"))
                .row(2, 1, vni("Phường Bắc Hà"), vni("Lễ hội đền"), vni("Lễ hội"), vni("Ngày 19 tháng 5 năm 2022"))
                .row(3, 2, vni("Xã Thạch Hạ"), vni("Giải bơi"), vni("TDTT"), vni("12-14/5/2022"));

        FileReport report = dryRun(book.write(dir.resolve("le-hoi.xls")));

        assertThat(report.events()).extracting(EventLine::name, EventLine::startsOn, EventLine::endsOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lễ hội đền", java.time.LocalDate.of(2022, 5, 19), null),
                org.assertj.core.groups.Tuple.tuple("Giải bơi", java.time.LocalDate.of(2022, 5, 12),
                        java.time.LocalDate.of(2022, 5, 14)));
    }

    private static String vni(String unicode) {
        return LegacyText.encode(unicode, TextEncoding.VNI);
    }

    private static List<String> codes(FileReport report) {
        return report.issues().stream().map(i -> i.code().name()).toList();
    }

    private static FileReport dryRun(Path file) {
        return ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemUTC()))
                .importFile(file, String.valueOf(file.getFileName()), "CT32-2022", ImportListener.NONE);
    }
}
