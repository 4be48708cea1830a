package vn.campaign.core.text;

import java.util.Objects;

/**
 * A message for people, in Vietnamese and in English: the one bilingual text type of the platform, used by
 * rule violations, the importer's issues and the API's errors alike.
 *
 * @param vi the Vietnamese text, NFC, never blank
 * @param en the English text, never blank
 * @since 0.1.0
 */
public record Message(String vi, String en) {

    /**
     * Checks and normalises both texts.
     *
     * @param vi the Vietnamese text, NFC, never blank
     * @param en the English text, never blank
     */
    public Message {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
        vi = VietnameseText.normalize(vi);
        if (vi.isBlank()) {
            throw new IllegalArgumentException("the Vietnamese message must not be blank");
        }
        if (en.isBlank()) {
            throw new IllegalArgumentException("the English message must not be blank");
        }
    }

    /**
     * A message from two format templates filled with the same arguments.
     *
     * @param templateVi the Vietnamese template ({@link String#format})
     * @param templateEn the English template
     * @param args       the arguments, in the order the templates name them
     * @return the message
     */
    public static Message format(String templateVi, String templateEn, Object... args) {
        return new Message(String.format(templateVi, args), String.format(templateEn, args));
    }
}
