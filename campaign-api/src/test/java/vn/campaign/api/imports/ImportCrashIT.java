package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.ServerProcess;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ReportJson;

/**
 * A committing import killed with SIGKILL halfway through its rows, then the same file imported again on
 * the restarted server: the second run completes the first without duplicating any work, and the history
 * shows the first run INTERRUPTED.
 */
class ImportCrashIT {

    private static final int ROWS = 3_000;
    /** The rows the import writes in one batch (its store commit), as {@code FileImport} does. */
    private static final int BATCH = 1_000;
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path directory;

    @Test
    void anImportKilledMidwayIsCompletedWithoutDuplicatesByImportingTheFileAgain() throws Exception {
        String token = Spreadsheets.token();
        byte[] file = Spreadsheets.xlsx(Spreadsheets.works(token, ROWS));
        String fileName = "cong-trinh-" + ROWS + ".xlsx";

        try (ServerProcess server = ServerProcess.builder(directory).start()) {
            CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient().sendAsync(
                    Multipart.post(server.uri(ImportController.PATH), fileName, file, Map.of(), TestTokens.cityAdmin()),
                    HttpResponse.BodyHandlers.ofString());
            int seen = awaitAFirstBatchCommitted(server, token, upload);
            assertThat(server.kill()).as("exit code after SIGKILL").isEqualTo(137);
            assertThat(seen).isGreaterThan(BATCH);
            assertThat(answerOf(upload)).as("the upload got no answer").isEqualTo("no answer");
        }

        try (ServerProcess server = ServerProcess.builder(directory).start()) {
            int storedBeforeKill = ServerQueries.worksNamed(server, token);
            assertThat(storedBeforeKill).as("works stored before the kill").isBetween(BATCH, ROWS - 1);
            assertThat(server.log()).contains("1 run(s) left RUNNING by an earlier process marked INTERRUPTED");

            HttpResponse<String> again = server.send(
                    Multipart.post(server.uri(ImportController.PATH), fileName, file, Map.of(), TestTokens.cityAdmin()));

            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            FileReport report = ReportJson.read(again.body()).files().get(0);
            assertThat(report.counts().read()).isEqualTo(ROWS);
            assertThat(report.counts().unchanged()).isEqualTo(storedBeforeKill);
            assertThat(report.counts().imported()).isEqualTo(ROWS - storedBeforeKill);
            assertThat(report.counts().updated()).isZero();
            assertThat(report.counts().rejected()).isZero();
            assertThat(ServerQueries.worksNamed(server, token)).isEqualTo(ROWS);

            JsonNode runs = ServerQueries.newestImports(server, 2);
            assertThat(runs.findValuesAsString("status")).containsExactly("COMPLETED", "INTERRUPTED");
            assertThat(runs.findValuesAsString("fileName")).containsExactly(fileName, fileName);
            assertThat(runs.get(0).get("contentHash").asString()).isEqualTo(ImportEndpointIT.sha256(file))
                    .isEqualTo(runs.get(1).get("contentHash").asString());
            assertThat(runs.get(1).get("finishedAt").isNull()).isTrue();
            assertThat(runs.get(1).get("counts").isNull()).isTrue();
            assertThat(runs.get(0).get("counts").get("unchanged").asInt()).isEqualTo(storedBeforeKill);
        }
    }

    /**
     * Polls the works' count over GraphQL until more rows of the running import are seen than one batch holds,
     * waiting on the upload between polls; fails if the upload ends first.
     *
     * <p>The embedded store shows a command's writes to other connections as it makes them, before the commit that
     * precedes its reply: a count can see rows of a batch whose commit a kill then prevents. The next batch is sent
     * only once the one before was answered, so rows beyond the first batch mean the first batch is committed.
     */
    private static int awaitAFirstBatchCommitted(ServerProcess server, String token,
            CompletableFuture<HttpResponse<String>> upload) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            int stored = ServerQueries.worksNamed(server, token);
            if (stored > BATCH) {
                return stored;
            }
            try {
                HttpResponse<String> finished = upload.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                throw new AssertionError("the import ended before a second batch was seen: HTTP "
                        + finished.statusCode() + " " + finished.body());
            } catch (TimeoutException stillRunning) {
                // the import is still running: poll again
            } catch (ExecutionException e) {
                throw new AssertionError("the upload failed before a second batch was stored", e);
            }
        }
        throw new AssertionError("no second batch was stored within " + PATIENCE + "; log:\n" + server.log());
    }

    private static String answerOf(CompletableFuture<HttpResponse<String>> upload)
            throws InterruptedException {
        try {
            HttpResponse<String> response = upload.get(30, TimeUnit.SECONDS);
            return "HTTP " + response.statusCode();
        } catch (ExecutionException e) {
            return "no answer";
        } catch (TimeoutException e) {
            return "still waiting";
        }
    }
}
