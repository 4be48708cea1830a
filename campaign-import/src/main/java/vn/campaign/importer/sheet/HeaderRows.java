package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Optional;

/**
 * The header found in a sheet: one row, or up to four when upper rows have merged cells over sub-headers.
 *
 * @param firstRow 1-based first header row
 * @param lastRow  1-based last header row (at most three rows below the first)
 * @param columns  the non-blank header columns, in column order
 */
public record HeaderRows(int firstRow, int lastRow, List<HeaderColumn> columns) {

    /**
     * Checks the rows and copies the columns.
     *
     * @param firstRow 1-based first header row
     * @param lastRow 1-based last header row (at most three rows below the first)
     * @param columns the non-blank header columns, in column order
     */
    public HeaderRows {
        if (firstRow < 1 || lastRow < firstRow || lastRow > firstRow + HeaderDetector.MAX_DEPTH - 1) {
            throw new IllegalArgumentException("a header is one to four rows from row 1, was rows " + firstRow + "–"
                    + lastRow);
        }
        columns = List.copyOf(columns);
    }

    /**
     * The header of a column.
     *
     * @param column 0-based column index
     * @return the header, or empty when the column has none
     */
    public Optional<HeaderColumn> column(int column) {
        return columns.stream().filter(c -> c.column() == column).findFirst();
    }
}
