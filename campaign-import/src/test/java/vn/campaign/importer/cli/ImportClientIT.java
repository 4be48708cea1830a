package vn.campaign.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.application.Saved;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.IssueCodes;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.importer.report.WorkLine;

/** The command against a small HTTP server on 127.0.0.1 that answers a canned report. */
class ImportClientIT {

    /** What the server received. */
    private record Received(String method, String path, String contentType, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final ImportReport CANNED = new ImportReport("CT32-2022", false, List.of(new FileReport(
            "works-unicode.xlsx", "XLSX", null, new Counts(2, 1, 0, 0, 1, 12, Map.of("TITLE", 12)), List.of(),
            List.of(new WorkLine("Công trình", 7, "18076", "Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION,
                    LocalDate.of(2022, 5, 19), 1_200_000_000L, true, null, null, null, Saved.Change.CREATED,
                    "0b5f1c9e-8a49-4a3e-9d7c-2f0c6f6b1a11")),
            List.of(), List.of(new Issue("Công trình", 13, "E", IssueCodes.named("DATE_OUTSIDE_CAMPAIGN"), Severity.ERROR,
                    new Message("Ngày 2022-06-30 nằm ngoài thời gian đợt thi đua (2022-04-01..2022-06-15).",
                    "The date 2022-06-30 lies outside the campaign period (2022-04-01..2022-06-15)."), "30/6/2022",
                    FieldPath.of("plannedOn"))), 120)));

    @TempDir
    Path directory;

    private final AtomicReference<Received> received = new AtomicReference<>();
    private final AtomicReference<String> answer = new AtomicReference<>(ReportJson.toJson(CANNED));
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/imports", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.set(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            byte[] reply = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), reply.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(reply);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsTheFileAndTheCampaignAsMultipartAndPrintsAndSavesTheServersReport() throws Exception {
        Path file = Fixtures.path(FixtureGenerator.WORKS_UNICODE);
        Path json = directory.resolve("report.json");

        int exit = run("--server", url(), "--report", json.toString(), file.toString());

        assertThat(exit).isEqualTo(ExitCode.ROWS_REJECTED);
        Received request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/imports");
        assertThat(request.contentType()).startsWith("multipart/form-data; boundary=");
        String boundary = request.contentType().substring(request.contentType().indexOf("boundary=") + 9);
        assertThat(request.text()).contains("--" + boundary + "\r\nContent-Disposition: form-data; name=\"campaign\""
                + "\r\n\r\nCT32-2022\r\n")
                .contains("Content-Disposition: form-data; name=\"file\"; filename=\"works-unicode.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .doesNotContain("name=\"dryRun\"")
                .endsWith("\r\n--" + boundary + "--\r\n");
        assertThat(filePart(request, boundary)).isEqualTo(Files.readAllBytes(file));
        assertThat(ReportJson.read(Files.readString(json))).isEqualTo(CANNED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("works-unicode.xlsx (XLSX, 0.1 s)",
                "  Rows: read 2, imported 1, updated 0, unchanged 0, rejected 1, skipped 12", "DATE_OUTSIDE_CAMPAIGN");
    }

    @Test
    void asksTheServerForADryRunWhenBothAreGiven() {
        int exit = run("--dry-run", "--campaign", "CT32-2022", "--server", url() + "/",
                Fixtures.path(FixtureGenerator.EVENTS_UTF8).toString());

        assertThat(exit).isEqualTo(ExitCode.ROWS_REJECTED);
        assertThat(received.get().path()).isEqualTo("/api/imports");
        assertThat(received.get().text()).contains("Content-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n");
    }

    @Test
    void sendsAVietnameseFileNameAsUtf8() throws Exception {
        Path file = Files.copy(Fixtures.path(FixtureGenerator.EVENTS_UTF8), directory.resolve("sự kiện phường.csv"));

        run("--server", url(), file.toString());

        assertThat(received.get().text()).contains("filename=\"sự kiện phường.csv\"");
    }

    @Test
    void failsTheFileWhenTheServerAnswersSomethingElseThanAReport() {
        status.set(502);
        answer.set("<html><body>Bad gateway</body></html>");

        int exit = run("--server", url(), Fixtures.path(FixtureGenerator.EVENTS_UTF8).toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("campaign-import: events-utf8.csv: the campaign-api"
                + " answered HTTP 502 without an import report: <html><body>Bad gateway</body></html>"
                + System.lineSeparator());
    }

    @Test
    void failsTheFileWhenNoServerListens() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        int exit = run("--server", "http://127.0.0.1:" + port, Fixtures.path(FixtureGenerator.EVENTS_UTF8).toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("campaign-import: events-utf8.csv: the campaign-api"
                + " at http://127.0.0.1:" + port + "/api/imports could not be reached: ConnectException");
    }

    @Test
    void reportsAnUnknownOutcomeNotNothingStoredWhenTheAnswerToASentUploadTimesOut() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.removeContext("/api/imports");
        server.createContext("/api/imports", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        try {
            int exit = run("--server", url(), "--timeout", "1", Fixtures.path(FixtureGenerator.EVENTS_UTF8).toString());

            assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("campaign-import: events-utf8.csv: outcome"
                    + " unknown: some rows may have been stored; see the import history; importing again is safe");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT IMPORTED (OUTCOME_UNKNOWN)")
                    .doesNotContain("Nothing of this file was stored");
        } finally {
            release.countDown();
        }
    }

    @Test
    void reportsAnUnknownOutcomeWhenTheConnectionIsLostAfterTheUploadWasSent() {
        server.removeContext("/api/imports");
        server.createContext("/api/imports", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.close();
        });

        int exit = run("--server", url(), Fixtures.path(FixtureGenerator.EVENTS_UTF8).toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("outcome unknown: some rows may have been stored;"
                + " see the import history; importing again is safe").doesNotContain("nothing");
    }

    @Test
    void saysThereIsNoSuchFileBeforeSendingAnything() {
        int exit = run("--server", url(), directory.resolve("khong-co.xlsx").toString());

        assertThat(exit).isEqualTo(ExitCode.FILE_FAILED);
        assertThat(received.get()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("campaign-import: khong-co.xlsx: no such file: ");
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int run(String... args) {
        return CampaignImportCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    /** The bytes of the file part: between its blank line and the closing boundary. */
    private static byte[] filePart(Received request, String boundary) {
        byte[] body = request.body();
        byte[] start = "Content-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        int from = indexOf(body, start) + start.length;
        return java.util.Arrays.copyOfRange(body, from, body.length - end.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
