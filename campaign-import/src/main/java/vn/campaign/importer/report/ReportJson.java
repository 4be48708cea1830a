package vn.campaign.importer.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads an {@link ImportReport} as JSON: the document the command saves with
 * {@code --report} and the API answers to an upload.
 *
 * <p>Dates are ISO days ({@code "2022-05-19"}), amounts whole đồng, enums their names; absent values
 * are left out. Reading ignores fields it does not know, so a newer server's answer still reads, and takes a
 * count it does not find as 0, so an older server's answer (without {@code conflicts}) reads too.
 *
 * <pre>{@code
 * ReportJson.write(report, Path.of("import-report.json"));
 * ImportReport again = ReportJson.read(Files.newInputStream(Path.of("import-report.json")));
 * }</pre>
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an older server's report has no conflicts count: a missing number reads as 0
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(IssueJson.module())
            .build();

    private ReportJson() {
    }

    /**
     * Writes a report to a stream, leaving the stream open.
     *
     * @param report the report
     * @param out    where to write; UTF-8
     * @throws UncheckedIOException when the stream cannot be written
     */
    public static void write(ImportReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            MAPPER.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, report);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("the report could not be written: " + e.getMessage(), e));
        }
    }

    /**
     * Writes a report to a file, replacing it.
     *
     * @param report the report
     * @param file   the file
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ImportReport report, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The report as a JSON text.
     *
     * @param report the report
     * @return the JSON
     */
    public static String toJson(ImportReport report) {
        return MAPPER.writeValueAsString(Objects.requireNonNull(report, "report"));
    }

    /**
     * Reads a report from a stream, leaving the stream open.
     *
     * @param in the JSON, UTF-8
     * @return the report
     * @throws IllegalArgumentException when the text is not an import report
     */
    public static ImportReport read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return MAPPER.readerFor(ImportReport.class).without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(in);
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an import report: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report from a JSON text.
     *
     * @param json the JSON
     * @return the report
     * @throws IllegalArgumentException when the text is not an import report
     */
    public static ImportReport read(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, ImportReport.class);
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an import report: " + e.getMessage(), e);
        }
    }
}
