package vn.campaign.api.evidence;

import org.springframework.http.HttpStatus;

/**
 * Why an evidence request is refused: the {@code code} of the JSON answer, with its HTTP status.
 */
public enum EvidenceProblem {
    /** No valid bearer token: evidence is written by signed-in users only. */
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED),
    /** The caller's role or unit does not allow it. */
    FORBIDDEN(HttpStatus.FORBIDDEN),
    /** No registration or evidence has the id, or the caller may not see it. */
    NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The registration is completed, rejected or cancelled: its evidence no longer changes. */
    EVIDENCE_LOCKED(HttpStatus.CONFLICT),
    /** The registration's campaign is closed and its closing grace period, if any, is over. */
    CAMPAIGN_CLOSED(HttpStatus.CONFLICT),
    /** The request carries no {@code file} part, or is not multipart. */
    FILE_MISSING(HttpStatus.BAD_REQUEST),
    /** More files than one request may carry. */
    TOO_MANY_FILES(HttpStatus.BAD_REQUEST),
    /** More captions than files, or a caption too long or holding control characters. */
    CAPTION_INVALID(HttpStatus.BAD_REQUEST),
    /** A file of zero bytes. */
    FILE_EMPTY(HttpStatus.BAD_REQUEST),
    /** A file larger than {@code campaign.evidence.max-file-size}, or a request beyond the multipart limits. */
    FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** The registration's evidence would grow beyond {@code campaign.evidence.max-total-size}. */
    EVIDENCE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** The bytes are of a type outside the allow-list (an executable, a spreadsheet, a zip that is not a Word document). */
    FILE_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The name's extension says another type than the bytes (a JPEG named {@code .pdf}). */
    FILE_TYPE_MISMATCH(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** A Word document that inflates beyond the archive limits (a zip bomb) or whose archive is damaged. */
    FILE_UNSAFE(HttpStatus.UNPROCESSABLE_CONTENT);

    private final HttpStatus status;

    EvidenceProblem(HttpStatus status) {
        this.status = status;
    }

    /**
     * The HTTP status the problem is answered with.
     *
     * @return the status
     */
    public HttpStatus status() {
        return status;
    }
}
