package vn.campaign.api.evidence;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.registration.RegistrationId;

/**
 * A piece of evidence as stored: its file's description, not its bytes.
 *
 * @param id           its id
 * @param registration the registration it is attached to
 * @param fileName     the file's name as uploaded, without path or control characters
 * @param type         its type, decided from its bytes
 * @param size         its length in bytes, at least 1
 * @param sha256       the SHA-256 digest of its bytes
 * @param caption      what it shows, as the uploader wrote it, or {@code null}
 * @param uploadedAt   when it was uploaded
 * @param uploadedBy   who uploaded it (the token's {@code sub})
 */
public record EvidenceFile(EvidenceId id, RegistrationId registration, String fileName, EvidenceType type, long size,
        Sha256 sha256, @Nullable String caption, Instant uploadedAt, String uploadedBy) {

    /** Validates the description. */
    public EvidenceFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("an evidence file needs a name");
        }
        if (size < 1) {
            throw new IllegalArgumentException("an evidence file holds at least one byte, got " + size);
        }
    }

    /**
     * The media type, as served.
     *
     * @return the type's media type
     */
    public String contentType() {
        return type.mediaType();
    }
}
