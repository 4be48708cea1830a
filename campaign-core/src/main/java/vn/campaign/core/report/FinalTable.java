package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of the final summary: a header row and rows of cells, the last one a total when {@code totalLast}.
 *
 * @param number    its number ("Biểu số 01")
 * @param title     its title, upper case
 * @param headers   the column headers
 * @param rows      the rows, each as wide as the headers
 * @param totalLast whether the last row is a total, set in bold
 * @since 0.4.0
 */
public record FinalTable(String number, String title, List<String> headers, List<List<Cell>> rows,
        boolean totalLast) {

    /**
     * Validates the table.
     *
     * @param number    its number
     * @param title     its title
     * @param headers   the column headers
     * @param rows      the rows, each as wide as the headers
     * @param totalLast whether the last row is a total
     */
    public FinalTable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + number + " has " + row.size() + " cells for "
                        + headers.size() + " columns");
            }
        }
    }
}
