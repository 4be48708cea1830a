package vn.campaign.importer.sheet;

import java.util.Objects;
import org.apache.poi.ss.util.CellReference;

/**
 * The header of one column. For a two-row header, {@code text} joins the upper text (which a merged cell
 * may spread over several columns) and the lower one with {@code " / "}.
 *
 * @param column 0-based column index
 * @param text   the decoded header text
 * @param hidden whether the column is hidden
 */
public record HeaderColumn(int column, String text, boolean hidden) {

    /**
     * Checks the values.
     *
     * @param column 0-based column index
     * @param text the decoded header text
     * @param hidden whether the column is hidden
     */
    public HeaderColumn {
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more, was " + column);
        }
        Objects.requireNonNull(text, "text");
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
