package vn.campaign.core.registration;

import java.util.Objects;

/**
 * The identity of a registration: a random UUID in its text form.
 *
 * @param value the identifier
 * @since 0.1.0
 */
public record RegistrationId(String value) {

    private static final RandomIds IDS = new RandomIds();

    /**
     * Validates the identifier.
     *
     * @param value the identifier
     */
    public RegistrationId {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("registration id must be a lower-case UUID, got '" + value + "'");
        }
    }

    /**
     * A new random identifier: a version-4 UUID whose 122 random bits come from a generator keyed by
     * {@link java.security.SecureRandom} (see {@code RandomIds}).
     *
     * @return the identifier
     */
    public static RegistrationId random() {
        return new RegistrationId(IDS.next());
    }

    /**
     * Whether a text is a well-formed identifier.
     *
     * @param text any text
     * @return {@code true} when {@code new RegistrationId(text)} would succeed
     */
    public static boolean isWellFormed(String text) {
        // [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}, checked by hand: it is checked for every
        // registration made or read, and a regular expression cost more than the rest of making one
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
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
