package vn.campaign.core.unit;

import java.util.Objects;

/**
 * The code of a unit. For a ward or commune it is the five-digit GSO code ("18100"); for the city the
 * GSO district code ("436"); other organisations use codes of letters, digits, dots, dashes and
 * underscores ("436-DOAN-TN").
 *
 * @param value the code, 1 to 40 characters
 * @since 0.1.0
 */
public record UnitCode(String value) {

    /**
     * Validates the code.
     *
     * @param value the code, 1 to 40 characters
     */
    public UnitCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("unit code must be 1 to 40 letters, digits, '.', '-' or '_', got '"
                    + value + "'");
        }
    }

    /**
     * Whether a text is a well-formed unit code.
     *
     * @param text any text
     * @return {@code true} when {@code new UnitCode(text)} would succeed
     */
    public static boolean isWellFormed(String text) {
        int length = text.length();
        if (length < 1 || length > 40) {
            return false;
        }
        // the regular expression [A-Za-z0-9._-]{1,40}, checked by hand: a code is made for every imported row
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
