package vn.campaign.core.application;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.registration.Registration;

/**
 * One stored write of a registration: what it was before ({@code null} when it was just registered) and
 * what it is now.
 *
 * @param before the registration as stored before the write, or {@code null} for a new one
 * @param after  the registration as stored by the write
 * @since 0.4.0
 */
public record StoredChange(@Nullable Registration before, Registration after) {

    /**
     * Validates the change.
     *
     * @param before the registration as stored before the write, or {@code null} for a new one
     * @param after  the registration as stored by the write
     * @throws IllegalArgumentException when before and after are different registrations
     */
    public StoredChange {
        Objects.requireNonNull(after, "after");
        if (before != null && !before.id().equals(after.id())) {
            throw new IllegalArgumentException("before " + before.id() + " and after " + after.id() + " differ");
        }
    }

    /**
     * Whether the write changed the registration's status.
     *
     * @return {@code true} when a status change was stored
     */
    public boolean statusChanged() {
        return before != null && before.status() != after.status();
    }

    /**
     * What someone who sees with a visibility learns of the change, by the core's {@link Visibility} rule:
     * a registration that becomes visible to them appears ({@link Kind#CREATED}), one that stops being visible
     * goes ({@link Kind#REMOVED_FROM_VIEW}), and a change of one they could not see and still cannot is
     * nothing to them.
     *
     * @param visibility what the viewer may see
     * @return the kind of change they see, or empty when they see none
     */
    public Optional<Kind> seenWith(Visibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        boolean seesAfter = visibility.canSee(after);
        boolean seesBefore = before != null && visibility.canSee(before);
        if (!seesBefore) {
            return seesAfter ? Optional.of(Kind.CREATED) : Optional.empty();
        }
        if (!seesAfter) {
            return Optional.of(Kind.REMOVED_FROM_VIEW);
        }
        return Optional.of(statusChanged() ? Kind.STATUS_CHANGED : Kind.UPDATED);
    }

    /**
     * A change as one viewer sees it.
     *
     * @since 0.4.0
     */
    public enum Kind {
        /** Registered, or newly visible to the viewer (approved, say, for someone who sees only public ones). */
        CREATED,
        /** Its details or plaque changed; its status did not. */
        UPDATED,
        /** Its status changed, and the viewer may still see it. */
        STATUS_CHANGED,
        /** It changed in a way that hides it from the viewer (rejected or cancelled, for the public). */
        REMOVED_FROM_VIEW
    }
}
