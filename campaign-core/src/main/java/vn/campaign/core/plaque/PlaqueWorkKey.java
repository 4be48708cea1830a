package vn.campaign.core.plaque;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.campaign.core.campaign.PlaqueWork;
import vn.campaign.core.text.VietnameseText;

/**
 * The key of a plaque work within its campaign's list: its Vietnamese name folded (no tone marks, đ as d, lower
 * case) with every run of other characters as one hyphen, such as
 * {@code nang-cap-khu-luu-niem-bac-ho-ve-tham-ha-tinh}. Two works of a list whose names fold alike take
 * {@code -2}, {@code -3} … in the list's order ({@link PlaqueEntry#of}).
 *
 * @param value 1 to {@value #MAX_LENGTH} lower-case letters a–z and digits, in hyphen-separated groups
 * @since 0.4.0
 */
public record PlaqueWorkKey(String value) {

    /** The longest key, in characters. */
    public static final int MAX_LENGTH = 100;

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Validates the key.
     *
     * @param value 1 to {@value #MAX_LENGTH} lower-case letters a–z and digits, in hyphen-separated groups
     */
    public PlaqueWorkKey {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a plaque work's key is 1 to " + MAX_LENGTH
                    + " lower-case letters a-z and digits in hyphen-separated groups, got '" + value + "'");
        }
    }

    /**
     * Whether a text is a well-formed key.
     *
     * @param text any text
     * @return {@code true} when {@code new PlaqueWorkKey(text)} would succeed
     */
    public static boolean isWellFormed(String text) {
        return text.length() <= MAX_LENGTH && FORMAT.matcher(text).matches();
    }

    /**
     * The key a plaque work's name gives, before any suffix for a name that folds like another's.
     *
     * @param work the plaque work
     * @return its key; {@code cong-trinh} for a name with no letter or digit
     */
    public static PlaqueWorkKey of(PlaqueWork work) {
        String slug = VietnameseText.fold(work.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH - 4) {
            slug = slug.substring(0, MAX_LENGTH - 4).replaceAll("-+$", "");
        }
        return new PlaqueWorkKey(slug.isEmpty() ? "cong-trinh" : slug);
    }

    /**
     * The same key with a number appended, for the n-th work of a list whose name folds like an earlier one's.
     *
     * @param n 2 or more
     * @return the key followed by {@code -n}
     */
    PlaqueWorkKey numbered(int n) {
        return new PlaqueWorkKey(value + "-" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
