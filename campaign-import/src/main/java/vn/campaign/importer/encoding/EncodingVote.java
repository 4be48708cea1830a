package vn.campaign.importer.encoding;

import java.util.Objects;

/**
 * The encoding a column or sheet without font information was voted to be in.
 *
 * @param encoding {@link TextEncoding#TCVN3}, {@link TextEncoding#VNI} or {@link TextEncoding#UNICODE}
 * @param evidence the counts the vote was decided on
 */
public record EncodingVote(TextEncoding encoding, String evidence) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the encoding cannot come out of a vote or the evidence is
     *     blank
     *
     * @param encoding {@link TextEncoding#TCVN3}, {@link TextEncoding#VNI} or {@link TextEncoding#UNICODE}
     * @param evidence the counts the vote was decided on
     */
    public EncodingVote {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(evidence, "evidence");
        if (encoding != TextEncoding.UNICODE && encoding != TextEncoding.TCVN3 && encoding != TextEncoding.VNI) {
            throw new IllegalArgumentException("a vote decides UNICODE, TCVN3 or VNI, not " + encoding);
        }
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("evidence must not be blank");
        }
    }
}
