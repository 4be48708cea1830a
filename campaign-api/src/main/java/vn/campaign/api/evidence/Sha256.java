package vn.campaign.api.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 digest of a file, as 64 lower-case hexadecimal digits.
 *
 * @param hex the digits
 */
public record Sha256(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    /** Validates the digest. */
    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hexadecimal digits, got '" + hex + "'");
        }
    }

    /**
     * A new digest computation.
     *
     * @return the message digest
     */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The digest a computation ended with.
     *
     * @param digest the computation, fed with every byte
     * @return the digest
     */
    static Sha256 of(MessageDigest digest) {
        return new Sha256(HexFormat.of().formatHex(digest.digest()));
    }
}
