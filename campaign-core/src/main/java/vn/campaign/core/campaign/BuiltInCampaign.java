package vn.campaign.core.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A campaign a release ships (Directive 32's), with the revision of its definition: a fingerprint of the
 * definition document and the directive's text it was read from. A store keeps the revision beside the campaign
 * ({@link StoredCampaign#builtInRevision()}), so that a later release whose built-in definition changed can tell
 * and upgrade it.
 *
 * @param campaign the campaign as the release defines it
 * @param revision the fingerprint of its definition, {@code sha256:} and 64 hexadecimal digits
 * @since 0.4.0
 */
public record BuiltInCampaign(Campaign campaign, String revision) {

    /**
     * Validates the built-in campaign.
     *
     * @param campaign the campaign as the release defines it
     * @param revision the fingerprint of its definition
     * @throws IllegalArgumentException for a revision not of the form {@code sha256:<64 hex digits>}
     */
    public BuiltInCampaign {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(revision, "revision");
        if (!revision.matches("sha256:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a built-in revision is sha256: and 64 hexadecimal digits, got '"
                    + revision + "'");
        }
    }

    /**
     * The revision of a definition: the SHA-256 of its document and of the directive's text it is tied to.
     *
     * @param document   the definition document
     * @param sourceText the directive's text, or empty when it ships none
     * @return {@code sha256:} and the digest in hexadecimal
     */
    public static String revisionOf(String document, String sourceText) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(document.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(sourceText.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The code of the campaign.
     *
     * @return its code
     */
    public CampaignCode code() {
        return campaign.code();
    }
}
