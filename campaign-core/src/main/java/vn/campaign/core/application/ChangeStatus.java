package vn.campaign.core.application;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.RegistrationStatus;

/**
 * Command: move a work or an event along its lifecycle. APPROVED, REJECTED and RETURNED are a reviewer's
 * decision at the step the registration waits for; REGISTERED resubmits a returned registration, or sends an
 * approved one back to review.
 *
 * @param id              the registration's id, as given
 * @param expectedVersion the version the caller read
 * @param target          the status wanted
 * @param reason          why, for a rejection or a return (required) or a cancellation
 * @param actualOn        the day it took place, for a completion (required)
 * @since 0.1.0
 */
public record ChangeStatus(String id, long expectedVersion, RegistrationStatus target, @Nullable String reason,
        @Nullable LocalDate actualOn) {

    /**
     * Validates the command.
     *
     * @param id the registration's id, as given
     * @param expectedVersion the version the caller read
     * @param target the status wanted
     * @param reason why, for a rejection (required) or a cancellation
     * @param actualOn the day it took place, for a completion (required)
     */
    public ChangeStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Approve.
     *
     * @param id      the id
     * @param version the version read
     * @return the command
     */
    public static ChangeStatus approve(String id, long version) {
        return new ChangeStatus(id, version, RegistrationStatus.APPROVED, null, null);
    }

    /**
     * Reject, with a reason.
     *
     * @param id      the id
     * @param version the version read
     * @param reason  why
     * @return the command
     */
    public static ChangeStatus reject(String id, long version, @Nullable String reason) {
        return new ChangeStatus(id, version, RegistrationStatus.REJECTED, reason, null);
    }

    /**
     * Complete, on the day it took place.
     *
     * @param id       the id
     * @param version  the version read
     * @param actualOn the day
     * @return the command
     */
    public static ChangeStatus complete(String id, long version, @Nullable LocalDate actualOn) {
        return new ChangeStatus(id, version, RegistrationStatus.COMPLETED, null, actualOn);
    }

    /**
     * Return to the unit for more information, with a reason.
     *
     * @param id      the id
     * @param version the version read
     * @param reason  what the unit must add or correct
     * @return the command
     * @since 0.3.0
     */
    public static ChangeStatus returnForInformation(String id, long version, @Nullable String reason) {
        return new ChangeStatus(id, version, RegistrationStatus.RETURNED, reason, null);
    }

    /**
     * Resubmit a returned registration for review (or, for an approved one, send it back to review).
     *
     * @param id      the id
     * @param version the version read
     * @return the command
     * @since 0.3.0
     */
    public static ChangeStatus resubmit(String id, long version) {
        return new ChangeStatus(id, version, RegistrationStatus.REGISTERED, null, null);
    }

    /**
     * Cancel.
     *
     * @param id      the id
     * @param version the version read
     * @param reason  why, optional
     * @return the command
     */
    public static ChangeStatus cancel(String id, long version, @Nullable String reason) {
        return new ChangeStatus(id, version, RegistrationStatus.CANCELLED, reason, null);
    }
}
