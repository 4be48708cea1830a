package vn.campaign.api.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * {@code GET /api/exports/works.xlsx} and {@code GET /api/exports/events.xlsx}: a campaign's works or events as
 * an .xlsx workbook ({@link RegistrationWorkbook}), with the query parameters {@code campaign} (a campaign
 * code, required), and {@code unit} (unit codes), {@code status} (status names) and {@code taskArea} (task
 * area codes), each optional and repeatable: a registration is included when it is of one of the units, in
 * one of the statuses and in one of the task areas given.
 *
 * <ul>
 *   <li>200 with the workbook, saved as a Vietnamese file name ({@link ExportFileName}). It holds what the
 *       caller may see in GraphQL ({@link AccessPolicy#visibility}): everything for the city and viewers, the
 *       public registrations and all of their own unit's for a unit officer, the public ones for a caller
 *       without a token. The store applies it in its query.</li>
 *   <li>400 when a parameter cannot be used (missing or unknown campaign, malformed or unknown unit, unknown
 *       status or task area), with the body {@code {"error": {"code", "message", "parameter"}}}.</li>
 *   <li>401 for a token that does not check out (the security filter chain answers it).</li>
 * </ul>
 */
@RestController
public class ExportController {

    /** The path of the works export. */
    public static final String WORKS_PATH = "/api/exports/works.xlsx";
    /** The path of the events export. */
    public static final String EVENTS_PATH = "/api/exports/events.xlsx";
    /** The media type of .xlsx files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Logger LOG = LoggerFactory.getLogger(ExportController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final CampaignPlatform platform;
    private final RegistrationQueries queries;
    private final Clock clock;

    /**
     * A controller over the platform's campaigns and units and the registrations' read port.
     *
     * @param platform the platform
     * @param queries  the registrations' reads
     * @param clock    the clock that dates the export
     */
    public ExportController(CampaignPlatform platform, RegistrationQueries queries, Clock clock) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Exports works.
     *
     * @param campaign  the campaign code
     * @param units     unit codes
     * @param statuses  status names
     * @param taskAreas task area codes
     * @param response  where the workbook is written
     * @throws IOException when the workbook cannot be written
     */
    @GetMapping(WORKS_PATH)
    public void works(@RequestParam(name = ExportRequest.CAMPAIGN, required = false) @Nullable List<String> campaign,
            @RequestParam(name = ExportRequest.UNIT, required = false) @Nullable List<String> units,
            @RequestParam(name = ExportRequest.STATUS, required = false) @Nullable List<String> statuses,
            @RequestParam(name = ExportRequest.TASK_AREA, required = false) @Nullable List<String> taskAreas,
            HttpServletResponse response) throws IOException {
        export(RegistrationType.WORK, campaign, units, statuses, taskAreas, response);
    }

    /**
     * Exports events.
     *
     * @param campaign  the campaign code
     * @param units     unit codes
     * @param statuses  status names
     * @param taskAreas task area codes
     * @param response  where the workbook is written
     * @throws IOException when the workbook cannot be written
     */
    @GetMapping(EVENTS_PATH)
    public void events(@RequestParam(name = ExportRequest.CAMPAIGN, required = false) @Nullable List<String> campaign,
            @RequestParam(name = ExportRequest.UNIT, required = false) @Nullable List<String> units,
            @RequestParam(name = ExportRequest.STATUS, required = false) @Nullable List<String> statuses,
            @RequestParam(name = ExportRequest.TASK_AREA, required = false) @Nullable List<String> taskAreas,
            HttpServletResponse response) throws IOException {
        export(RegistrationType.EVENT, campaign, units, statuses, taskAreas, response);
    }

    /**
     * Answers a parameter that cannot be used.
     *
     * @param e        what is wrong
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(ExportParameterException.class)
    public void badParameter(ExportParameterException e, HttpServletResponse response) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        error.put("parameter", e.parameter());
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, body);
        }
    }

    private void export(RegistrationType type, @Nullable List<String> campaign, @Nullable List<String> units,
            @Nullable List<String> statuses, @Nullable List<String> taskAreas, HttpServletResponse response)
            throws IOException {
        Actor actor = CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
        ExportRequest request = ExportRequest.parse(type, campaign, units, statuses, taskAreas, platform.campaigns(),
                c -> AccessPolicy.canSee(actor, c), platform.units());
        Visibility visibility = AccessPolicy.visibility(actor);
        LocalDate today = LocalDate.now(clock);
        String unitTitle = request.units().isEmpty() ? ExportWords.WHOLE_CITY
                : String.join(", ", request.units().stream().map(Unit::name).toList());
        ExportFileName fileName = fileName(request, today);

        response.setStatus(HttpStatus.OK.value());
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, fileName.contentDisposition());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        long started = System.nanoTime();
        long rows;
        try (OutputStream out = response.getOutputStream()) {
            rows = RegistrationWorkbook.write(ExportLayout.of(type, request.campaign()),
                    new RegistrationWorkbook.Titles(request.campaign().name(), unitTitle, today),
                    RegistrationPages.of(request, visibility, queries), unitNames(request), out);
        }
        LOG.info("Exported {} {} of campaign {} for {} in {} ms", rows, type == RegistrationType.WORK ? "works"
                : "events", request.campaign().code().value(), actor.subject(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The name of each unit in the campaign's period, read once per unit. */
    private Function<UnitCode, String> unitNames(ExportRequest request) {
        Map<UnitCode, String> names = new HashMap<>();
        request.units().forEach(u -> names.put(u.code(), u.name()));
        return code -> names.computeIfAbsent(code, c -> platform.units().findByCode(c, request.campaign().period())
                .map(Unit::name).orElse(c.value()));
    }

    private static ExportFileName fileName(ExportRequest request, LocalDate today) {
        String what = request.type() == RegistrationType.WORK ? "Danh sách công trình" : "Danh sách lễ hội, sự kiện";
        String where = switch (request.units().size()) {
            case 0 -> ExportWords.WHOLE_CITY;
            case 1 -> request.units().get(0).name();
            default -> request.units().size() + " đơn vị";
        };
        return new ExportFileName(what + " - " + request.campaign().code().value() + " - " + where + " - "
                + FILE_DAY.format(today) + ".xlsx");
    }
}
