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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String plain = unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(plain).replaceAll(" ").strip();
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
