package vn.campaign.api.platform;

import java.util.List;

/**
 * One page of a list read in a stable order.
 *
 * @param items   the items of the page, in order, at most the size asked for
 * @param hasMore whether more items follow the last one
 * @param <T>     the item type
 */
public record Page<T>(List<T> items, boolean hasMore) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
