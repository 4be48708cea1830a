/**
 * Reads the cells of a spreadsheet file as they are stored: {@code .xlsx} (streamed with a SAX parser,
 * so large files stay within a small heap), old {@code .xls} (BIFF8, through HSSF) and {@code .csv}.
 *
 * <p>{@link vn.campaign.importer.source.FileSniffer} decides the type from the file's first bytes,
 * never from its name. {@link vn.campaign.importer.source.RawWorkbookReader} then hands each sheet's
 * rows, cell by cell with the cell's font and formatting runs, to a
 * {@link vn.campaign.importer.source.RawSheetHandler}. Nothing here interprets the content: legacy
 * encodings, headers and row kinds are decided by the layers above. Formulas are never evaluated; their
 * cached values are read and marked. Input that cannot be read, or that breaks a
 * {@link vn.campaign.importer.source.ReadLimits} limit, raises
 * {@link vn.campaign.importer.source.UnreadableFileException}.
 */
@NullMarked
package vn.campaign.importer.source;

import org.jspecify.annotations.NullMarked;
