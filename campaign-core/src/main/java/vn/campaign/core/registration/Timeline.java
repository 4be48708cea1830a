package vn.campaign.core.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a registration was registered, last changed, and took each of its statuses.
 *
 * <p>The history lists the statuses in the order taken, each at an instant no earlier than the one before,
 * each change one the lifecycle allows ({@link RegistrationStatus#canBecome}). It normally starts with
 * REGISTERED; a registration whose beginning is not known (stored before timestamps were kept, with no audit
 * trail to recover them) may start later, or have an empty history: its timeline is then <em>unknown</em>.
 * {@link Work} and {@link Event} refuse a known timeline whose last status is not their own.
 *
 * @param history   the statuses taken, oldest first
 * @param updatedAt when anything of the registration last changed; {@code null} exactly when the history is empty
 * @since 0.2.0
 */
public record Timeline(List<StatusChange> history, @Nullable Instant updatedAt) {

    private static final Timeline UNKNOWN = new Timeline(List.of(), null);

    /**
     * Validates the timeline.
     *
     * @throws IllegalArgumentException for instants out of order, a change the lifecycle does not allow, an
     *                                  update instant before the last status change, or an update instant
     *                                  without a history (or the reverse)
     *
     * @param history the statuses taken, oldest first
     * @param updatedAt when anything of the registration last changed; {@code null} exactly when the history is empty
     */
    public Timeline {
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        if (history.isEmpty() != (updatedAt == null)) {
            throw new IllegalArgumentException("a timeline has an update instant exactly when it has a history, got "
                    + history.size() + " change(s) and updatedAt " + updatedAt);
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange after = history.get(i);
            if (after.at().isBefore(before.at())) {
                throw new IllegalArgumentException("status history out of order: " + after.status() + " at "
                        + after.at() + " comes after " + before.status() + " at " + before.at());
            }
            if (!before.status().canBecome(after.status())) {
                throw new IllegalArgumentException("status history changes from " + before.status() + " to "
                        + after.status() + ", which the lifecycle does not allow");
            }
        }
        if (updatedAt != null && updatedAt.isBefore(history.get(history.size() - 1).at())) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " is before the last status change at "
                    + history.get(history.size() - 1).at());
        }
    }

    /**
     * The timeline of a registration whose times are not known.
     *
     * @return the empty timeline
     */
    public static Timeline unknown() {
        return UNKNOWN;
    }

    /**
     * The timeline of a registration registered at an instant.
     *
     * @param at when it was registered
     * @return a history of one REGISTERED change, updated then
     */
    public static Timeline registeredAt(Instant at) {
        return new Timeline(List.of(new StatusChange(RegistrationStatus.REGISTERED, at)), at);
    }

    /**
     * Whether anything of the history is known.
     *
     * @return {@code false} for the unknown timeline
     */
    public boolean isKnown() {
        return !history.isEmpty();
    }

    /**
     * When it was registered, when the history starts with its registration.
     *
     * @return the instant, or {@code null} when not known
     */
    public @Nullable Instant registeredAt() {
        return !history.isEmpty() && history.get(0).status() == RegistrationStatus.REGISTERED
                ? history.get(0).at() : null;
    }

    /**
     * When it took its current status.
     *
     * @return the instant, or {@code null} when not known
     */
    public @Nullable Instant statusChangedAt() {
        return history.isEmpty() ? null : history.get(history.size() - 1).at();
    }

    /**
     * The last status of the history.
     *
     * @return the status, or {@code null} when not known
     */
    public @Nullable RegistrationStatus lastStatus() {
        return history.isEmpty() ? null : history.get(history.size() - 1).status();
    }

    /**
     * When it first took a status.
     *
     * @param status a status
     * @return the instant, or {@code null} when it never took it (or the history does not say)
     */
    public @Nullable Instant reached(RegistrationStatus status) {
        return history.stream().filter(c -> c.status() == status).map(StatusChange::at).findFirst().orElse(null);
    }

    /**
     * The status it stood in at an instant: that of the last change at or before it.
     *
     * @param instant an instant
     * @return the status, or {@code null} when the history holds no change by then
     */
    public @Nullable RegistrationStatus statusAt(Instant instant) {
        RegistrationStatus found = null;
        for (StatusChange c : history) {
            if (c.at().isAfter(instant)) {
                break;
            }
            found = c.status();
        }
        return found;
    }

    /**
     * The timeline after a status change.
     *
     * @param status the status taken
     * @param at     when
     * @return the longer history, updated then
     */
    public Timeline changed(RegistrationStatus status, Instant at) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(new StatusChange(status, at));
        return new Timeline(longer, at);
    }

    /**
     * The timeline after an edit of anything but the status.
     *
     * @param at when
     * @return the same history, updated then; still unknown when unknown
     */
    public Timeline edited(Instant at) {
        return history.isEmpty() ? this : new Timeline(history, at);
    }
}
