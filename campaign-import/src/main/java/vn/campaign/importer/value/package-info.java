/**
 * Parsing of cell values as people typed them in legacy registers: dates (Excel serial numbers,
 * day-first dates, months, quarters), amounts in đồng (Vietnamese and English separators, "1,2 tỷ",
 * "850tr", a unit taken from the column header), kinds of works and events, and plaque marks.
 *
 * <p>Every parser is a pure function that returns a {@link vn.campaign.importer.value.ParseResult}:
 * the value with warnings, or a problem with a stable {@link vn.campaign.importer.value.ValueIssueCode}.
 * Bad input never throws.
 */
@NullMarked
package vn.campaign.importer.value;

import org.jspecify.annotations.NullMarked;
