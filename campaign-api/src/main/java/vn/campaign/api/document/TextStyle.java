package vn.campaign.api.document;

/** How a line of text is set: upright, bold, italic, or both (the "Nơi nhận:" line). */
public enum TextStyle {
    /** Upright, not bold. */
    PLAIN,
    /** Upright bold. */
    BOLD,
    /** Italic, not bold. */
    ITALIC,
    /** Bold italic. */
    BOLD_ITALIC;

    /**
     * Whether the style is bold.
     *
     * @return {@code true} for {@link #BOLD} and {@link #BOLD_ITALIC}
     */
    public boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    /**
     * Whether the style is italic.
     *
     * @return {@code true} for {@link #ITALIC} and {@link #BOLD_ITALIC}
     */
    public boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
