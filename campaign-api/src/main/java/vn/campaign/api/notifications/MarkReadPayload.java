package vn.campaign.api.notifications;

import java.util.List;
import vn.campaign.api.graphql.UserError;

/**
 * GraphQL's {@code MarkNotificationsReadPayload}.
 *
 * @param marked     how many were unread and are now read
 * @param userErrors always empty: ids of other inboxes are left alone
 */
public record MarkReadPayload(int marked, List<UserError> userErrors) {

    /**
     * Copies the list.
     *
     * @param marked     how many were marked
     * @param userErrors the errors
     */
    public MarkReadPayload {
        userErrors = List.copyOf(userErrors);
    }
}
