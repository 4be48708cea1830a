package vn.campaign.importer.sheet;

/**
 * One physical row of a sheet after the layout is known: either a {@link DataRow} or a
 * {@link SkippedRow}.
 */
public sealed interface ReadRow permits DataRow, SkippedRow {

    /**
     * The sheet the row is on.
     *
     * @return the sheet name
     */
    String sheet();

    /**
     * The 1-based row number, as Excel shows it (a CSV's record number).
     *
     * @return the row number
     */
    int rowNumber();
}
