/**
 * The import benchmark: legacy-layout files of 1,000 to 1,000,000 rows ({@link vn.campaign.bench.imports.LegacyFiles}),
 * and {@link vn.campaign.bench.imports.ImportProbe}, which times one way of reading one file in a child JVM — the
 * bare reader of its format ({@link vn.campaign.bench.imports.BareReads}), the importer's sheet reader, or the
 * whole dry-run import.
 */
@NullMarked
package vn.campaign.bench.imports;

import org.jspecify.annotations.NullMarked;
