package vn.campaign.core.registration;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a registration's status history: the status it took and when.
 *
 * @param status the status taken
 * @param at     when
 * @since 0.2.0
 */
public record StatusChange(RegistrationStatus status, Instant at) {

    /**
     * Validates the change.
     *
     * @param status the status taken
     * @param at when
     */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
