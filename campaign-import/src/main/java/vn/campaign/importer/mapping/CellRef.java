package vn.campaign.importer.mapping;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a field of a command came from: the column and the cell's value as written.
 *
 * @param column the column letter, or {@code null} when the value did not come from a cell of the row
 *               (a unit named by a group heading above)
 * @param value  the cell's value as written (decoded from its legacy encoding), or the group heading's
 *               unit
 */
public record CellRef(@Nullable String column, String value) {

    /**
     * Checks the values.
     *
     * @param column the column letter, or {@code null} when the value did not come from a cell of the row (a unit named by a group heading above)
     * @param value the cell's value as written (decoded from its legacy encoding), or the group heading's unit
     */
    public CellRef {
        Objects.requireNonNull(value, "value");
    }
}
