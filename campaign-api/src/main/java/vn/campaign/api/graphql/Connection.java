package vn.campaign.api.graphql;

import java.util.List;
import java.util.function.Function;

import vn.campaign.api.platform.Page;

/**
 * A Relay connection: a page of items with their cursors, where the page stands, and the total.
 *
 * @param edges      the items with their cursors
 * @param nodes      the items
 * @param pageInfo   where the page stands
 * @param totalCount how many items the list holds in all
 * @param <T>        the item type
 */
public record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, long totalCount) {

    /** Copies the lists. */
    public Connection {
        edges = List.copyOf(edges);
        nodes = List.copyOf(nodes);
    }

    /**
     * The connection of a page.
     *
     * @param page       the page
     * @param cursor     the cursor of an item
     * @param afterGiven whether the page started after a cursor
     * @param totalCount the total
     * @param <T>        the item type
     * @return the connection
     */
    public static <T> Connection<T> of(Page<T> page, Function<T, String> cursor, boolean afterGiven, long totalCount) {
        List<Edge<T>> edges = page.items().stream().map(item -> new Edge<>(cursor.apply(item), item)).toList();
        PageInfo info = new PageInfo(page.hasMore(), afterGiven,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, page.items(), info, totalCount);
    }

    /**
     * An item with its cursor.
     *
     * @param cursor the cursor to read on after the item
     * @param node   the item
     * @param <T>    the item type
     */
    public record Edge<T>(String cursor, T node) {
    }

    /**
     * Where a page stands.
     *
     * @param hasNextPage     whether items follow
     * @param hasPreviousPage whether the page started after a cursor
     * @param startCursor     the first item's cursor
     * @param endCursor       the last item's cursor
     */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage,
            @org.jspecify.annotations.Nullable String startCursor,
            @org.jspecify.annotations.Nullable String endCursor) {
    }
}
