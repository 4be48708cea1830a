package vn.campaign.api.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.Actor;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.run.ImportRunner;

/**
 * {@code POST /api/imports}: imports a spreadsheet sent as {@code multipart/form-data} with the fields
 * {@code file} (the spreadsheet: .xlsx, .xls or .csv, told by its first bytes), {@code campaign} (a campaign
 * code, {@value ImportRunner#DEFAULT_CAMPAIGN} by default) and {@code dryRun} ({@code false} by default; {@code true}
 * checks every row and stores nothing).
 *
 * <ul>
 *   <li>200 with the import report when the file was read, even if some rows were rejected (the report
 *       says which and why); the header {@value #IMPORT_ID_HEADER} gives the run's global id for
 *       {@code node(id:)}.</li>
 *   <li>422 when the file cannot be read (damaged, encrypted, not a spreadsheet, a limit crossed): nothing
 *       was stored; the body's {@code error} names file, sheet, row and column.</li>
 *   <li>400 when the {@code file} part is missing, {@code dryRun} is not a boolean, or the campaign is
 *       unknown; 413 when the file is larger than the limit ({@link ImportUploadLimitAdvice}).</li>
 *   <li>401 without a valid bearer token and 403 for any role but {@code CITY_ADMIN}: the security filter
 *       chain answers those before the upload is read.</li>
 * </ul>
 */
@RestController
public class ImportController {

    /** The path of the endpoint. */
    public static final String PATH = "/api/imports";

    /** The response header that carries the global id of the recorded run. */
    public static final String IMPORT_ID_HEADER = "Import-Id";

    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final ImportService imports;

    /**
     * A controller over the import service.
     *
     * @param imports the service
     */
    public ImportController(ImportService imports) {
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /**
     * Imports an uploaded file and answers with its report.
     *
     * @param file     the spreadsheet
     * @param campaign the campaign code
     * @param dryRun   whether to store nothing
     * @param response where the answer is written
     * @throws IOException when the upload cannot be kept for reading or the answer cannot be written
     */
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public void upload(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "campaign", defaultValue = ImportRunner.DEFAULT_CAMPAIGN) String campaign,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, HttpServletResponse response)
            throws IOException {
        Path content = Files.createTempFile("campaign-import-", ".upload");
        try {
            file.transferTo(content);
            ImportOutcome outcome = imports.run(new Upload(fileName(file), content, campaign.strip(), dryRun,
                    caller()));
            if (outcome instanceof ImportOutcome.Read read) {
                response.setHeader(IMPORT_ID_HEADER, id(read.run()));
                ImportAnswers.report(response, HttpStatus.OK.value(), read.report());
            } else if (outcome instanceof ImportOutcome.Unreadable unreadable) {
                response.setHeader(IMPORT_ID_HEADER, id(unreadable.run()));
                ImportAnswers.failedFile(response, HttpStatus.UNPROCESSABLE_CONTENT.value(), unreadable.error(),
                        unreadable.report());
            } else if (outcome instanceof ImportOutcome.CampaignUnknown unknown) {
                ImportAnswers.failedFile(response, HttpStatus.BAD_REQUEST.value(), unknown.error(), unknown.report());
            } else if (outcome instanceof ImportOutcome.Refused refused) {
                Violation refusal = refused.violations().get(0);
                HttpStatus status = refusal.code() == RuleCode.UNAUTHORIZED ? HttpStatus.UNAUTHORIZED
                        : HttpStatus.FORBIDDEN;
                ImportAnswers.requestError(response, status.value(), refusal.code().name(), refusal.message().en(),
                        null);
            }
        } finally {
            try {
                Files.deleteIfExists(content);
            } catch (IOException e) {
                LOG.warn("The upload {} could not be deleted", content, e);
            }
        }
    }

    /**
     * Answers a request without a {@code file} part.
     *
     * @param e        the exception
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(MissingServletRequestPartException.class)
    public void missingFile(MissingServletRequestPartException e, HttpServletResponse response) throws IOException {
        ImportAnswers.requestError(response, HttpStatus.BAD_REQUEST.value(), "FILE_MISSING",
                "the multipart part '" + e.getRequestPartName() + "' is missing: send the spreadsheet as the part"
                        + " 'file' of a multipart/form-data POST, with the optional fields 'campaign' (default "
                        + ImportRunner.DEFAULT_CAMPAIGN + ") and 'dryRun' (default false)", null);
    }

    /**
     * Answers a request whose {@code dryRun} is not a boolean.
     *
     * @param e        the exception
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public void malformedField(MethodArgumentTypeMismatchException e, HttpServletResponse response)
            throws IOException {
        ImportAnswers.requestError(response, HttpStatus.BAD_REQUEST.value(), "INVALID_FIELD",
                "the field '" + e.getName() + "' is malformed: 'dryRun' must be true or false", null);
    }

    /**
     * Who uploads: the signed-in caller of the request (the security filter chain lets only the city's
     * administrators reach this endpoint; the service checks again with the core's access policy).
     */
    private static Actor caller() {
        return CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
    }

    private static String fileName(MultipartFile file) {
        String original = file.getOriginalFilename();
        if (original == null) {
            return "upload";
        }
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        String name = VietnameseText.normalizeOptional(last);
        return name == null ? "upload" : name;
    }

    private static String id(Import run) {
        return ImportGraphQlController.globalId(run);
    }
}
