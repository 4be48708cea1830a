/**
 * Finds the structure of each sheet and accounts for every row.
 *
 * <p>{@link vn.campaign.importer.sheet.SpreadsheetReader} decodes each cell (legacy TCVN3 and VNI text is
 * decided from the cell's font, or for CSV from a vote over the column), finds the header row or rows
 * among the first rows of the sheet (up to four rows under merged parents), matches the headers to {@link vn.campaign.importer.sheet.Field}s by
 * synonyms that ignore case and tone marks (an explicit {@link vn.campaign.importer.sheet.ColumnRef}
 * mapping can override them), tells whether the sheet lists works or events, and then turns every
 * physical row into a {@link vn.campaign.importer.sheet.ReadRow}: a
 * {@link vn.campaign.importer.sheet.DataRow} with the unit in force and the raw and decoded value of each
 * field, or a {@link vn.campaign.importer.sheet.SkippedRow} with its reason (title, header, blank, group
 * heading, total, note, footer, or a sheet that lists no registrations). No row is dropped without a trace. Rows are streamed to a
 * {@link vn.campaign.importer.sheet.SheetRowListener}, so a large sheet is never held in memory.
 */
@NullMarked
package vn.campaign.importer.sheet;

import org.jspecify.annotations.NullMarked;
