package vn.campaign.core.registration;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The combinations of status, reason, day and plaque a registration may hold, and the status changes the
 * lifecycle allows: checked by {@link Work} and {@link Event} themselves, whoever builds or changes them.
 * Breaking one is a programming error (the services check the lifecycle first and answer violations).
 */
final class StatusInvariants {

    private StatusInvariants() {
    }

    /**
     * Refuses a reason, a day or a plaque the status cannot carry, and a missing one it needs.
     *
     * @throws IllegalArgumentException naming the registration, its status and what is wrong
     */
    static void check(RegistrationId id, RegistrationStatus status, @Nullable String reason,
            @Nullable LocalDate actualOn, boolean plaqueAwarded) {
        if (reason != null && !status.takesReason()) {
            throw new IllegalArgumentException("registration " + id + " is " + status
                    + ": only a rejection, a return or a cancellation carries a reason, got '" + reason + "'");
        }
        if (reason == null && status.requiresReason()) {
            throw new IllegalArgumentException("registration " + id + " is " + status + " and needs a reason");
        }
        if (actualOn != null && !status.takesActualDay()) {
            throw new IllegalArgumentException("registration " + id + " is " + status
                    + ": only a completion carries the day it took place, got " + actualOn);
        }
        if (actualOn == null && status.takesActualDay()) {
            throw new IllegalArgumentException("registration " + id + " is " + status
                    + " and needs the day it took place");
        }
        if (plaqueAwarded && !status.mayCarryPlaque()) {
            throw new IllegalArgumentException("work " + id + " is " + status
                    + ": a work never approved carries no plaque");
        }
    }

    /**
     * Refuses a known timeline whose last status is not the registration's.
     *
     * @throws IllegalArgumentException naming the registration and both statuses
     */
    static void checkTimeline(RegistrationId id, RegistrationStatus status, Timeline timeline) {
        RegistrationStatus last = timeline.lastStatus();
        if (last != null && last != status) {
            throw new IllegalArgumentException("registration " + id + " is " + status
                    + " but its status history ends with " + last);
        }
    }

    /**
     * Refuses a status change the lifecycle forbids.
     *
     * @throws IllegalStateException naming the registration and both statuses
     */
    static void checkTransition(RegistrationId id, RegistrationStatus from, RegistrationStatus to) {
        if (!from.canBecome(to)) {
            throw new IllegalStateException("registration " + id + " cannot change from " + from + " to " + to
                    + "; from " + from + " the lifecycle allows " + (from.next().isEmpty() ? "no change" : from.next()));
        }
    }
}
