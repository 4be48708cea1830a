package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;

/**
 * A 100,000-row workbook, with a shared-strings table as Excel writes it and a TCVN3 body, is read in a
 * child JVM limited to a 256 MiB heap.
 */
class LargeXlsxMemoryIT {

    private static final int ROWS = 100_000;
    private static final List<String> UNITS = List.of("Phường Bắc Hà", "Phường Trần Phú", "Xã Thạch Hạ",
            "Xã Đồng Môn", "Phường Nam Hà");

    @TempDir
    Path dir;

    @Test
    void readsAHundredThousandRowWorkbookWithin256MegabytesOfHeap() throws Exception {
        Path file = write(dir.resolve("large.xlsx"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                LargeFileProbe.class.getName(), file.toString()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        System.out.println("large xlsx probe: " + output.strip());
        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("sheets=1 data=" + ROWS + " skipped=2 lastUnit=Phường Bắc Hà")
                .contains("maxHeapMiB=256");
    }

    private static Path write(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
                OutputStream out = Files.newOutputStream(file)) {
            Font vnTime = workbook.createFont();
            vnTime.setFontName(".VnTime");
            CellStyle body = workbook.createCellStyle();
            body.setFont(vnTime);
            CellStyle date = workbook.createCellStyle();
            date.setFont(vnTime);
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
            Sheet sheet = workbook.createSheet("Công trình");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÔNG TRÌNH CHÀO MỪNG");
            String[] header = {"STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến", "Kinh phí (đồng)",
                "Gắn biển"};
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
            }
            String inauguration = LegacyText.encode("Khánh thành", TextEncoding.TCVN3);
            String groundbreaking = LegacyText.encode("Khởi công", TextEncoding.TCVN3);
            List<String> units = UNITS.stream().map(u -> LegacyText.encode(u, TextEncoding.TCVN3)).toList();
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i);
                cell(row, 1, units.get(i % units.size()), body);
                cell(row, 2, LegacyText.encode("Công trình số " + i + " của phường", TextEncoding.TCVN3), body);
                cell(row, 3, i % 2 == 0 ? inauguration : groundbreaking, body);
                row.createCell(4).setCellValue(LocalDate.of(2022, 5, 1).plusDays(i % 60));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(1_000_000.0 * i);
                cell(row, 6, i % 3 == 0 ? "x" : "", body);
            }
            workbook.write(out);
        }
        return file;
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }
}
