package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * The works that carry, or asked for, a commemorative plaque ("Biểu số 04").
 *
 * @param number  the table's number
 * @param title   its title
 * @param headers the headers of its four columns (number, work, unit, basis)
 * @param lines   the works
 * @since 0.1.0
 */
public record PlaqueTable(String number, String title, List<String> headers, List<PlaqueLine> lines) {

    /**
     * Validates the table.
     *
     * @param number the table's number
     * @param title its title
     * @param headers the headers of its four columns (number, work, unit, basis)
     * @param lines the works
     */
    public PlaqueTable {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
    }
}
