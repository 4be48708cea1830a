package vn.campaign.api.imports;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload larger than the multipart limits with 413 and a JSON error. The limits are checked
 * while the request is parsed, before any controller is chosen, so this advice applies to every handler;
 * {@code POST /api/imports} is the only endpoint that takes uploads.
 */
@RestControllerAdvice
public class ImportUploadLimitAdvice {

    private final ImportService imports;

    /**
     * An advice that names the service's limit.
     *
     * @param imports the import service
     */
    public ImportUploadLimitAdvice(ImportService imports) {
        this.imports = Objects.requireNonNull(imports, "imports");
    }

    /**
     * Answers an upload that is too large.
     *
     * @param e        the exception
     * @param response where the answer is written
     * @throws IOException when the answer cannot be written
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public void tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        long limit = imports.maxFileBytes();
        ImportAnswers.requestError(response, HttpStatus.CONTENT_TOO_LARGE.value(), "FILE_TOO_LARGE",
                String.format(Locale.ROOT, "the upload is larger than the limit of %d bytes (%.1f MiB);"
                        + " split the file into smaller ones", limit, limit / (1024.0 * 1024.0)), null);
    }
}
