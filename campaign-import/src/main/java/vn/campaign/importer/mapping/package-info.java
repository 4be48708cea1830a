/**
 * From a data row of a sheet to a command of the core: the unit text resolved with the core's
 * {@link vn.campaign.core.unit.UnitNameMatcher} over the units of the campaign, the kind, dates, amount
 * and plaque mark read with the value parsers, and everything that could not be read, or was read with
 * an assumption, reported as an issue located by sheet, row and column.
 *
 * <p>{@link vn.campaign.importer.mapping.RowMapper} turns each
 * {@link vn.campaign.importer.sheet.DataRow} into a {@link vn.campaign.importer.mapping.MappedRow}: a
 * {@code RegisterWork} or {@code RegisterEvent} ready for the core, with the cells each field came from
 * so that the core's rule violations can be located too, or a rejection with its ERROR issues. The
 * codes the mapping adds to those of the value parsers, the row step and the core are listed in
 * {@link vn.campaign.importer.mapping.MappingCode}, each with its message in both languages. The row
 * step's issues are kept as written.
 *
 * <p>A row of an exported file also gives the {@link vn.campaign.importer.mapping.ExportedId} of the
 * registration it was written from, read from the system id and version columns (hidden or not); an id or
 * version that cannot be used rejects the row.
 */
@NullMarked
package vn.campaign.importer.mapping;

import org.jspecify.annotations.NullMarked;
