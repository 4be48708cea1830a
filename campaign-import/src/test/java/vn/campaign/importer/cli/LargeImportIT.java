package vn.campaign.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;

/**
 * A dry run of a 100,000-row workbook by the command in a child JVM limited to a 256 MiB heap, timed.
 */
class LargeImportIT {

    private static final int ROWS = 100_000;

    @TempDir
    Path directory;

    @Test
    void dryRunsAHundredThousandRowWorkbookWithin256MegabytesOfHeap() throws Exception {
        Path file = write(directory.resolve("cong-trinh-lon.xlsx"));
        Path json = directory.resolve("report.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = directory.resolve("child.log");

        long started = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CampaignImportCommand.class.getName(), "--dry-run", "--max-issues", "3", "--report", json.toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("finished within 10 minutes").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.COMPLETE);
        assertThat(output).doesNotContain("OutOfMemoryError");
        ImportReport report;
        try (var in = Files.newInputStream(json)) {
            report = ReportJson.read(in);
        }
        FileReport read = report.files().get(0);
        assertThat(read.counts()).isEqualTo(new Counts(ROWS, ROWS, 0, 0, 0, 1, Map.of("HEADER", 1)));
        assertThat(read.works()).hasSize(ROWS);
        assertThat(read.works().get(ROWS - 1).name()).isEqualTo("Công trình số " + ROWS);
        assertThat(read.works().get(ROWS - 1).row()).isEqualTo(ROWS + 1);
        System.out.println(String.format(Locale.ROOT,
                "campaign-import --dry-run of %,d rows in a 256 MiB heap: %.1f s in all (JVM start included),"
                        + " %.1f s reading and checking, %,.0f rows/s", ROWS, seconds, read.durationMillis() / 1000.0,
                ROWS / (read.durationMillis() / 1000.0)));
    }

    /** Works spread over the city's wards and communes, every day of the campaign, some with a plaque. */
    private static Path write(Path file) throws IOException {
        List<String> units = HaTinhCity.wardsAndCommunes().stream().map(Unit::name).toList();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Font times = workbook.createFont();
            times.setFontName("Times New Roman");
            CellStyle text = workbook.createCellStyle();
            text.setFont(times);
            CellStyle date = workbook.createCellStyle();
            date.setFont(times);
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            Sheet sheet = workbook.createSheet("Công trình");
            String[] header = {"STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến", "Kinh phí (đồng)",
                "Gắn biển"};
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
                headerRow.getCell(c).setCellStyle(text);
            }
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                cell(row, 1, units.get(i % units.size()), text);
                cell(row, 2, "Công trình số " + i, text);
                cell(row, 3, i % 2 == 0 ? "Khánh thành" : "Khởi công", text);
                row.createCell(4).setCellValue(LocalDate.of(2022, 4, 1).plusDays(i % 76));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(1_000_000.0 * (i % 5_000 + 1));
                cell(row, 6, i % 3 == 0 ? "x" : "", text);
            }
            workbook.write(out);
        }
        return file;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
