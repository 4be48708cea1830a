package vn.campaign.importer.encoding;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of a rich text cell: text drawn in one font.
 *
 * @param text the raw text of the run, exactly as stored (a soft hyphen {@code U+00AD} included)
 * @param fontName the name of the run's font, or {@code null} when unknown
 */
public record TextRun(String text, @Nullable String fontName) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when {@code text} is {@code null}
     *
     * @param text the raw text of the run, exactly as stored (a soft hyphen {@code U+00AD} included)
     * @param fontName the name of the run's font, or {@code null} when unknown
     */
    public TextRun {
        Objects.requireNonNull(text, "text");
    }
}
