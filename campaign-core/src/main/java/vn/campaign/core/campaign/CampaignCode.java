package vn.campaign.core.campaign;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a campaign, such as {@code CT32-2022}.
 *
 * @param value 1 to 40 capital letters, digits, '.', '-' or '_'
 * @since 0.1.0
 */
public record CampaignCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9._-]{1,40}");

    /**
     * Validates the code.
     *
     * @param value 1 to 40 capital letters, digits, '.', '-' or '_'
     */
    public CampaignCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "campaign code must be 1 to 40 capital letters, digits, '.', '-' or '_', got '" + value + "'");
        }
    }

    /**
     * Whether a text is a well-formed campaign code.
     *
     * @param text any text
     * @return {@code true} when {@code new CampaignCode(text)} would succeed
     */
    public static boolean isWellFormed(String text) {
        return FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
