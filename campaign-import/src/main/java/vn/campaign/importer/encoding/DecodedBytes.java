package vn.campaign.importer.encoding;

import java.util.Objects;

/**
 * The text of a file's bytes, the charset it was read with and the evidence for that choice.
 *
 * @param text the text, Unicode NFC, without a byte order mark
 * @param charset the name of the charset used ({@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
 *     {@code windows-1258}, or {@code windows-1252} when the bytes hold legacy font codes that
 *     {@link LegacyText} converts afterwards)
 * @param evidence why that charset was chosen
 */
public record DecodedBytes(String text, String charset, String evidence) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the charset or the evidence is blank
     *
     * @param text the text, Unicode NFC, without a byte order mark
     * @param charset the name of the charset used ({@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code windows-1258}, or {@code windows-1252} when the bytes hold legacy font codes that {@link LegacyText} converts afterwards)
     * @param evidence why that charset was chosen
     */
    public DecodedBytes {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(evidence, "evidence");
        if (charset.isBlank()) {
            throw new IllegalArgumentException("charset must not be blank");
        }
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("evidence must not be blank");
        }
    }
}
