package vn.campaign.core.campaign;

/**
 * A passage of a campaign's source text (its directive), by character offsets: {@code start} included,
 * {@code end} excluded, counted in UTF-16 code units of the NFC text as Java's {@link String} counts them.
 *
 * @param start the offset of the passage's first character, not negative
 * @param end   the offset just after its last character, greater than {@code start}
 * @since 0.2.0
 */
public record SourceSpan(int start, int end) {

    /**
     * Validates the span.
     *
     * @param start the offset of the passage's first character, not negative
     * @param end   the offset just after its last character, greater than {@code start}
     */
    public SourceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("source span start must not be negative, got " + start);
        }
        if (end <= start) {
            throw new IllegalArgumentException("source span end must be greater than its start " + start + ", got " + end);
        }
    }

    /**
     * The passage of a text.
     *
     * @param text the source text
     * @return the characters the span covers
     * @throws IllegalArgumentException when the span ends after the text
     */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("source span [" + start + ", " + end + ") ends after the text's "
                    + text.length() + " characters");
        }
        return text.substring(start, end);
    }
}
