package vn.campaign.api.commendation.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
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
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.XlsxLayout;
import vn.campaign.api.exports.ExportFileName;
import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.commendation.paper.CommendationPapers;
import vn.campaign.core.commendation.paper.DecisionAnnex;
import vn.campaign.core.commendation.paper.ProposalLetter;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.unit.UnitCode;

/**
 * The papers of commendation as files.
 *
 * <ul>
 *   <li>{@value #ANNEX_XLSX} and {@value #ANNEX_DOCX} with {@code campaign} (the campaign's code) and
 *       {@code decision} (the decision's number as written, "123/QĐ-UBND", or its id as GraphQL gives it): the
 *       list annexed to the decision. Decisions and decided commendations are public (as in GraphQL), so anyone
 *       may download it, with or without a token.</li>
 *   <li>{@value #PROPOSAL_DOCX} with {@code campaign} and {@code unit} (the proposing unit's code): the unit's
 *       tờ trình, for the unit's officers, the city's administrators and the reviewers of proposals only, who see
 *       its undecided proposals:
 *       401 without a token, 403 for anyone else.</li>
 * </ul>
 *
 * <p>Refusals have the body {@code {"error": {"code", "message", "messageVi", "parameter"}}}: 400 for a missing,
 * repeated or malformed parameter ({@code PARAMETER_MISSING}, {@code PARAMETER_REPEATED},
 * {@code PARAMETER_MALFORMED}), 404 for a campaign, decision or unit that does not exist ({@code CAMPAIGN_UNKNOWN},
 * {@code NOT_FOUND}, {@code UNIT_UNKNOWN}, the codes of the rule catalogue), 401 and 403 as said.
 */
@RestController
public class CommendationExportController {

    /** The annex as a workbook. */
    public static final String ANNEX_XLSX = "/api/exports/commendations.xlsx";
    /** The annex as a document. */
    public static final String ANNEX_DOCX = "/api/exports/commendations.docx";
    /** A unit's proposal as a document. */
    public static final String PROPOSAL_DOCX = "/api/exports/commendation-proposal.docx";
    /** The parameter naming the campaign. */
    public static final String CAMPAIGN = "campaign";
    /** The parameter naming the decision. */
    public static final String DECISION = "decision";
    /** The parameter naming the unit. */
    public static final String UNIT = "unit";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommendationPapers papers;

    /**
     * A controller over the papers.
     *
     * @param papers the papers of commendation
     */
    public CommendationExportController(CommendationPapers papers) {
        this.papers = Objects.requireNonNull(papers, "papers");
    }

    /**
     * The annex as a workbook.
     *
     * @param campaign the campaign's code
     * @param decision the decision's number or id
     * @return the file, or a refusal
     * @throws IOException when the file cannot be written
     */
    @GetMapping(ANNEX_XLSX)
    public ResponseEntity<byte[]> annexXlsx(@RequestParam(name = CAMPAIGN, required = false) @Nullable List<String> campaign,
            @RequestParam(name = DECISION, required = false) @Nullable List<String> decision) throws IOException {
        return annex(campaign, decision, "xlsx", XlsxLayout.MEDIA_TYPE, AnnexXlsxWriter::write);
    }

    /**
     * The annex as a document.
     *
     * @param campaign the campaign's code
     * @param decision the decision's number or id
     * @return the file, or a refusal
     * @throws IOException when the file cannot be written
     */
    @GetMapping(ANNEX_DOCX)
    public ResponseEntity<byte[]> annexDocx(@RequestParam(name = CAMPAIGN, required = false) @Nullable List<String> campaign,
            @RequestParam(name = DECISION, required = false) @Nullable List<String> decision) throws IOException {
        return annex(campaign, decision, "docx", DocxLayout.MEDIA_TYPE, AnnexDocxWriter::write);
    }

    /**
     * A unit's proposal as a document.
     *
     * @param campaign the campaign's code
     * @param unit     the proposing unit's code
     * @return the file, or a refusal
     * @throws IOException when the file cannot be written
     */
    @GetMapping(PROPOSAL_DOCX)
    public ResponseEntity<byte[]> proposalDocx(@RequestParam(name = CAMPAIGN, required = false) @Nullable List<String> campaign,
            @RequestParam(name = UNIT, required = false) @Nullable List<String> unit) throws IOException {
        String code;
        String unitCode;
        try {
            code = campaignCode(campaign);
            unitCode = single(UNIT, unit);
            if (!UnitCode.isWellFormed(unitCode)) {
                throw new BadParameter(UNIT, "PARAMETER_MALFORMED", Message.format(
                        "Tham số '%s' không phải mã đơn vị: '%s'.", "The parameter '%s' is not a unit code: '%s'.",
                        UNIT, unitCode));
            }
        } catch (BadParameter e) {
            return e.answer();
        }
        Outcome<ProposalLetter> letter = papers.proposal(CurrentActor.of(SecurityContextHolder.getContext()
                .getAuthentication()), code, unitCode);
        if (letter instanceof Outcome.Success<ProposalLetter> success) {
            ProposalLetter value = success.value();
            return file(new ExportFileName("Tờ trình đề nghị khen thưởng - " + code + " - " + unitCode + ".docx"),
                    DocxLayout.MEDIA_TYPE, out -> ProposalDocxWriter.write(value, out));
        }
        return refusal(((Outcome.Failure<ProposalLetter>) letter).violations().get(0));
    }

    private ResponseEntity<byte[]> annex(@Nullable List<String> campaign, @Nullable List<String> decision,
            String extension, String mediaType, Writer<DecisionAnnex> writer) throws IOException {
        String code;
        String wanted;
        try {
            code = campaignCode(campaign);
            wanted = single(DECISION, decision);
        } catch (BadParameter e) {
            return e.answer();
        }
        String key = GlobalId.decode(wanted).filter(id -> id.type().equals("Decision")).map(GlobalId::key)
                .orElse(wanted);
        Outcome<DecisionAnnex> annex = papers.annex(code, key);
        if (annex instanceof Outcome.Success<DecisionAnnex> success) {
            DecisionAnnex value = success.value();
            return file(new ExportFileName("Danh sách khen thưởng - " + code + " - Quyết định "
                    + value.decisionNumber().replace('/', '-') + "." + extension), mediaType,
                    out -> writer.write(value, out));
        }
        return refusal(((Outcome.Failure<DecisionAnnex>) annex).violations().get(0));
    }

    private static String campaignCode(@Nullable List<String> values) throws BadParameter {
        String code = single(CAMPAIGN, values);
        if (!CampaignCode.isWellFormed(code)) {
            throw new BadParameter(CAMPAIGN, "PARAMETER_MALFORMED", Message.format(
                    "Tham số '%s' không phải mã đợt thi đua: '%s'.", "The parameter '%s' is not a campaign code: '%s'.",
                    CAMPAIGN, code));
        }
        return code;
    }

    private static String single(String name, @Nullable List<String> values) throws BadParameter {
        if (values == null || values.isEmpty() || values.stream().allMatch(String::isBlank)) {
            throw new BadParameter(name, "PARAMETER_MISSING", Message.format("Thiếu tham số '%s'.",
                    "The query parameter '%s' is missing.", name));
        }
        if (values.size() > 1) {
            throw new BadParameter(name, "PARAMETER_REPEATED", Message.format("Tham số '%s' chỉ được ghi một lần.",
                    "The query parameter '%s' may be given once only.", name));
        }
        return values.get(0).strip();
    }

    private static ResponseEntity<byte[]> file(ExportFileName name, String mediaType, Content content)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.write(out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.parseMediaType(mediaType))
                .body(out.toByteArray());
    }

    private static ResponseEntity<byte[]> refusal(Violation violation) {
        HttpStatus status = violation.code() == RuleCode.UNAUTHORIZED ? HttpStatus.UNAUTHORIZED
                : violation.code() == RuleCode.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
        String field = violation.field().segments().isEmpty() ? null : violation.field().segments().get(0);
        return error(status, violation.code().name(), violation.message(), field);
    }

    private static ResponseEntity<byte[]> error(HttpStatus status, String code, Message message,
            @Nullable String parameter) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", code);
        error.put("message", message.en());
        error.put("messageVi", message.vi());
        error.put("parameter", parameter);
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    /** A parameter that cannot be used, answered 400. */
    private static final class BadParameter extends Exception {
        private static final long serialVersionUID = 1L;
        private final String parameter;
        private final String code;
        private final transient Message text;

        BadParameter(String parameter, String code, Message text) {
            super(text.en(), null, false, false);
            this.parameter = parameter;
            this.code = code;
            this.text = text;
        }

        ResponseEntity<byte[]> answer() {
            return error(HttpStatus.BAD_REQUEST, code, text, parameter);
        }
    }

    /** Writes a paper as a file. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(T paper, OutputStream out) throws IOException;
    }

    /** Writes a file's content. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }
}
