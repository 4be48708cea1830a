package vn.campaign.core.campaign;

import java.util.Objects;

/**
 * The code of a campaign, such as {@code CT32-2022}.
 *
 * @param value 1 to 40 capital letters, digits, '.', '-' or '_'
 * @since 0.1.0
 */
public record CampaignCode(String value) {

    /**
     * Validates the code.
     *
     * @param value 1 to 40 capital letters, digits, '.', '-' or '_'
     */
    public CampaignCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
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
        int length = text.length();
        if (length < 1 || length > 40) {
            return false;
        }
        // the regular expression [A-Z0-9._-]{1,40}, checked by hand: a code is made for every imported row
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) {
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
