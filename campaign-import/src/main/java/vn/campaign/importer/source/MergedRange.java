package vn.campaign.importer.source;

import org.apache.poi.ss.util.CellReference;

/**
 * A block of merged cells. Only its top-left cell holds the value.
 *
 * @param firstRow    1-based first row
 * @param lastRow     1-based last row, not before {@code firstRow}
 * @param firstColumn 0-based first column
 * @param lastColumn  0-based last column, not before {@code firstColumn}
 */
public record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /**
     * Checks that the range is well formed.
     *
     * @param firstRow 1-based first row
     * @param lastRow 1-based last row, not before {@code firstRow}
     * @param firstColumn 0-based first column
     * @param lastColumn 0-based last column, not before {@code firstColumn}
     */
    public MergedRange {
        if (firstRow < 1 || lastRow < firstRow) {
            throw new IllegalArgumentException("rows must satisfy 1 <= firstRow <= lastRow, were "
                    + firstRow + " and " + lastRow);
        }
        if (firstColumn < 0 || lastColumn < firstColumn) {
            throw new IllegalArgumentException("columns must satisfy 0 <= firstColumn <= lastColumn, were "
                    + firstColumn + " and " + lastColumn);
        }
    }

    /**
     * Whether the range covers a cell.
     *
     * @param row    1-based row number
     * @param column 0-based column index
     * @return {@code true} when the cell lies in the range
     */
    public boolean covers(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /**
     * The range in A1 notation, e.g. {@code A4:A5}.
     *
     * @return the reference
     */
    public String reference() {
        return CellReference.convertNumToColString(firstColumn) + firstRow + ":"
                + CellReference.convertNumToColString(lastColumn) + lastRow;
    }
}
