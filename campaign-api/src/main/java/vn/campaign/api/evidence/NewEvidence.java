package vn.campaign.api.evidence;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.registration.RegistrationId;

/**
 * A piece of evidence that passed every check, to be stored with its bytes.
 *
 * @param registration the registration it is attached to
 * @param fileName     its cleaned file name
 * @param type         its type, decided from its bytes
 * @param size         its length in bytes
 * @param sha256       the digest of its bytes
 * @param caption      its caption, or {@code null}
 * @param uploadedAt   when it is uploaded
 * @param uploadedBy   who uploads it
 */
public record NewEvidence(RegistrationId registration, String fileName, EvidenceType type, long size, Sha256 sha256,
        @Nullable String caption, Instant uploadedAt, String uploadedBy) {

    /** Validates the piece. */
    public NewEvidence {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (size < 1) {
            throw new IllegalArgumentException("an evidence file holds at least one byte, got " + size);
        }
    }
}
