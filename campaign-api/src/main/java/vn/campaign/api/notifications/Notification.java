package vn.campaign.api.notifications;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One notification in one inbox.
 *
 * @param id             its id; for a reminder, the key that makes it once only
 * @param inbox          whose inbox it is in
 * @param kind           what it is about
 * @param title          what happened, in Vietnamese
 * @param titleEn        the same in English
 * @param registrationId the registration concerned, if any (its id in the store)
 * @param createdAt      when it was written
 * @param read           whether its reader marked it read
 */
public record Notification(String id, Inbox inbox, Kind kind, String title, String titleEn,
        @Nullable String registrationId, Instant createdAt, boolean read) {

    /**
     * Validates the notification.
     *
     * @param id             its id
     * @param inbox          whose inbox it is in
     * @param kind           what it is about
     * @param title          what happened, in Vietnamese
     * @param titleEn        the same in English
     * @param registrationId the registration concerned, if any
     * @param createdAt      when it was written
     * @param read           whether it was read
     */
    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(createdAt, "createdAt");
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a notification needs an id and a title");
        }
    }

    /** What a notification is about. */
    public enum Kind {
        /** A registration was approved, rejected, completed, cancelled or returned. */
        STATUS_CHANGED,
        /** The unit still misses an obligation and the registration deadline is near. */
        REMINDER,
        /** An approved registration's day has passed with no completion recorded. */
        OVERDUE
    }
}
