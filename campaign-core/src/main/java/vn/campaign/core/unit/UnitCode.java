package vn.campaign.core.unit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a unit. For a ward or commune it is the five-digit GSO code ("18100"); for the city the
 * GSO district code ("436"); other organisations use codes of letters, digits, dots, dashes and
 * underscores ("436-DOAN-TN").
 *
 * @param value the code, 1 to 40 characters
 * @since 0.1.0
 */
public record UnitCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /**
     * Validates the code.
     *
     * @param value the code, 1 to 40 characters
     */
    public UnitCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
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
        return FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
