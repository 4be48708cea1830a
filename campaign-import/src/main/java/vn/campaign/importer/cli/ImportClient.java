package vn.campaign.importer.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.UUID;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;

/**
 * Sends files to the campaign-api: a {@code multipart/form-data} POST of each file to
 * {@code <server>/api/imports} with the fields {@code file}, {@code campaign} and, for a dry run,
 * {@code dryRun=true}; the server answers with the import report as JSON. A server that cannot be
 * reached, or answers something else than a report, makes that file's report a failure.
 */
final class ImportClient {

    /** The path of the import endpoint under the server's URL. */
    static final String IMPORTS_PATH = "/api/imports";

    private static final int EXCERPT = 300;

    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final @Nullable String token;

    /**
     * A client for a server.
     *
     * @param server  the server's base URL ({@code http://localhost:8080})
     * @param timeout how long to wait for the answer to one file
     * @param token   the bearer token to send (a city administrator's), or {@code null} for none
     */
    ImportClient(URI server, Duration timeout, @Nullable String token) {
        String base = Objects.requireNonNull(server, "server").toString().replaceAll("/+$", "");
        this.endpoint = URI.create(base + IMPORTS_PATH);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The URL the files are posted to.
     *
     * @return the endpoint
     */
    URI endpoint() {
        return endpoint;
    }

    /**
     * Sends files one after the other.
     *
     * @param files    the files
     * @param campaign the campaign code
     * @param dryRun   whether the server should only check the rows
     * @return the server's reports, one entry per file
     */
    ImportReport importFiles(List<Path> files, String campaign, boolean dryRun) {
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files) {
            reports.addAll(send(file, campaign, dryRun));
        }
        return new ImportReport(campaign, dryRun, reports);
    }

    /**
     * Sends one file.
     *
     * @param file     the file
     * @param campaign the campaign code
     * @param dryRun   whether the server should only check the rows
     * @return the server's report of the file, or a failure saying why there is none
     */
    List<FileReport> send(Path file, String campaign, boolean dryRun) {
        String name = String.valueOf(file.getFileName());
        String boundary = "campaign-import-" + UUID.randomUUID();
        StringBuilder fields = new StringBuilder();
        field(fields, boundary, "campaign", campaign);
        if (dryRun) {
            field(fields, boundary, "dryRun", "true");
        }
        fields.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(quoted(name)).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        HttpRequest.BodyPublisher content;
        if (!java.nio.file.Files.exists(file)) {
            return List.of(failed(name, "IO_ERROR", name + ": no such file: " + file + " does not exist"));
        }
        try {
            content = HttpRequest.BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            return List.of(failed(name, "IO_ERROR", name + ": the file could not be read: " + e.getMessage()));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(timeout);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(fields.toString(), StandardCharsets.UTF_8), content,
                        HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpConnectTimeoutException | java.net.ConnectException e) {
            return List.of(failed(name, "SERVER_UNREACHABLE", name + ": the campaign-api at " + endpoint
                    + " could not be reached: " + describe(e)));
        } catch (IOException e) {
            // the upload may have reached the server, which imports what it received even if its answer is lost
            return List.of(failed(name, FileError.OUTCOME_UNKNOWN, name + ": " + FileError.OUTCOME_UNKNOWN_MESSAGE
                    + " (" + endpoint + ": " + describe(e) + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(failed(name, FileError.OUTCOME_UNKNOWN, name + ": " + FileError.OUTCOME_UNKNOWN_MESSAGE
                    + " (interrupted while waiting for " + endpoint + ")"));
        }
        try {
            ImportReport answer = ReportJson.read(response.body());
            if (!answer.files().isEmpty()) {
                return answer.files();
            }
        } catch (IllegalArgumentException notAReport) {
            // described below with the status and the start of the body
        }
        return List.of(failed(name, "SERVER_ERROR", name + ": the campaign-api answered HTTP " + response.statusCode()
                + " without an import report: " + excerpt(response.body())));
    }

    private static void field(StringBuilder body, String boundary, String name, String value) {
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n");
    }

    /** A file name inside a quoted header parameter: UTF-8 as browsers send it, quotes and breaks escaped. */
    private static String quoted(String name) {
        return name.replace("\\", "\\\\").replace("\"", "%22").replace("\r", " ").replace("\n", " ");
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "(empty body)";
        }
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "…";
    }

    private static FileReport failed(String name, String code, String message) {
        return FileReport.failed(name, null, FileError.of(code, message), List.of(), 0);
    }
}
