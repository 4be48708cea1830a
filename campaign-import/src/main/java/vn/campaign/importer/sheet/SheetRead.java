package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Objects;

/**
 * A sheet read whole: its summary and all its rows.
 *
 * @param summary the layout, encodings and counts
 * @param rows    every row, in order
 */
public record SheetRead(SheetSummary summary, List<ReadRow> rows) {

    /**
     * Checks the values and copies the rows.
     *
     * @param summary the layout, encodings and counts
     * @param rows every row, in order
     */
    public SheetRead {
        Objects.requireNonNull(summary, "summary");
        rows = List.copyOf(rows);
    }

    /**
     * The layout of the sheet.
     *
     * @return the layout
     */
    public SheetLayout layout() {
        return summary.layout();
    }

    /**
     * The data rows only.
     *
     * @return the data rows, in order
     */
    public List<DataRow> dataRows() {
        return rows.stream().filter(DataRow.class::isInstance).map(DataRow.class::cast).toList();
    }

    /**
     * The skipped rows only.
     *
     * @return the skipped rows, in order
     */
    public List<SkippedRow> skippedRows() {
        return rows.stream().filter(SkippedRow.class::isInstance).map(SkippedRow.class::cast).toList();
    }
}
