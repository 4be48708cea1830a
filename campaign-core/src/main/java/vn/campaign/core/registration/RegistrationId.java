package vn.campaign.core.registration;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identity of a registration: a random UUID in its text form.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record RegistrationId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Validates the identifier.
     *
     * @param value the identifier
     */
    public RegistrationId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("registration id must be a lower-case UUID, got '" + value + "'");
        }
    }

    /**
     * A new random identifier.
     *
     * @return the identifier
     */
    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID().toString());
    }

    /**
     * Whether a text is a well-formed identifier.
     *
     * @param text any text
     * @return {@code true} when {@code new RegistrationId(text)} would succeed
     */
    public static boolean isWellFormed(String text) {
        return FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
