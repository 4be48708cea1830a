package vn.campaign.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The checks every free text of a command goes through: no control character ({@code CONTROL_CHARACTER}),
 * a length limit ({@code TOO_LONG}), and for names at least one letter or digit ({@code NAME_INVALID}).
 * Texts are checked in their stored form, so the tab and line breaks that normalisation turns into spaces
 * pass.
 *
 * @since 0.1.0
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * The first character that has no place in a stored text: a C0 control other than tab, line feed and
     * carriage return, DEL, a C1 control, or a bidirectional embedding, override or isolate (U+202A–U+202E,
     * U+2066–U+2069), which can make a text read differently from what it holds.
     *
     * @param text any text
     * @return the code point, or -1 when there is none
     */
    public static int firstControlCharacter(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefused(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isRefused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Whether a text holds at least one letter or digit, in any script.
     *
     * @param text any text
     * @return {@code true} when a letter or digit is in it
     */
    public static boolean hasLetterOrDigit(String text) {
        return Objects.requireNonNull(text, "text").codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * Checks an optional free text: no control character, at most {@code max} characters (code points).
     *
     * @param found where violations go
     * @param field the field's name, also the path of the violation
     * @param value the text, or {@code null}
     * @param max   the most characters allowed
     */
    public static void check(List<Violation> found, String field, @Nullable String value, int max) {
        if (value == null) {
            return;
        }
        int control = firstControlCharacter(value);
        if (control >= 0) {
            found.add(Violation.on(RuleCode.CONTROL_CHARACTER, field, field,
                    String.format(Locale.ROOT, "U+%04X", control)));
        }
        if (value.codePointCount(0, value.length()) > max) {
            found.add(Violation.on(RuleCode.TOO_LONG, field, field, max));
        }
    }
}
