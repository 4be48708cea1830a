package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;

class ReadLimitsTest {

    @TempDir
    Path dir;

    private static UnreadableFileException breach(ReadLimits limits, Path file) {
        try {
            new RawWorkbookReader(limits).read(file, new CollectingHandler());
        } catch (UnreadableFileException e) {
            return e;
        }
        throw new AssertionError("expected a limit to be breached by " + file.getFileName());
    }

    @Test
    void defaultsFitAnExcelSheet() {
        ReadLimits limits = ReadLimits.defaults();
        assertThat(limits.maxFileBytes()).isEqualTo(50L * 1024 * 1024);
        assertThat(limits.maxSheets()).isEqualTo(100);
        assertThat(limits.maxRows()).isEqualTo(200_000);
        assertThat(limits.maxColumns()).isEqualTo(256);
        assertThat(limits.maxCellLength()).isEqualTo(32_767);
    }

    @Test
    void rejectsLimitsBelowOne() {
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxRows(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxRows must be at least 1, was 0");
        assertThatThrownBy(() -> ReadLimits.defaults().withMaxColumns(20_000))
                .hasMessage("maxColumns must be between 1 and 16384, was 20000");
    }

    @Test
    void stopsAtAFileLargerThanTheLimit() {
        UnreadableFileException e = breach(ReadLimits.defaults().withMaxFileBytes(1000),
                Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.FILE_TOO_LARGE);
        assertThat(e.getMessage()).matches("works-unicode\\.xlsx: the file has \\d+ bytes, more than the limit of 1000");
    }

    @Test
    void stopsAtMoreSheetsThanTheLimit() {
        UnreadableFileException e = breach(ReadLimits.defaults().withMaxSheets(2),
                Fixtures.path(FixtureGenerator.WORKS_BY_WARD_TCVN3));
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.TOO_MANY_SHEETS);
        assertThat(e.getMessage())
                .isEqualTo("works-by-ward-tcvn3.xlsx: the workbook has 3 sheets, more than the limit of 2");
    }

    @Test
    void stopsAtTheFirstRowBeyondTheLimitInEachFormat() {
        ReadLimits tenRows = ReadLimits.defaults().withMaxRows(10);
        UnreadableFileException xlsx = breach(tenRows, Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(xlsx.problem()).isEqualTo(UnreadableFileException.Problem.TOO_MANY_ROWS);
        assertThat(xlsx.getMessage()).isEqualTo("works-unicode.xlsx, sheet \"Công trình chào mừng\", row 11:"
                + " the sheet has rows beyond the limit of 10 rows");

        UnreadableFileException xls = breach(ReadLimits.defaults().withMaxRows(5),
                Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS));
        assertThat(xls.getMessage())
                .isEqualTo("works-legacy.xls, sheet \"Danh sach\", row 6: the sheet has rows beyond the limit of 5 rows");

        UnreadableFileException csv = breach(ReadLimits.defaults().withMaxRows(5),
                Fixtures.path(FixtureGenerator.EVENTS_UTF8));
        assertThat(csv.getMessage())
                .isEqualTo("events-utf8.csv, sheet \"events-utf8\", row 6: the sheet has rows beyond the limit of 5 rows");
    }

    @Test
    void stopsAtAValueBeyondTheLastAllowedColumn() {
        ReadLimits fiveColumns = ReadLimits.defaults().withMaxColumns(5);
        UnreadableFileException xlsx = breach(fiveColumns, Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(xlsx.problem()).isEqualTo(UnreadableFileException.Problem.TOO_MANY_COLUMNS);
        assertThat(xlsx.getMessage()).isEqualTo("works-unicode.xlsx, sheet \"Công trình chào mừng\", row 1, column G:"
                + " a value lies beyond the limit of 5 columns (last allowed column E)");

        UnreadableFileException csv = breach(fiveColumns, Fixtures.path(FixtureGenerator.EVENTS_UTF8));
        assertThat(csv.getMessage()).isEqualTo("events-utf8.csv, sheet \"events-utf8\", row 3, column F:"
                + " a value lies beyond the limit of 5 columns (last allowed column E)");

        UnreadableFileException xls = breach(fiveColumns, Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS));
        assertThat(xls.getMessage()).isEqualTo("works-legacy.xls, sheet \"Danh sach\", row 3, column F:"
                + " a value lies beyond the limit of 5 columns (last allowed column E)");
    }

    @Test
    void stopsAtACellLongerThanTheLimit() {
        ReadLimits shortCells = ReadLimits.defaults().withMaxCellLength(40);
        UnreadableFileException xlsx = breach(shortCells, Fixtures.path(FixtureGenerator.WORKS_UNICODE));
        assertThat(xlsx.problem()).isEqualTo(UnreadableFileException.Problem.CELL_TOO_LONG);
        assertThat(xlsx.getMessage()).isEqualTo("works-unicode.xlsx, sheet \"Công trình chào mừng\", row 2, column A:"
                + " the cell has 65 characters, more than the limit of 40");

        UnreadableFileException csv = breach(shortCells, Fixtures.path(FixtureGenerator.EVENTS_UTF8));
        assertThat(csv.getMessage()).isEqualTo("events-utf8.csv, sheet \"events-utf8\", row 1, column A:"
                + " the cell has 70 characters, more than the limit of 40");

        Path xls = TestFiles.xls(dir.resolve("long.xls"), workbook -> TestFiles.rows(workbook.createSheet("Dài"),
                new Object[] {"STT", "Tên công trình"}, new Object[] {1, "x".repeat(41)}));
        assertThat(breach(shortCells, xls).getMessage())
                .isEqualTo("long.xls, sheet \"Dài\", row 2, column B: the cell has 41 characters, more than the limit of 40");
    }
}
