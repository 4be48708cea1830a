package vn.campaign.core.application;

import java.util.Objects;

/**
 * Command: a unit changes some fields of an event it registered, leaving the others as stored. The service
 * merges the changes into the details stored at the version read, checks the result with the same rules as a
 * registration and writes it only if that version is still the stored one.
 *
 * @param id              the registration's id, as given
 * @param expectedVersion the version the caller read; a stale one is a CONFLICT
 * @param changes         the changes, field by field
 * @since 0.1.0
 */
public record UpdateEvent(String id, long expectedVersion, EventChanges changes) {

    /**
     * Validates the command.
     *
     * @param id the registration's id, as given
     * @param expectedVersion the version the caller read; a stale one is a CONFLICT
     * @param changes the changes, field by field
     */
    public UpdateEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(changes, "changes");
    }
}
