package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * The rows of one kind of unit in a table, under a header such as "I. CÁC PHƯỜNG".
 *
 * @param <R>     the kind of row
 * @param numeral the group's Roman numeral ("I")
 * @param title   its title ("CÁC PHƯỜNG")
 * @param rows    its rows
 * @since 0.1.0
 */
public record Group<R>(String numeral, String title, List<R> rows) {

    /**
     * Validates the group.
     *
     * @param numeral the group's Roman numeral ("I")
     * @param title its title ("CÁC PHƯỜNG")
     * @param rows its rows
     */
    public Group {
        Objects.requireNonNull(numeral, "numeral");
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
    }

    /**
     * The header line.
     *
     * @return "I. CÁC PHƯỜNG"
     */
    public String header() {
        return numeral + ". " + title;
    }
}
