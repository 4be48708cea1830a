package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * A text of a campaign tied to its source, such as the campaign's purpose.
 *
 * @param text       the text in Vietnamese
 * @param provenance where it comes from
 * @since 0.2.0
 */
public record Passage(String text, Provenance provenance) {

    /**
     * Validates the passage.
     *
     * @param text       the text in Vietnamese
     * @param provenance where it comes from
     */
    public Passage {
        Texts.requireText(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
