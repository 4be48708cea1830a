package vn.campaign.core.statistics;

import java.util.Objects;
import vn.campaign.core.registration.RegistrationStatus;

/**
 * How many registrations stand in a status.
 *
 * @param status the status
 * @param count  how many, not negative
 * @since 0.2.0
 */
public record StatusCount(RegistrationStatus status, int count) {

    /**
     * Validates the count.
     *
     * @param status the status
     * @param count how many, not negative
     */
    public StatusCount {
        Objects.requireNonNull(status, "status");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
    }
}
