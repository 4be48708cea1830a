package vn.campaign.importer.value;

import java.util.Objects;
import java.util.Set;
import vn.campaign.core.text.VietnameseText;

/**
 * Reads the mark that says whether a work asks for a commemorative plaque (gắn biển).
 *
 * <p>Yes: {@code x}, {@code X}, {@code ×}, {@code có}, {@code ✓}, {@code ✔}, {@code ☑}, {@code ✅},
 * {@code 1}, {@code yes}, {@code y}, {@code true}, "có gắn biển", "đề nghị gắn biển". No: an empty
 * cell, a dash, {@code không}, {@code chưa}, {@code 0}, {@code no}, {@code n}, {@code false}, "không
 * gắn biển". Anything else is the problem {@code PLAQUE_MARK_UNREADABLE}.
 */
public final class PlaqueMarkParser {

    private static final Set<String> YES_SIGNS = Set.of("x", "X", "×", "✓", "✔", "☑", "✅");
    private static final Set<String> YES_WORDS =
            Set.of("co", "1", "yes", "y", "true", "co gan bien", "de nghi gan bien", "gan bien", "de nghi");
    private static final Set<String> NO_SIGNS = Set.of("-", "–", "—");
    private static final Set<String> NO_WORDS =
            Set.of("", "khong", "chua", "0", "no", "n", "false", "khong gan bien", "khong de nghi");

    private PlaqueMarkParser() {
    }

    /**
     * Reads a plaque mark written as text.
     *
     * @param text the cell's text
     * @return {@code true} for a yes mark, {@code false} for a no mark or an empty cell, or the
     *     problem {@code PLAQUE_MARK_UNREADABLE}
     */
    public static ParseResult<Boolean> parse(String text) {
        Objects.requireNonNull(text, "text");
        String stripped = VietnameseText.normalize(text);
        if (YES_SIGNS.contains(stripped)) {
            return ParseResult.parsed(Boolean.TRUE);
        }
        if (NO_SIGNS.contains(stripped)) {
            return ParseResult.parsed(Boolean.FALSE);
        }
        String folded = VietnameseText.fold(stripped);
        if (!folded.isEmpty() || stripped.isEmpty()) {
            if (YES_WORDS.contains(folded)) {
                return ParseResult.parsed(Boolean.TRUE);
            }
            if (NO_WORDS.contains(folded)) {
                return ParseResult.parsed(Boolean.FALSE);
            }
        }
        return ParseResult.failed(ValueIssueCode.PLAQUE_MARK_UNREADABLE, text, "'" + stripped
                + "' is not a plaque mark: write x or có for yes, leave empty or write không for no");
    }

    /**
     * Reads a plaque mark from a number cell.
     *
     * @param value the cell's number
     * @return {@code true} for 1, {@code false} for 0, otherwise the problem
     *     {@code PLAQUE_MARK_UNREADABLE}
     */
    public static ParseResult<Boolean> fromNumber(double value) {
        if (value == 1) {
            return ParseResult.parsed(Boolean.TRUE);
        }
        if (value == 0) {
            return ParseResult.parsed(Boolean.FALSE);
        }
        String input = Inputs.numberText(value);
        return ParseResult.failed(ValueIssueCode.PLAQUE_MARK_UNREADABLE, input,
                "'" + input + "' is not a plaque mark: a number cell must hold 1 (yes) or 0 (no)");
    }
}
