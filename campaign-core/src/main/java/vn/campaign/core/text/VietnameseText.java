package vn.campaign.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises and folds Vietnamese text.
 *
 * <p>{@link #normalize(String)} gives the form to store: Unicode NFC, trimmed, with runs of white
 * space collapsed. {@link #fold(String)} gives the form to compare: lower case, without tone or
 * vowel marks, with đ mapped to d by hand (it does not decompose), punctuation turned into spaces and
 * runs of spaces collapsed. "Phường Bắc Hà", "PHUONG  BAC HA" and "phuong bac ha" all fold to
 * {@code "phuong bac ha"}.
 *
 * @since 0.1.0
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The characters folded from a table: Latin up to the combining marks (U+0000–U+036F) and Latin
     * Extended Additional (U+1E00–U+1EFF), where Vietnamese letters live. A text with any other character
     * goes the long way.
     */
    private static final int LOW_END = 0x370;
    private static final int HIGH_START = 0x1E00;
    private static final int HIGH_END = 0x1F00;
    private static final byte DROPPED = 0;
    private static final byte LETTER = 1;
    private static final byte SEPARATOR = 2;
    private static final byte LONG_WAY = 3;
    private static final byte[] KIND = new byte[LOW_END + HIGH_END - HIGH_START];
    private static final char[] FOLDED = new char[KIND.length];

    static {
        // Each character's fold on its own, worked out by the long way itself, so both ways agree: the
        // decomposition, mark removal, đ and lower-casing act on one character at a time, except for
        // characters whose lower case is longer (İ), which go the long way.
        for (int i = 0; i < KIND.length; i++) {
            char c = (char) (i < LOW_END ? i : i - LOW_END + HIGH_START);
            String plain = plain(String.valueOf(c));
            if (plain.isEmpty()) {
                KIND[i] = DROPPED;
            } else if (plain.length() > 1) {
                KIND[i] = LONG_WAY;
            } else if (NON_WORD.matcher(plain).matches()) {
                KIND[i] = SEPARATOR;
            } else {
                KIND[i] = LETTER;
                FOLDED[i] = plain.charAt(0);
            }
        }
    }

    /** Where a character's fold is in the table, or -1 when it is not there. */
    private static int slot(char c) {
        if (c < LOW_END) {
            return c;
        }
        return c >= HIGH_START && c < HIGH_END ? c - HIGH_START + LOW_END : -1;
    }

    private VietnameseText() {
    }

    /**
     * The storage form of a text: NFC, trimmed, inner white space collapsed to single spaces.
     *
     * @param text any text
     * @return the normalised text
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        if (isTidy(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /**
     * The storage form of an optional text: {@code null} for {@code null} or a text that is blank once
     * normalised, otherwise {@link #normalize(String)}.
     *
     * @param text an optional text
     * @return the normalised text, or {@code null}
     */
    public static @Nullable String normalizeOptional(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String normalized = normalize(text);
        return normalized.isEmpty() ? null : normalized;
    }

    /**
     * The matching form of a text: lower case, no tone or vowel marks, đ as d, every run of
     * characters that are neither letters nor digits as a single space, trimmed.
     *
     * @param text any text
     * @return the folded text, possibly empty
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        char[] out = new char[length];
        int used = 0;
        boolean space = false;
        for (int i = 0; i < length; i++) {
            int slot = slot(text.charAt(i));
            byte kind = slot < 0 ? LONG_WAY : KIND[slot];
            if (kind == LETTER) {
                if (space) {
                    out[used++] = ' ';
                    space = false;
                }
                out[used++] = FOLDED[slot];
            } else if (kind == SEPARATOR) {
                space = used > 0;
            } else if (kind == LONG_WAY) {
                return foldTheLongWay(text);
            }
        }
        return new String(out, 0, used);
    }

    /** The definition of {@link #fold}, used for texts with characters outside the table. */
    static String foldTheLongWay(String text) {
        return NON_WORD.matcher(plain(text)).replaceAll(" ").strip();
    }

    /** Decomposed, without marks, đ as d, lower case. */
    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Whether a text has no white space to collapse or trim, and no no-break space. */
    private static boolean isTidy(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(length - 1))) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || isRegexSpace(c) || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** The characters {@code \s} matches besides the space: tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether two texts are the same once folded.
     *
     * @param a one text
     * @param b another text
     * @return {@code true} when {@code fold(a).equals(fold(b))}
     */
    public static boolean sameFolded(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
