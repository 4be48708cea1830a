package vn.campaign.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ImportStatus;
import vn.campaign.importer.report.ReportJson;

/** The command in this JVM: its exit codes, its output and the JSON it saves. */
class CampaignImportCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exitsWithZeroWhenEveryDataRowIsStoredAndSavesTheReportItPrints() throws Exception {
        Path json = directory.resolve("report.json");

        int exit = run("--dry-run", "--report", json.toString(), fixture(FixtureGenerator.EVENTS_UTF8));

        assertThat(exit).isEqualTo(ExitCode.COMPLETE);
        ImportReport report = ReportJson.read(Files.readString(json));
        assertThat(report.campaign()).isEqualTo("CT32-2022");
        assertThat(report.dryRun()).isTrue();
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETE);
        assertThat(report.files().get(0).events()).extracting(EventLine::unitCode)
                .containsExactly("18103", "18077", "18076", "18070");
        assertThat(output()).contains("Campaign CT32-2022 — dry run: checked, nothing stored",
                "  Rows: read 4, imported 4, updated 0, unchanged 0, rejected 0, skipped 3",
                "Report saved to " + json);
        assertThat(errors()).isEmpty();
    }

    @Test
    void exitsWithTwoWhenSomeRowsAreRejected() {
        int exit = run("--dry-run", fixture(FixtureGenerator.WORKS_UNICODE));

        assertThat(exit).isEqualTo(ExitCode.ROWS_REJECTED);
        assertThat(output()).contains("rejected 1", "DATE_OUTSIDE_CAMPAIGN");
    }

    @Test
    void exitsWithOneWhenAFileCannotBeReadNamingItsFileSheetRowAndColumn() throws Exception {
        Path tooLong = directory.resolve("dai-qua.csv");
        Files.writeString(tooLong, "STT,Tên công trình,Loại\r\n1,Nhà văn hóa,Khánh thành\r\n2," + "x".repeat(40_000)
                + ",Khởi công\r\n", StandardCharsets.UTF_8);

        int exit = run("--dry-run", fixture(FixtureGenerator.EVENTS_UTF8), tooLong.toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(errors()).isEqualTo("campaign-import: dai-qua.csv, sheet \"dai-qua\", row 3, column B: the cell has"
                + " 40000 characters, more than the limit of 32767" + System.lineSeparator());
        assertThat(output()).contains("  Rows: read 4, imported 4", "  NOT IMPORTED (CELL_TOO_LONG): dai-qua.csv,"
                + " sheet \"dai-qua\", row 3, column B", "  Nothing of this file was stored.");
    }

    @Test
    void exitsWithOneForAFileThatDoesNotExistSayingThereIsNoSuchFile() {
        int exit = run("--dry-run", directory.resolve("khong-co.xlsx").toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(errors()).startsWith("campaign-import: khong-co.xlsx: no such file: ")
                .contains("khong-co.xlsx does not exist");
    }

    @Test
    void exitsWithOneForAnUnknownCampaign() {
        int exit = run("--dry-run", "--campaign", "CT99-2030", fixture(FixtureGenerator.EVENTS_UTF8));

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(errors()).contains("events-utf8.csv: There is no campaign with code CT99-2030.");
    }

    @Test
    void exitsWithSixtyFourOnAWrongCommandLine() {
        assertThat(run("--dry-run")).isEqualTo(ExitCode.USAGE);
        assertThat(errors()).contains("Missing required parameter: 'FILE'");
        assertThat(run("--dry-rn", fixture(FixtureGenerator.EVENTS_UTF8))).isEqualTo(ExitCode.USAGE);
    }

    /** Issue 17: a dry run without --server did not say that it cannot see what the server holds. */
    @Test
    void saysADryRunWithoutAServerDoesNotSeeDuplicatesOnTheServer() {
        run("--dry-run", fixture(FixtureGenerator.EVENTS_UTF8));

        assertThat(output()).contains(CampaignImportCommand.LOCAL_DRY_RUN_NOTE);
    }

    /** Issue 17: the usage line must name --token, which a committing run needs. */
    @Test
    void namesTheTokenOptionInItsUsageLine() {
        assertThat(run("--help")).isZero();

        String usage = output().substring(output().indexOf("Usage: campaign-import")).split("\\R\\s*\\R")[0];
        assertThat(usage).contains("--token=TOKEN", "--server=URL");
    }

    @Test
    void describesItsOptionsAndExitCodesInItsHelp() {
        assertThat(run("--help")).isZero();

        assertThat(output()).contains("Usage: campaign-import", "--campaign=CODE", "--dry-run", "--report=FILE.json",
                "--server=URL", "  2   some rows were rejected");
    }

    @Test
    void exitsWithTwoAndNoHeaderForAFileInWhichNoRegistrationIsRecognised() throws java.io.IOException {
        java.nio.file.Path file = directory.resolve("ghi-chu.csv");
        java.nio.file.Files.writeString(file, "Kính gửi: UBND thành phố\nĐơn vị xin báo cáo như sau\n",
                StandardCharsets.UTF_8);

        int exit = run("--dry-run", file.toString());

        assertThat(exit).isEqualTo(ExitCode.ROWS_REJECTED);
        assertThat(errors()).startsWith("campaign-import: NO_HEADER: ghi-chu.csv: no registration was recognised");
        assertThat(output()).contains("  NO_HEADER: ghi-chu.csv: no registration was recognised");
    }

    @Test
    void registersForDirective32WhenNoCampaignIsGiven() {
        assertThat(CampaignImportCommand.DEFAULT_CAMPAIGN).isEqualTo(Directive32.CODE.value());
    }

    @Test
    void showsNoProgressBarForASmallFileEvenOnATerminal() {
        List<String> args = new ArrayList<>(List.of("--dry-run", fixture(FixtureGenerator.WORKS_BY_WARD_TCVN3)));

        int exit = CampaignImportCommand.execute(args.toArray(String[]::new), stream(out), stream(err), true);

        assertThat(exit).isEqualTo(ExitCode.COMPLETE);
        assertThat(errors()).isEmpty();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CampaignImportCommand.execute(args, stream(out), stream(err), false);
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String fixture(String name) {
        return Fixtures.path(name).toString();
    }
}
