package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.encoding.TextRun;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;

class RawWorkbookReaderTest {

    @TempDir
    Path dir;

    private static List<CollectingHandler.Sheet> read(Path file) {
        CollectingHandler handler = new CollectingHandler();
        new RawWorkbookReader(ReadLimits.defaults()).read(file, handler);
        return handler.sheets();
    }

    private static RawCell cell(CollectingHandler.Sheet sheet, int row, int column) {
        return sheet.rows().stream().filter(r -> r.number() == row).findFirst().orElseThrow().cell(column).orElseThrow();
    }

    @Test
    void readsEachCellsFontAndTheFontOfEachRichTextRun() {
        List<CollectingHandler.Sheet> sheets = read(Fixtures.path(FixtureGenerator.WORKS_BY_WARD_TCVN3));
        CollectingHandler.Sheet tranPhu = sheets.get(1);
        assertThat(cell(tranPhu, 1, 0).fontName()).isEqualTo("Times New Roman");
        assertThat(cell(tranPhu, 4, 1).fontName()).isEqualTo(".VnTimeH");
        RawCell mixed = cell(tranPhu, 7, 1);
        assertThat(mixed.runs()).containsExactly(new TextRun("Sân vận động ", "Times New Roman"),
                new TextRun("ph\u00ADêng Tr\u00C7n Ph\u00F3", ".VnTime"));
        assertThat(mixed.text()).isEqualTo("Sân vận động ph\u00ADêng Tr\u00C7n Ph\u00F3");
    }

    @Test
    void readsHiddenColumnsAndMergedRangesBeforeTheRows() {
        CollectingHandler.Sheet sheet = read(Fixtures.path(FixtureGenerator.WORKS_UNICODE)).get(0);
        assertThat(sheet.info().hiddenColumns()).containsExactly(7);
        assertThat(sheet.info().merges()).extracting(MergedRange::reference).contains("A1:D1", "E4:G4", "B12:B13",
                "A14:D14");
        assertThat(sheet.info().hasFonts()).isTrue();
    }

    @Test
    void readsTheSameCellsFromXlsAsFromXlsx() {
        CollectingHandler.Sheet sheet = read(Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS)).get(0);
        RawCell date = cell(sheet, 4, 4);
        assertThat(date.kind()).isEqualTo(CellKind.DATE);
        assertThat(date.dateTime()).isEqualTo(LocalDateTime.of(2022, 5, 28, 0, 0));
        assertThat(date.text()).isEqualTo("2022-05-28");
        RawCell total = cell(sheet, 7, 5);
        assertThat(total.formula()).isTrue();
        assertThat(total.number()).isEqualTo(new BigDecimal("5350.5"));
        assertThat(cell(sheet, 4, 1).fontName()).isEqualTo("VNI-Times");
        assertThat(sheet.info().merges()).extracting(MergedRange::reference).containsExactly("A1:D1", "A2:I2", "A7:E7");
    }

    @Test
    void readsInlineStringsAsTheStreamingWriterStoresThem() throws IOException {
        Path file = dir.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Dữ liệu");
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue("Tên công trình");
            row.createCell(2).setCellValue(1200);
            workbook.write(out);
        }
        CollectingHandler.Sheet sheet = read(file).get(0);
        assertThat(sheet.info().name()).isEqualTo("Dữ liệu");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.cells()).extracting(RawCell::column, RawCell::kind, RawCell::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0, CellKind.TEXT, "Tên công trình"),
                    org.assertj.core.groups.Tuple.tuple(2, CellKind.NUMBER, "1200"));
        });
    }

    @Test
    void keepsBooleansErrorsHiddenRowsAndFormulasWithoutCachedValues() {
        Path file = TestFiles.xlsx(dir.resolve("kinds.xlsx"), workbook -> {
            XSSFSheet sheet = workbook.createSheet("Loại ô");
            XSSFRow row = sheet.createRow(0);
            row.createCell(0).setCellValue(true);
            row.createCell(1).setCellErrorValue(FormulaError.NA);
            XSSFCell formula = row.createCell(2);
            formula.setCellFormula("A5+1");
            if (formula.getCTCell().isSetV()) {
                formula.getCTCell().unsetV();
            }
            XSSFRow hidden = sheet.createRow(2);
            hidden.createCell(0).setCellValue("ẩn");
            hidden.setZeroHeight(true);
        });
        CollectingHandler.Sheet sheet = read(file).get(0);
        assertThat(sheet.rows()).extracting(RawRow::number, RawRow::hidden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(sheet.rows().get(0).cells()).extracting(RawCell::kind, RawCell::text, RawCell::formula).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CellKind.BOOLEAN, "TRUE", false),
                org.assertj.core.groups.Tuple.tuple(CellKind.ERROR, "#N/A", false),
                org.assertj.core.groups.Tuple.tuple(CellKind.BLANK, "", true));
    }

    @Test
    void decodesTheEscapesSpreadsheetMlUsesForControlCharacters() {
        assertThat(XlsxText.unescape("Dòng 1_x000D_Dòng 2")).isEqualTo("Dòng 1\rDòng 2");
        assertThat(XlsxText.unescape("mã_x005F_x000D_")).isEqualTo("mã_x000D_");
        assertThat(XlsxText.unescape("_xZZZZ_ giữ nguyên")).isEqualTo("_xZZZZ_ giữ nguyên");
    }

    @Test
    void readsACsvAsOneSheetWithoutFontsAndWithAVotePerColumn() {
        CollectingHandler.Sheet sheet = read(Fixtures.path(FixtureGenerator.EVENTS_TCVN3)).get(0);
        assertThat(sheet.info().name()).isEqualTo("events-tcvn3");
        assertThat(sheet.info().hasFonts()).isFalse();
        assertThat(sheet.info().charset()).isEqualTo("windows-1252");
        assertThat(sheet.info().columnVotes()).containsOnlyKeys(0, 1, 2, 3, 4, 5, 6);
        assertThat(sheet.rows()).extracting(RawRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(sheet.rows().get(1).cells()).isEmpty();
    }

    @Test
    void splitsACsvOnTheDelimiterThatSplitsItMostConsistently() {
        Path file = TestFiles.utf8(dir.resolve("semicolons.csv"),
                "Danh sách; kèm theo\r\nSTT;Tên công trình;Kinh phí\r\n1;Nhà văn hóa;1,2 tỷ\r\n2;Đường;850\r\n");
        CollectingHandler.Sheet sheet = read(file).get(0);
        assertThat(sheet.info().charsetEvidence()).endsWith("; delimiter semicolon");
        assertThat(sheet.rows().get(2).cells()).extracting(RawCell::text).containsExactly("1", "Nhà văn hóa", "1,2 tỷ");
    }
}
