package vn.campaign.importer.encoding;

import java.util.Objects;

/**
 * The text after decoding, the encoding decided and the evidence for the decision (for the import
 * report).
 *
 * @param text the decoded text, Unicode NFC
 * @param encoding the encoding the raw text was read in
 * @param evidence why that encoding was decided, in words a reviewer can check
 */
public record DecodedText(String text, TextEncoding encoding, String evidence) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the evidence is blank
     *
     * @param text the decoded text, Unicode NFC
     * @param encoding the encoding the raw text was read in
     * @param evidence why that encoding was decided, in words a reviewer can check
     */
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("evidence must not be blank");
        }
    }

    /**
     * Whether the raw text was converted from a legacy encoding.
     *
     * @return {@code true} unless the encoding is {@link TextEncoding#UNICODE}
     */
    public boolean converted() {
        return encoding != TextEncoding.UNICODE;
    }
}
