package vn.campaign.importer.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.testsupport.LegacySheet;

/**
 * A 100,000-row workbook, with a shared-strings table as Excel writes it and a TCVN3 body, is read in a
 * child JVM limited to a 256 MiB heap.
 */
class LargeXlsxMemoryIT {

    private static final int ROWS = 100_000;
    private static final List<String> UNITS = List.of("Phường Bắc Hà", "Phường Trần Phú", "Xã Thạch Hạ",
            "Xã Đồng Môn", "Phường Nam Hà");
    private static final List<String> HEADER = List.of("STT", "Đơn vị", "Tên công trình", "Loại", "Thời gian dự kiến",
            "Kinh phí (đồng)", "Gắn biển");

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
        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("sheets=1 data=" + ROWS + " skipped=2 lastUnit=Phường Bắc Hà")
                .contains("maxHeapMiB=256");
    }

    /** A title row, the header in the default font, then works whose texts are TCVN3 in {@code .VnTime}. */
    private static Path write(Path file) {
        String inauguration = tcvn3("Khánh thành");
        String groundbreaking = tcvn3("Khởi công");
        List<String> units = UNITS.stream().map(LargeXlsxMemoryIT::tcvn3).toList();
        return LegacySheet.of("Công trình", HEADER, ROWS, i -> new Object[] {i, units.get(i % units.size()),
                    tcvn3("Công trình số " + i + " của phường"), i % 2 == 0 ? inauguration : groundbreaking,
                    LocalDate.of(2022, 5, 1).plusDays(i % 60), 1_000_000.0 * i, i % 3 == 0 ? "x" : ""})
                .withTitles("DANH SÁCH CÔNG TRÌNH CHÀO MỪNG").withHeaderFont(null).withBodyFont(".VnTime")
                .xlsx(file);
    }

    private static String tcvn3(String unicode) {
        return LegacyText.encode(unicode, TextEncoding.TCVN3);
    }
}
