/**
 * Reads the values of each data row: {@link vn.campaign.importer.parse.RowParser} applies the value
 * parsers (kinds, dates as days, months or quarters, amounts in the unit of their column, plaque marks)
 * to a {@link vn.campaign.importer.sheet.DataRow} and gives a {@link vn.campaign.importer.parse.ParsedRow}
 * with the typed values and every {@link vn.campaign.importer.parse.RowIssue} found, each naming the
 * sheet, row and column, with a typed code, a severity, its message in Vietnamese and English (written
 * here, once, from the value parser's finding and the cell) and the raw value. Nothing is thrown for a bad
 * value. The unit stays text: resolving it, and the campaign's business rules, come later.
 */
@NullMarked
package vn.campaign.importer.parse;

import org.jspecify.annotations.NullMarked;
