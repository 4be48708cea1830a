package vn.campaign.importer.sheet;

import java.util.Objects;

/**
 * A row, or a run of rows the file stores nothing for, that registers nothing, and why.
 *
 * @param sheet         the sheet name
 * @param rowNumber     the 1-based row number
 * @param lastRowNumber the last row of the run: {@code rowNumber} for a single row
 * @param reason        why it registers nothing
 * @param detail        the row's text or an explanation ("Tổng cộng", "repeated header")
 */
public record SkippedRow(String sheet, int rowNumber, int lastRowNumber, SkipReason reason, String detail)
        implements ReadRow {

    /**
     * Checks the values.
     *
     * @param sheet the sheet name
     * @param rowNumber the 1-based row number
     * @param lastRowNumber the last row of the run: {@code rowNumber} for a single row
     * @param reason why it registers nothing
     * @param detail the row's text or an explanation ("Tổng cộng", "repeated header")
     */
    public SkippedRow {
        Objects.requireNonNull(sheet, "sheet");
        if (rowNumber < 1 || lastRowNumber < rowNumber) {
            throw new IllegalArgumentException("rows must satisfy 1 <= rowNumber <= lastRowNumber, were "
                    + rowNumber + " and " + lastRowNumber);
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * How many physical rows this accounts for.
     *
     * @return {@code lastRowNumber - rowNumber + 1}
     */
    public int rowCount() {
        return lastRowNumber - rowNumber + 1;
    }
}
