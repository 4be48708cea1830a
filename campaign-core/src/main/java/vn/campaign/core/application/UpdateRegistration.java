package vn.campaign.core.application;

import java.util.Objects;
import vn.campaign.core.registration.RegistrationDetails;

/**
 * Command: a unit edits the details of a work or an event it registered.
 *
 * @param id              the registration's id, as given
 * @param expectedVersion the version the caller read; a stale one is a CONFLICT
 * @param details         the new details, replacing the old ones whole ({@code WorkDetails} for a work,
 *                        {@code EventDetails} for an event)
 * @since 0.1.0
 */
public record UpdateRegistration(String id, long expectedVersion, RegistrationDetails details) {

    /**
     * Validates the command.
     *
     * @param id the registration's id, as given
     * @param expectedVersion the version the caller read; a stale one is a CONFLICT
     * @param details the new details, replacing the old ones whole ({@code WorkDetails} for a work, {@code EventDetails} for an event)
     */
    public UpdateRegistration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
    }
}
