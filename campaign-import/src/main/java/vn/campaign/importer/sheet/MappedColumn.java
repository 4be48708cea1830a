package vn.campaign.importer.sheet;

import java.util.Objects;
import org.apache.poi.ss.util.CellReference;

/**
 * A field and the column it is read from.
 *
 * @param field  the field
 * @param column 0-based column index
 * @param header the column's header text (empty when the column has none)
 * @param source how the column was chosen
 */
public record MappedColumn(Field field, int column, String header, MappingSource source) {

    /**
     * Checks the values.
     *
     * @param field the field
     * @param column 0-based column index
     * @param header the column's header text (empty when the column has none)
     * @param source how the column was chosen
     */
    public MappedColumn {
        Objects.requireNonNull(field, "field");
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more, was " + column);
        }
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The column letter.
     *
     * @return the letter, {@code A} for column 0
     */
    public String letter() {
        return CellReference.convertNumToColString(column);
    }
}
