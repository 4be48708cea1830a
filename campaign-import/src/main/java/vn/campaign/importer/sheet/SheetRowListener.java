package vn.campaign.importer.sheet;

/**
 * Receives what {@link SpreadsheetReader} finds, sheet by sheet: the layout once the header is found,
 * then every row in order, then a summary.
 */
public interface SheetRowListener {

    /**
     * A sheet's layout is known; its rows follow.
     *
     * @param layout the header, mapping and kind of the sheet
     */
    void sheetStarted(SheetLayout layout);

    /**
     * The next row of the current sheet.
     *
     * @param row a data row or a skipped row
     */
    void row(ReadRow row);

    /**
     * The current sheet is finished.
     *
     * @param summary what was read from it
     */
    void sheetFinished(SheetSummary summary);
}
