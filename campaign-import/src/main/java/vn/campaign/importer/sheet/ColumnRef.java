package vn.campaign.importer.sheet;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import vn.campaign.core.text.VietnameseText;

/**
 * An explicit choice of column for a {@link Field}, overriding what the header synonyms find: either a
 * column letter or a header text.
 */
public sealed interface ColumnRef {

    /**
     * A column given by its letter.
     *
     * @param letter the column letter, upper case ({@code C}, {@code AB})
     */
    record Letter(String letter) implements ColumnRef {

        private static final Pattern LETTERS = Pattern.compile("[A-Z]{1,3}");

        /**
         * Checks that the letter is a column letter.
         *
         * @param letter the column letter, upper case ({@code C}, {@code AB})
         */
        public Letter {
            Objects.requireNonNull(letter, "letter");
            if (!LETTERS.matcher(letter).matches() || CellReference.convertColStringToIndex(letter) > 16_383) {
                throw new IllegalArgumentException("a column letter is A to XFD, was \"" + letter + "\"");
            }
        }

        /**
         * The 0-based column index.
         *
         * @return the index, 0 for {@code A}
         */
        public int index() {
            return CellReference.convertColStringToIndex(letter);
        }
    }

    /**
     * A column given by its header text, compared once folded (case, tone marks and punctuation
     * ignored).
     *
     * @param text the header text
     */
    record Header(String text) implements ColumnRef {

        /**
         * Checks that the text has letters or digits.
         *
         * @param text the header text
         */
        public Header {
            Objects.requireNonNull(text, "text");
            if (VietnameseText.fold(text).isEmpty()) {
                throw new IllegalArgumentException("a header text needs letters or digits, was \"" + text + "\"");
            }
        }

        /**
         * The folded form used for comparison.
         *
         * @return the folded header text
         */
        public String folded() {
            return VietnameseText.fold(text);
        }
    }

    /**
     * A column letter.
     *
     * @param letter the column letter, any case
     * @return the reference
     */
    static ColumnRef letter(String letter) {
        return new Letter(letter.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A header text.
     *
     * @param text the header text
     * @return the reference
     */
    static ColumnRef header(String text) {
        return new Header(text);
    }

    /**
     * Reads a reference written as text: one or two capital letters ({@code C}, {@code AB}) are a
     * column letter, anything else a header text. Use {@link #letter(String)} or {@link #header(String)}
     * when the text is ambiguous (a header written {@code TT}).
     *
     * @param text a column letter or a header text
     * @return the reference
     */
    static ColumnRef parse(String text) {
        String stripped = Objects.requireNonNull(text, "text").strip();
        return stripped.matches("[A-Z]{1,2}") ? new Letter(stripped) : new Header(stripped);
    }
}
