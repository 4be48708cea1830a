package vn.campaign.api.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The indexes the application asked the embedded store for that it does not build: mongo-java-server builds
 * unique indexes (and enforces them) but ignores every other secondary index, logging a warning for each,
 * each time it is asked. The store watches the {@code createIndexes} commands and names these once at start-up
 * instead; queries that would use them scan their collection, which is fast enough at a city's size.
 */
final class UnenforcedIndexes {

    private final Set<String> names = new ConcurrentSkipListSet<>();

    /**
     * Takes note of the non-unique indexes a command asks for, if it is a {@code createIndexes}.
     *
     * @param command the command's name
     * @param query   the command document
     */
    void observe(String command, Map<String, Object> query) {
        if (!command.toLowerCase(Locale.ROOT).equals("createindexes")
                || !(query.get(command) instanceof String collection)
                || !(query.get("indexes") instanceof List<?> indexes)) {
            return;
        }
        for (Object index : indexes) {
            if (index instanceof Map<?, ?> spec && spec.get("key") instanceof Map<?, ?> key
                    && !Boolean.TRUE.equals(spec.get("unique")) && !key.keySet().equals(Set.of("_id"))) {
                List<String> fields = new ArrayList<>();
                key.keySet().forEach(field -> fields.add(String.valueOf(field)));
                names.add(collection + "(" + String.join(", ", fields) + ")");
            }
        }
    }

    /**
     * The indexes noted, as {@code collection(field, field)}, in order.
     *
     * @return the names
     */
    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * The start-up line that names them.
     *
     * @return the line, or the empty text when there are none
     */
    String summary() {
        List<String> all = names();
        return all.isEmpty() ? "" : "Store: the embedded store builds unique indexes only; these " + all.size()
                + " are not built and their queries scan the collection: " + String.join(", ", all);
    }
}
