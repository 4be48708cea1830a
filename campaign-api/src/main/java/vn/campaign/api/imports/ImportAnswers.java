package vn.campaign.api.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;

/**
 * The JSON bodies of {@code POST /api/imports}.
 *
 * <ul>
 *   <li>A file that was read: the importer's report exactly as {@link ReportJson} writes it — the document
 *       {@code campaign-import --report} saves.</li>
 *   <li>A file that was not imported (unreadable, unknown campaign): an {@code error} object
 *       ({@code code}, {@code message}, {@code file}, {@code sheet}, {@code row}, {@code column}; those that
 *       do not apply are {@code null}) followed by the report's fields, so that the body still reads as a
 *       report.</li>
 *   <li>A request that carries no file to import (no file part, too large, a malformed field): the
 *       {@code error} object alone.</li>
 * </ul>
 */
final class ImportAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportAnswers() {
    }

    /**
     * Writes a report.
     *
     * @param response the response
     * @param status   the HTTP status
     * @param report   the report
     * @throws IOException when the response cannot be written
     */
    static void report(HttpServletResponse response, int status, ImportReport report) throws IOException {
        start(response, status);
        try (OutputStream out = response.getOutputStream()) {
            ReportJson.write(report, out);
        }
    }

    /**
     * Writes the error of a file that was not imported, followed by its report.
     *
     * @param response the response
     * @param status   the HTTP status
     * @param error    why the file was not imported
     * @param report   the report
     * @throws IOException when the response cannot be written
     */
    static void failedFile(HttpServletResponse response, int status, FileError error, ImportReport report)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        String file = report.files().isEmpty() ? null : report.files().get(0).file();
        body.set("error", error(error.code(), error.message(), file, error.sheet(), error.row(), error.column()));
        body.setAll((ObjectNode) JSON.readTree(ReportJson.toJson(report)));
        write(response, status, body);
    }

    /**
     * Writes an error of the request.
     *
     * @param response the response
     * @param status   the HTTP status
     * @param code     a stable code
     * @param message  what is wrong and how to send it right
     * @param file     the file name, if one was sent
     * @throws IOException when the response cannot be written
     */
    static void requestError(HttpServletResponse response, int status, String code, String message,
            @Nullable String file) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error(code, message, file, null, null, null));
        write(response, status, body);
    }

    private static ObjectNode error(String code, String message, @Nullable String file, @Nullable String sheet,
            @Nullable Integer row, @Nullable String column) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", Objects.requireNonNull(code, "code"));
        error.put("message", Objects.requireNonNull(message, "message"));
        error.put("file", file);
        error.put("sheet", sheet);
        error.put("row", row);
        error.put("column", column);
        return error;
    }

    private static void write(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        start(response, status);
        try (OutputStream out = response.getOutputStream()) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, body);
        }
    }

    private static void start(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
    }
}
