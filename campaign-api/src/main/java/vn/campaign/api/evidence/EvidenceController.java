package vn.campaign.api.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.Actor;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.text.Message;

/**
 * The evidence endpoints.
 *
 * <ul>
 *   <li>{@code POST /api/registrations/{id}/evidence}, {@code multipart/form-data} with the field {@code file}
 *       (repeatable) and {@code caption} (optional, one per file in the same order), by an officer of the
 *       registration's unit or the city: 201 {@code {"evidence": [{"id", "fileName", "contentType", "size",
 *       "sha256", "caption", "url"}]}}, one entry per file sent, in order.</li>
 *   <li>{@code GET /api/evidence/{id}}: the file, as an attachment under its name, to whoever may see its
 *       registration (anyone once the registration is approved).</li>
 *   <li>{@code DELETE /api/evidence/{id}}: 204, by its uploader or the city, until the registration is
 *       completed.</li>
 * </ul>
 *
 * Refusals answer {@code {"code", "message", "messageVi", "file"}} with the status of their
 * {@link EvidenceProblem}; nothing of a refused upload is stored. A registration or piece the caller may not
 * see is answered 404, as one that does not exist.
 */
@RestController
public class EvidenceController {

    /** The upload path. */
    public static final String UPLOAD_PATH = "/api/registrations/{id}/evidence";
    /** The path of one piece. */
    public static final String EVIDENCE_PATH = "/api/evidence/{id}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EvidenceService evidence;
    private final EvidenceProperties limits;

    /**
     * A controller over the evidence service.
     *
     * @param evidence the service
     * @param limits   the limits, named when an upload is larger than the multipart limits
     */
    public EvidenceController(EvidenceService evidence, EvidenceProperties limits) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The download path of a piece.
     *
     * @param id the piece's id
     * @return {@code /api/evidence/{id}}
     */
    public static String url(EvidenceId id) {
        return EVIDENCE_PATH.replace("{id}", id.value());
    }

    /**
     * Uploads evidence.
     *
     * @param id       the global id of a work or an event
     * @param request  the multipart request
     * @param response where the answer is written
     * @throws IOException when a file cannot be read or the answer written
     */
    @PostMapping(UPLOAD_PATH)
    public void upload(@PathVariable("id") String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Actor actor = caller();
        Optional<RegistrationId> registration = GlobalId.registration(id, "Work")
                .or(() -> GlobalId.registration(id, "Event"));
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        List<MultipartFile> files = multipart == null ? List.of() : multipart.getFiles("file");
        String[] sent = multipart == null ? null : multipart.getParameterValues("caption");
        List<String> captions = sent == null ? List.of() : List.of(sent);
        if (registration.isEmpty()) {
            refuse(response, EvidenceRefusal.registrationNotFound(id));
            return;
        }
        if (!files.isEmpty() && captions.size() > files.size()) {
            refuse(response, new EvidenceRefusal(EvidenceProblem.CAPTION_INVALID, Message.format(
                    "Có %d chú thích cho %d tệp: mỗi tệp có nhiều nhất một chú thích, theo thứ tự các tệp.",
                    "%d captions were sent for %d files: each file has at most one caption, in the order of the files.",
                    captions.size(), files.size()), null));
            return;
        }
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            uploads.add(new EvidenceUpload(file.getOriginalFilename(), file.getSize(),
                    i < captions.size() ? captions.get(i) : null, file::getInputStream));
        }
        EvidenceResult<List<EvidenceFile>> result = evidence.upload(actor, registration.get(), uploads);
        if (result instanceof EvidenceResult.Refused<List<EvidenceFile>> refused) {
            refuse(response, refused.refusal());
        } else if (result instanceof EvidenceResult.Done<List<EvidenceFile>> done) {
            write(response, HttpStatus.CREATED, Map.of("evidence", done.value().stream().map(EvidenceController::describe)
                    .toList()));
        }
    }

    /**
     * Downloads a piece of evidence.
     *
     * @param id       its id
     * @param response where the file is written
     * @throws IOException when the file cannot be read or written
     */
    @GetMapping(EVIDENCE_PATH)
    public void download(@PathVariable("id") String id, HttpServletResponse response) throws IOException {
        EvidenceResult<EvidenceService.Download> result = evidence.download(caller(), id);
        if (result instanceof EvidenceResult.Refused<EvidenceService.Download> refused) {
            refuse(response, refused.refusal());
        } else if (result instanceof EvidenceResult.Done<EvidenceService.Download> done) {
            EvidenceFile file = done.value().file();
            try (InputStream content = done.value().content()) {
                response.setStatus(HttpStatus.OK.value());
                response.setContentType(file.contentType());
                response.setContentLengthLong(file.size());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
                response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256().hex() + "\"");
                try (OutputStream out = response.getOutputStream()) {
                    content.transferTo(out);
                }
            }
        }
    }

    /**
     * Removes a piece of evidence.
     *
     * @param id       its id
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @DeleteMapping(EVIDENCE_PATH)
    public void delete(@PathVariable("id") String id, HttpServletResponse response) throws IOException {
        EvidenceResult<EvidenceFile> result = evidence.delete(caller(), id);
        if (result instanceof EvidenceResult.Refused<EvidenceFile> refused) {
            refuse(response, refused.refusal());
        } else {
            response.setStatus(HttpStatus.NO_CONTENT.value());
        }
    }

    /**
     * Answers an upload beyond Spring's multipart limits ({@code spring.servlet.multipart.*}), which are
     * checked while the parts are read.
     *
     * @param e        the exception
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public void tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        long max = limits.maxFileSize().toBytes();
        refuse(response, new EvidenceRefusal(EvidenceProblem.FILE_TOO_LARGE, Message.format(
                "Yêu cầu lớn hơn mức máy chủ nhận trong một lần gửi; mỗi tệp minh chứng tối đa %s (%d byte). Không tệp nào được lưu.",
                "The request is larger than the server accepts in one upload; an evidence file may hold at most %s"
                        + " (%d bytes). No file was stored.", EvidenceService.megabytes(max), max), null));
    }

    /**
     * Answers a body that is not a readable multipart request.
     *
     * @param e        the exception
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(MultipartException.class)
    public void malformed(MultipartException e, HttpServletResponse response) throws IOException {
        refuse(response, new EvidenceRefusal(EvidenceProblem.FILE_MISSING, new Message(
                "Yêu cầu không phải biểu mẫu multipart/form-data đọc được; gửi tệp trong trường “file”.",
                "The request is not a readable multipart/form-data body; send the files as the field 'file'."), null));
    }

    private static Map<String, Object> describe(EvidenceFile file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", file.id().value());
        entry.put("fileName", file.fileName());
        entry.put("contentType", file.contentType());
        entry.put("size", file.size());
        entry.put("sha256", file.sha256().hex());
        entry.put("caption", file.caption());
        entry.put("url", url(file.id()));
        return entry;
    }

    private static void refuse(HttpServletResponse response, EvidenceRefusal refusal) throws IOException {
        if (refusal.problem() == EvidenceProblem.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("code", refusal.problem().name());
        body.put("message", refusal.message().en());
        body.put("messageVi", refusal.message().vi());
        body.put("file", refusal.file());
        write(response, refusal.problem().status(), body);
    }

    private static void write(HttpServletResponse response, HttpStatus status, Map<String, ?> body) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            JSON.writeValue(out, body);
        }
    }

    private static Actor caller() {
        return CurrentActor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
