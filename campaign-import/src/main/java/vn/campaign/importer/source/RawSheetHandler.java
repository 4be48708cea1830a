package vn.campaign.importer.source;

/**
 * Receives the sheets of a file, one after the other, and the rows of each in increasing row order.
 * Rows that hold nothing may be missing; a row number is never repeated.
 */
public interface RawSheetHandler {

    /**
     * A sheet begins.
     *
     * @param sheet what is known about the sheet
     */
    void startSheet(SheetInfo sheet);

    /**
     * The next stored row of the current sheet.
     *
     * @param row the row
     */
    void row(RawRow row);

    /**
     * The current sheet has no more rows.
     */
    void endSheet();
}
