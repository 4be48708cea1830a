package vn.campaign.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.rule.Severity;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.SheetRead;
import vn.campaign.importer.sheet.SpreadsheetReader;
import vn.campaign.importer.source.TestFiles;
import vn.campaign.importer.value.AmountUnit;
import vn.campaign.importer.value.DateRange;

class RowParserTest {

    @TempDir
    Path dir;

    private static List<ParsedRow> parse(SheetRead sheet) {
        RowParser parser = new RowParser(sheet.layout());
        return sheet.dataRows().stream().map(parser::parse).toList();
    }

    private static List<ParsedRow> parse(Path file) {
        return parse(SpreadsheetReader.withDefaults().readAll(file).sheets().get(0));
    }

    private static List<String> issues(ParsedRow row) {
        return row.issues().stream().map(i -> i.row() + " " + i.column() + " " + i.code() + " " + i.severity()
                + " [" + i.rawValue() + "]").toList();
    }

    @Test
    void readsEveryValueOfTheUnicodeWorks() {
        List<ParsedRow> rows = parse(Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(rows).extracting(ParsedRow::rowNumber, ParsedRow::type, ParsedRow::sequence, ParsedRow::unit,
                ParsedRow::workKind, ParsedRow::plannedDate, ParsedRow::amount, ParsedRow::plaque).containsExactly(
                tuple(7, RowType.WORK, 1, "P. Bắc Hà", WorkKind.INAUGURATION, DateRange.day(LocalDate.of(2022, 5, 19)),
                        new Vnd(1_200_000_000L), true),
                tuple(8, RowType.WORK, 2, "phường Trần Phú", WorkKind.GROUNDBREAKING,
                        DateRange.day(LocalDate.of(2022, 5, 19)), new Vnd(1_200_000_000L), true),
                tuple(9, RowType.WORK, 3, "18100", WorkKind.GROUNDBREAKING, DateRange.month(YearMonth.of(2022, 5)),
                        new Vnd(850_000_000L), true),
                tuple(11, RowType.WORK, 4, "Xa Thach Ha", WorkKind.INAUGURATION, DateRange.quarter(2022, 2),
                        new Vnd(2_500_000_000L), false),
                tuple(12, RowType.WORK, 5, "Phường Nam Hà", WorkKind.INAUGURATION,
                        DateRange.day(LocalDate.of(2022, 6, 15)), new Vnd(1_800_000_000L), true),
                tuple(13, RowType.WORK, 6, "Phường Nam Hà", WorkKind.GROUNDBREAKING,
                        DateRange.day(LocalDate.of(2022, 6, 30)), new Vnd(500_000_000L), false));
        assertThat(rows.get(1).startDate()).isEqualTo(DateRange.day(LocalDate.of(2022, 5, 19)));
        assertThat(rows.get(1).endDate()).isEqualTo(DateRange.quarter(2022, 4));
        assertThat(rows.get(1).notes()).isEqualTo("Vốn ngân sách tỉnh");
        assertThat(rows.get(0).location()).isEqualTo("Tổ dân phố 5, phường Bắc Hà");
        assertThat(rows.get(5).endDate()).isEqualTo(DateRange.month(YearMonth.of(2022, 12)));
    }

    @Test
    void warnsOfMonthsQuartersAndFormulasAndRaisesNoError() {
        List<ParsedRow> rows = parse(Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(rows).noneMatch(ParsedRow::hasErrors);
        assertThat(rows.stream().flatMap(r -> issues(r).stream())).containsExactly(
                "8 G DATE_IS_QUARTER WARNING [Quý IV/2022]",
                "9 E DATE_IS_MONTH WARNING [tháng 5/2022]",
                "11 E DATE_IS_QUARTER WARNING [Quý II/2022]",
                "12 I FORMULA_CACHED_VALUE WARNING [1800000000]",
                "13 G DATE_IS_MONTH WARNING [tháng 12/2022]");
        RowIssue formula = rows.get(4).issues().get(0);
        assertThat(formula.sheet()).isEqualTo("Công trình chào mừng");
        assertThat(formula.field()).isEqualTo(Field.AMOUNT);
        assertThat(formula.message().en())
                .isEqualTo("the value 1800000000 is the result of a formula as last saved; formulas are not recalculated");
    }

    @Test
    void readsAmountsInTheUnitOfTheirColumnHeader() {
        SheetRead byWard = SpreadsheetReader.withDefaults()
                .readAll(Fixtures.path(FixtureGenerator.WORKS_BY_WARD_TCVN3)).sheets().get(0);
        assertThat(new RowParser(byWard.layout()).amountUnit()).isEqualTo(AmountUnit.MILLION);
        assertThat(parse(byWard)).extracting(ParsedRow::unit, ParsedRow::name, ParsedRow::amount, ParsedRow::plaque)
                .containsExactly(tuple("Phường Bắc Hà", "Nhà văn hóa tổ dân phố 3", new Vnd(1_200_000_000L), true),
                        tuple("Phường Bắc Hà", "Vỉa hè đường Hà Huy Tập", new Vnd(850_000_000L), false));
        assertThat(parse(Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS)))
                .extracting(ParsedRow::amount, ParsedRow::investor, ParsedRow::fundingSource)
                .containsExactly(tuple(new Vnd(1_200_000_000L), "UBND phường Đại Nài", "Ngân sách phường"),
                        tuple(new Vnd(3_500_000_000L), "UBND xã Đồng Môn", "Ngân sách tỉnh, xã hội hóa"),
                        tuple(new Vnd(650_500_000L), "UBND phường Thạch Quý", "Xã hội hóa"));
    }

    @Test
    void readsAnAmountInTheUnitATitleRowStates() {
        Path file = TestFiles.utf8(dir.resolve("dvt.csv"),
                "ĐVT: triệu đồng\nSTT,Đơn vị,Tên công trình,Loại,Ngày khánh thành,Kinh phí\n"
                        + "1,Phường Bắc Hà,Nhà văn hóa,Khánh thành,19/5/2022,\"1.200\"\n");
        ParsedRow row = parse(file).get(0);
        assertThat(row.amount()).isEqualTo(new Vnd(1_200_000_000L));
    }

    @Test
    void readsTheKindsOfEvents() {
        List<ParsedRow> rows = parse(Fixtures.path(FixtureGenerator.EVENTS_TCVN3));
        assertThat(rows).extracting(ParsedRow::type, ParsedRow::eventKind, ParsedRow::plannedDate, ParsedRow::location,
                ParsedRow::plaque).containsExactly(
                tuple(RowType.EVENT, EventKind.TRADITIONAL_FESTIVAL, DateRange.day(LocalDate.of(2022, 5, 15)),
                        "Đình làng Đồng Môn", null),
                tuple(RowType.EVENT, EventKind.SPORTS, DateRange.month(YearMonth.of(2022, 5)), "Sân vận động thành phố",
                        null),
                tuple(RowType.EVENT, EventKind.CULTURAL, DateRange.day(LocalDate.of(2022, 5, 28)),
                        "Quảng trường thành phố", null),
                tuple(RowType.EVENT, EventKind.SPORTS, DateRange.quarter(2022, 2), "Đường Phan Đình Phùng", null));
        assertThat(rows).allMatch(r -> r.workKind() == null && !r.hasErrors());
    }

    @Test
    void reportsMissingNameUnitDateAndUnreadableValuesWithTheirPlace() {
        Path file = TestFiles.utf8(dir.resolve("errors.csv"), """
                STT,Đơn vị,Tên công trình,Loại,Thời gian dự kiến,Kinh phí (đồng),Gắn biển
                1a,,,Sửa chữa,31/4/2022,nhiều,có lẽ
                2,Phường Bắc Hà,Nhà văn hóa,,,,
                """);
        List<ParsedRow> rows = parse(file);
        assertThat(issues(rows.get(0))).containsExactly(
                "2 A SEQUENCE_UNREADABLE WARNING [1a]",
                "2 D WORK_KIND_UNKNOWN ERROR [Sửa chữa]",
                "2 E DATE_IMPOSSIBLE ERROR [31/4/2022]",
                "2 F AMOUNT_UNREADABLE ERROR [nhiều]",
                "2 G PLAQUE_MARK_UNREADABLE ERROR [có lẽ]",
                "2 C NAME_MISSING ERROR []",
                "2 B UNIT_MISSING ERROR []");
        assertThat(issues(rows.get(1))).containsExactly(
                "3 D WORK_KIND_EMPTY ERROR []",
                "3 E DATE_MISSING ERROR []");
        assertThat(rows).allMatch(ParsedRow::hasErrors);
        assertThat(rows.get(0).issues()).allSatisfy(i -> assertThat(i.sheet()).isEqualTo("errors"));
    }

    @Test
    void tellsWorksFromEventsRowByRowInAMixedSheet() {
        Path file = TestFiles.utf8(dir.resolve("mixed.csv"), """
                STT,Đơn vị,Tên công trình/sự kiện,Loại,Thời gian
                1,Phường Bắc Hà,Nhà văn hóa,KC,19/5/2022
                2,Phường Bắc Hà,Giải bóng đá,Thể thao,20/5/2022
                3,Phường Bắc Hà,Gặp mặt,Khác,21/5/2022
                """);
        List<ParsedRow> rows = parse(file);
        assertThat(rows).extracting(ParsedRow::type, ParsedRow::workKind, ParsedRow::eventKind).containsExactly(
                tuple(RowType.WORK, WorkKind.GROUNDBREAKING, null),
                tuple(RowType.EVENT, null, EventKind.SPORTS),
                tuple(RowType.UNDETERMINED, null, null));
        assertThat(rows.get(2).issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code().name()).isEqualTo("ROW_TYPE_UNKNOWN");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.column()).isEqualTo("D");
            assertThat(issue.message().en()).isEqualTo("\"Khác\" names neither a kind of work (khánh thành, khởi công) nor"
                    + " a kind of event (lễ hội, văn hóa, thể thao)");
        });
    }

    @Test
    void refusesCellsOfTheWrongTypeAndErrorValues() {
        Path file = TestFiles.xlsx(dir.resolve("types.xlsx"), workbook -> {
            var sheet = workbook.createSheet("Công trình");
            TestFiles.rows(sheet, new Object[] {"STT", "Đơn vị", "Tên công trình", "Loại", "Ngày khánh thành",
                "Kinh phí (đồng)"}, new Object[] {1, "Phường Bắc Hà", "Nhà văn hóa", "Khánh thành"});
            var row = sheet.getRow(1);
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF);
        });
        assertThat(issues(parse(file).get(0))).containsExactly(
                "2 F CELL_ERROR ERROR [#REF!]",
                "2 E CELL_TYPE_UNEXPECTED ERROR [TRUE]");
    }

    @Test
    void refusesARowOfAnotherSheet() {
        List<SheetRead> sheets = SpreadsheetReader.withDefaults()
                .readAll(Fixtures.path(FixtureGenerator.WORKS_BY_WARD_TCVN3)).sheets();
        RowParser parser = new RowParser(sheets.get(0).layout());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse(sheets.get(1).dataRows().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 7 is from sheet \"Trần Phú\", not \"Bắc Hà\"");
    }
}
