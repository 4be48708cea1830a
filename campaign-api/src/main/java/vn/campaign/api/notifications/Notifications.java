package vn.campaign.api.notifications;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where notifications are kept. */
public interface Notifications {

    /**
     * Stores a notification unless one with its id is stored already.
     *
     * @param notification the notification
     * @return {@code true} when it was new and stored, {@code false} when its id was taken
     */
    boolean add(Notification notification);

    /**
     * A page of an inbox, newest first.
     *
     * @param inbox      the inbox
     * @param unreadOnly only those not yet read
     * @param first      how many
     * @param after      the notification the page starts after (by its id), or {@code null} for the newest
     * @return the notifications
     */
    List<Notification> page(Inbox inbox, boolean unreadOnly, int first, @Nullable Notification after);

    /**
     * One notification of an inbox.
     *
     * @param inbox the inbox
     * @param id    its id
     * @return it, or {@code null}
     */
    @Nullable Notification find(Inbox inbox, String id);

    /**
     * Marks notifications of an inbox read; ids of other inboxes are left alone.
     *
     * @param inbox the inbox
     * @param ids   their ids
     * @return how many were marked
     */
    long markRead(Inbox inbox, Collection<String> ids);
}
