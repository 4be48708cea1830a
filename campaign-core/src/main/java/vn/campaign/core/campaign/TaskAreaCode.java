package vn.campaign.core.campaign;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The code of a task area within its campaign, such as {@code URBAN}.
 *
 * @param value 1 to 40 capital letters, digits or '_'
 * @since 0.1.0
 */
public record TaskAreaCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9_]{1,40}");

    /**
     * Validates the code.
     *
     * @param value 1 to 40 capital letters, digits or '_'
     */
    public TaskAreaCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "task area code must be 1 to 40 capital letters, digits or '_', got '" + value + "'");
        }
    }

    /**
     * Whether a text is a task area code's: for a caller that turns what people typed into a code and
     * reports a malformed one as an unknown task area.
     *
     * @param value a text
     * @return {@code true} when {@code new TaskAreaCode(value)} would succeed
     */
    public static boolean isWellFormed(String value) {
        return FORMAT.matcher(Objects.requireNonNull(value, "value")).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
