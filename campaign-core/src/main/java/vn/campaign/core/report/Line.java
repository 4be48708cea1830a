package vn.campaign.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One registration in a table: shown as a "-" row under its unit.
 *
 * @param name  the registration's name
 * @param cells its values, one per column of the table
 * @since 0.1.0
 */
public record Line(String name, List<Cell> cells) {

    /**
     * Validates the line.
     *
     * @param name the registration's name
     * @param cells its values, one per column of the table
     */
    public Line {
        Objects.requireNonNull(name, "name");
        cells = List.copyOf(cells);
    }
}
