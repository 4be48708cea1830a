package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.imports.Spreadsheets.WorkRow;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.ServerProcess;
import vn.campaign.importer.cli.CampaignImportCommand;
import vn.campaign.importer.cli.ExitCode;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;

/**
 * The {@code campaign-import --server URL} command, run in this JVM through its entry point that returns
 * the exit code, against the service running in a child JVM: exit codes, the saved report, what
 * {@code works(...)} and {@code imports(...)} show afterwards; and an upload over the server's size limit
 * (lowered to {@value #LIMIT} for the test) answered 413.
 *
 * <p>{@code /api/imports} takes only a city administrator's bearer token, which the command sends with
 * {@code --token}.
 */
class ImportCommandEndToEndIT {

    private static final String LIMIT = "256KB";
    private static final int LIMIT_BYTES = 256 * 1024;

    @TempDir
    static Path serverDirectory;

    private static ServerProcess server;

    @TempDir
    Path directory;

    private String token;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.builder(serverDirectory)
                .property("spring.servlet.multipart.max-file-size", LIMIT)
                .property("spring.servlet.multipart.max-request-size", "257KB")
                .start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void newToken() {
        token = Spreadsheets.token();
    }

    @Test
    void theCommandImportsAFileThroughTheServerSavesItsReportAndTheWorksAppear() throws IOException {
        List<WorkRow> rows = new ArrayList<>(Spreadsheets.works(token, 4));
        rows.add(Spreadsheets.afterTheCampaign(token));
        Path file = Files.write(directory.resolve("Công trình chào mừng " + token + ".xlsx"), Spreadsheets.xlsx(rows));
        Path json = directory.resolve("report.json");

        Run run = command("--server", server.uri("/").toString(), "--token", TestTokens.cityAdmin(), "--report", json.toString(), file.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.ROWS_REJECTED);
        assertThat(run.out()).contains("Report saved to " + json);
        ImportReport saved;
        try (InputStream in = Files.newInputStream(json)) {
            saved = ReportJson.read(in);
        }
        assertThat(saved.dryRun()).isFalse();
        FileReport report = saved.files().get(0);
        assertThat(report.file()).isEqualTo("Công trình chào mừng " + token + ".xlsx");
        assertThat(report.counts().imported()).isEqualTo(4);
        assertThat(report.counts().rejected()).isEqualTo(1);
        assertThat(ServerQueries.worksNamed(server, token)).isEqualTo(4);
        JsonNode works = ServerQueries.data(server, """
                query($s: String) { works(filter: {search: $s}, first: 10) { nodes { name status unit { code } } } }""",
                Map.of("s", token)).get("works").get("nodes");
        assertThat(works.findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(
                rows.subList(0, 4).stream().map(WorkRow::name).toList());
        assertThat(works.findValuesAsString("status")).containsOnly("REGISTERED");
        JsonNode newest = ServerQueries.newestImports(server, 1).get(0);
        assertThat(newest.get("fileName").asString()).isEqualTo(report.file());
        assertThat(newest.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(newest.get("counts").get("imported").asInt()).isEqualTo(4);
        assertThat(newest.get("by").asString()).isEqualTo("admin.test");

        Run again = command("--server", server.uri("/").toString(), "--token", TestTokens.cityAdmin(), file.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.ROWS_REJECTED);
        assertThat(ServerQueries.worksNamed(server, token)).isEqualTo(4);
        assertThat(ServerQueries.newestImports(server, 1).get(0).get("counts").get("unchanged").asInt()).isEqualTo(4);
    }

    @Test
    void aDryRunThroughTheServerStoresNothingAndExitsZero() throws IOException {
        Path file = Files.write(directory.resolve("works.xlsx"), Spreadsheets.xlsx(Spreadsheets.works(token, 3)));
        Path json = directory.resolve("dry.json");

        Run run = command("--dry-run", "--server", server.uri("/").toString(), "--token", TestTokens.cityAdmin(), "--report", json.toString(),
                file.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.COMPLETE);
        ImportReport saved;
        try (InputStream in = Files.newInputStream(json)) {
            saved = ReportJson.read(in);
        }
        assertThat(saved.dryRun()).isTrue();
        assertThat(saved.files().get(0).counts().imported()).isEqualTo(3);
        assertThat(ServerQueries.worksNamed(server, token)).isZero();
        assertThat(ServerQueries.newestImports(server, 1).get(0).get("dryRun").asBoolean()).isTrue();
    }

    @Test
    void anUnreadableFileExitsOneWithTheServersMessageAndIsRecordedFailed() throws IOException {
        Path file = Files.write(directory.resolve("locked.xlsx"), Spreadsheets.encrypted());

        Run run = command("--server", server.uri("/").toString(), "--token", TestTokens.cityAdmin(), file.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(run.err()).contains("campaign-import: locked.xlsx", "password");
        JsonNode newest = ServerQueries.newestImports(server, 1).get(0);
        assertThat(newest.get("fileName").asString()).isEqualTo("locked.xlsx");
        assertThat(newest.get("status").asString()).isEqualTo("FAILED");
    }

    @Test
    void anUploadOverTheSizeLimitIsAnswered413WithAJsonErrorAndRecordsNothing() {
        int runsBefore = ServerQueries.data(server, "{ imports(first: 1) { totalCount } }", Map.of())
                .get("imports").get("totalCount").asInt();
        byte[] tooLarge = ("Đơn vị,Tên công trình\r\n" + "Phường Bắc Hà,Công trình " + token + "\r\n")
                .repeat(LIMIT_BYTES / 40 + 1000).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = server.send(Multipart.post(server.uri(ImportController.PATH), "lon.csv",
                tooLarge, Map.of(), TestTokens.cityAdmin()));

        assertThat(tooLarge.length).isGreaterThan(LIMIT_BYTES);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        JsonNode error = ServerQueries.json(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("FILE_TOO_LARGE");
        assertThat(error.get("message").asString()).contains(LIMIT_BYTES + " bytes");
        assertThat(ServerQueries.worksNamed(server, token)).isZero();
        assertThat(ServerQueries.data(server, "{ imports(first: 1) { totalCount } }", Map.of())
                .get("imports").get("totalCount").asInt()).isEqualTo(runsBefore);
    }

    private static Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CampaignImportCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * What a run of the command did.
     *
     * @param exitCode its exit code
     * @param out      what it printed on standard output
     * @param err      what it printed on standard error
     */
    private record Run(int exitCode, String out, String err) {
        String output() {
            return out + err;
        }
    }
}
