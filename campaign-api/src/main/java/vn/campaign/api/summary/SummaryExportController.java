package vn.campaign.api.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.report.FinalSummaries;
import vn.campaign.core.report.FinalSummary;
import vn.campaign.core.report.SummaryReport;
import vn.campaign.core.report.SummaryReports;

/**
 * The city's summary report of a campaign as a file, for the city's administrators:
 * {@value #XLSX_PATH} (a workbook, one sheet per table, totals as formulas) and {@value #DOCX_PATH} (a document
 * in the administrative layout), both with the query parameter {@code campaign} (the campaign's code).
 *
 * <ul>
 *   <li>200 with the file, named in {@code Content-Disposition} ("Báo cáo tổng hợp CT32-2022.xlsx" as
 *       {@code filename*=UTF-8''…}, and an ASCII {@code filename} for old clients).</li>
 *   <li>400 with a JSON body {@code {"error": {"code", "message", "parameter": "campaign"}}} when the parameter is
 *       missing or names no campaign.</li>
 *   <li>401 without a valid bearer token and 403 for any role but {@code CITY_ADMIN}: the security filter chain
 *       answers those, with the same JSON bodies as everywhere; the controller checks the role again.</li>
 * </ul>
 *
 * <p>The report counts every registration of the campaign except rejected and cancelled ones, which is why only
 * the city's administrators, who see them all, may have it.
 *
 * <p>Of a {@code CLOSED} campaign, the report is by default the final summary ("Báo cáo tổng kết", {@link
 * FinalSummaries}) drawn up from the final report its closing kept, dated the closing day: nothing changed after
 * the closing alters it. {@code final=false} asks for the report of the data as they are now instead.
 */
@RestController
public class SummaryExportController {

    /** The workbook's path. */
    public static final String XLSX_PATH = "/api/exports/summary.xlsx";
    /** The document's path. */
    public static final String DOCX_PATH = "/api/exports/summary.docx";
    /** The name of the query parameter that names the campaign. */
    public static final String CAMPAIGN = "campaign";
    /** The name of the query parameter that, set to {@code false}, asks a closed campaign's current figures. */
    public static final String FINAL = "final";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SummaryReports reports;
    private final FinalSummaries finals;

    /**
     * A controller over the reports.
     *
     * @param reports the summary reports
     * @param finals  the final summaries of closed campaigns
     */
    public SummaryExportController(SummaryReports reports, FinalSummaries finals) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.finals = Objects.requireNonNull(finals, "finals");
    }

    /**
     * The report as a workbook.
     *
     * @param campaign the campaign's code
     * @param closing  {@code false} for a closed campaign's current figures rather than its final summary
     * @return the file, or a refusal
     * @throws IOException when the file cannot be written
     */
    @GetMapping(XLSX_PATH)
    public ResponseEntity<byte[]> xlsx(@RequestParam(name = CAMPAIGN, required = false) @Nullable String campaign,
            @RequestParam(name = FINAL, defaultValue = "true") boolean closing) throws IOException {
        return answer(campaign, closing, "xlsx", SummaryXlsxWriter.MEDIA_TYPE, SummaryXlsxWriter::write,
                FinalSummaryXlsxWriter::write);
    }

    /**
     * The report as a document.
     *
     * @param campaign the campaign's code
     * @param closing  {@code false} for a closed campaign's current figures rather than its final summary
     * @return the file, or a refusal
     * @throws IOException when the file cannot be written
     */
    @GetMapping(DOCX_PATH)
    public ResponseEntity<byte[]> docx(@RequestParam(name = CAMPAIGN, required = false) @Nullable String campaign,
            @RequestParam(name = FINAL, defaultValue = "true") boolean closing) throws IOException {
        return answer(campaign, closing, "docx", SummaryDocxWriter.MEDIA_TYPE, SummaryDocxWriter::write,
                FinalSummaryDocxWriter::write);
    }

    private ResponseEntity<byte[]> answer(@Nullable String campaign, boolean closing, String extension,
            String mediaType, Writer<SummaryReport> writer, Writer<FinalSummary> finalWriter) throws IOException {
        Actor caller = CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
        if (!(caller instanceof Actor.User user) || user.role() != Role.CITY_ADMIN) {
            return error(HttpStatus.FORBIDDEN, "FORBIDDEN", "Only the city's administrators may download the summary"
                    + " report.");
        }
        if (campaign == null || campaign.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "CAMPAIGN_MISSING", "the query parameter '" + CAMPAIGN
                    + "' is missing: name the campaign by its code, such as ?" + CAMPAIGN + "=CT32-2022");
        }
        String code = campaign.strip();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Optional<FinalSummary> summary = closing ? finals.of(code) : Optional.empty();
        String title;
        String ascii;
        if (summary.isPresent()) {
            finalWriter.write(summary.get(), out);
            title = "Báo cáo tổng kết ";
            ascii = "bao-cao-tong-ket-";
        } else {
            Optional<SummaryReport> report = reports.of(code);
            if (report.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, "CAMPAIGN_UNKNOWN", "the query parameter '" + CAMPAIGN
                        + "' names no campaign: '" + code + "'");
            }
            writer.write(report.get(), out);
            title = "Báo cáo tổng hợp ";
            ascii = "bao-cao-tong-hop-";
        }
        String disposition = "attachment; filename=\"" + ascii + code + "." + extension + "\"; filename*=UTF-8''"
                + rfc5987(title + code + "." + extension);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .contentType(MediaType.parseMediaType(mediaType))
                .body(out.toByteArray());
    }

    /** A value for {@code filename*} (RFC 5987): UTF-8, every byte but the letters, digits and {@code !#$&+-.^_`|~} escaped. */
    static String rfc5987(String value) {
        StringBuilder s = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                s.append(c);
            } else {
                s.append('%').append(String.format("%02X", (int) c));
            }
        }
        return s.toString();
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", code);
        error.put("message", message);
        error.put("parameter", status == HttpStatus.BAD_REQUEST ? CAMPAIGN : null);
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a report as a file. */
    @FunctionalInterface
    private interface Writer<R> {
        void write(R report, java.io.OutputStream out) throws IOException;
    }
}
