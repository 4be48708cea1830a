package vn.campaign.core.campaign;

import org.jspecify.annotations.Nullable;

/**
 * How an item of a campaign definition is tied to the campaign's source text:
 * <ul>
 * <li><b>quoted</b> — a span and no interpretation: the item's Vietnamese text is exactly the span (a
 * quotation may capitalise its first letter, as a list item does);</li>
 * <li><b>interpreted</b> — a span and an interpretation: the item reads the span rather than quotes it
 * (the first day of a campaign the text dates only "từ tháng 4/2022"), and the interpretation says why;</li>
 * <li><b>label</b> — an editorial heading that is not in the text (a task area's name), possibly with the
 * span it heads;</li>
 * <li><b>none</b> — the campaign has no source text to tie it to.</li>
 * </ul>
 *
 * @param source         the passage the item comes from; absent for an unsourced item or a label heading nothing
 * @param interpretation why the item is read from its span rather than quoted, if it is
 * @param label          whether the item is an editorial heading
 * @since 0.2.0
 */
public record Provenance(@Nullable SourceSpan source, @Nullable String interpretation, boolean label) {

    private static final Provenance NONE = new Provenance(null, null, false);

    /**
     * Validates the combination.
     *
     * @param source         the passage the item comes from; absent for an unsourced item or a label heading nothing
     * @param interpretation why the item is read from its span rather than quoted, if it is
     * @param label          whether the item is an editorial heading
     */
    public Provenance {
        if (interpretation != null) {
            Texts.requireText(interpretation, "interpretation");
            if (source == null) {
                throw new IllegalArgumentException("an interpretation needs the source span it interprets");
            }
            if (label) {
                throw new IllegalArgumentException("a label is not an interpretation");
            }
        }
    }

    /**
     * An item not tied to any text (the campaign has none).
     *
     * @return the empty provenance
     */
    public static Provenance none() {
        return NONE;
    }

    /**
     * A quotation.
     *
     * @param source the span quoted
     * @return the provenance
     */
    public static Provenance quoted(SourceSpan source) {
        return new Provenance(source, null, false);
    }

    /**
     * An interpretation of a span.
     *
     * @param source         the span
     * @param interpretation why it is interpreted rather than quoted
     * @return the provenance
     */
    public static Provenance interpreted(SourceSpan source, String interpretation) {
        return new Provenance(source, interpretation, false);
    }

    /**
     * An editorial heading.
     *
     * @param source the span it heads, if any
     * @return the provenance
     */
    public static Provenance label(@Nullable SourceSpan source) {
        return new Provenance(source, null, true);
    }

    /**
     * Whether the item claims to quote its span.
     *
     * @return {@code true} for a quotation
     */
    public boolean quotes() {
        return source != null && interpretation == null && !label;
    }

    /**
     * Whether the item is tied to the text at all.
     *
     * @return {@code false} only for {@link #none()}
     */
    public boolean isTied() {
        return source != null || label;
    }
}
