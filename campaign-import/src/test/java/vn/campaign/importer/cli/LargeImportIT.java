package vn.campaign.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.testsupport.LegacyWorks;

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

        Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CampaignImportCommand.class.getName(), "--dry-run", "--max-issues", "3", "--report", json.toString(),
                file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
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
    }

    /** Works spread over the city's wards and communes, every day of the campaign, some with a plaque. */
    private static Path write(Path file) {
        return LegacyWorks.sheet(ROWS).xlsx(file);
    }
}
