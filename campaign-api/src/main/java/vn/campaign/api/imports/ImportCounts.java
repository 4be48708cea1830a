package vn.campaign.api.imports;

import java.util.Objects;

import vn.campaign.importer.report.Counts;

/**
 * What became of the rows of an imported file.
 *
 * @param read      data rows read
 * @param imported  rows stored as new registrations
 * @param updated   rows that changed a registration already stored: the one a row of an exported file names by
 *                  its system id, else the one under the same natural key
 * @param unchanged rows whose registration was already stored exactly so
 * @param conflicts rows of an exported file whose registration changed after the export: not stored
 * @param rejected  rows not stored, each reported with at least one error
 * @param skipped   physical rows that hold no registration (titles, headers, blanks, totals, …)
 */
public record ImportCounts(int read, int imported, int updated, int unchanged, int conflicts, int rejected,
        int skipped) {

    /**
     * Checks that no count is negative and that every row read is counted once.
     *
     * @throws IllegalArgumentException when a count is negative or the rows read do not add up
     */
    public ImportCounts {
        if (read < 0 || imported < 0 || updated < 0 || unchanged < 0 || conflicts < 0 || rejected < 0
                || skipped < 0) {
            throw new IllegalArgumentException("import counts must not be negative: read " + read + ", imported "
                    + imported + ", updated " + updated + ", unchanged " + unchanged + ", conflicts " + conflicts
                    + ", rejected " + rejected + ", skipped " + skipped);
        }
        if (imported + updated + unchanged + conflicts + rejected != read) {
            throw new IllegalArgumentException(conflicts == 0
                    ? "every row read must be imported, updated, unchanged or rejected: read " + read + " but "
                            + imported + " + " + updated + " + " + unchanged + " + " + rejected + " = "
                            + (imported + updated + unchanged + rejected)
                    : "every row read must be imported, updated, unchanged, in conflict or rejected: read " + read
                            + " but " + imported + " + " + updated + " + " + unchanged + " + " + conflicts + " + "
                            + rejected + " = " + (imported + updated + unchanged + conflicts + rejected));
        }
    }

    /**
     * Counts without conflicts.
     *
     * @param read      data rows read
     * @param imported  rows stored as new registrations
     * @param updated   rows that changed a stored registration
     * @param unchanged rows whose registration was already stored exactly so
     * @param rejected  rows not stored
     * @param skipped   physical rows that hold no registration
     */
    public ImportCounts(int read, int imported, int updated, int unchanged, int rejected, int skipped) {
        this(read, imported, updated, unchanged, 0, rejected, skipped);
    }

    /**
     * The counts of an importer's report.
     *
     * @param counts the report's counts
     * @return the same numbers
     */
    public static ImportCounts of(Counts counts) {
        Objects.requireNonNull(counts, "counts");
        return new ImportCounts(counts.read(), counts.imported(), counts.updated(), counts.unchanged(),
                counts.conflicts(), counts.rejected(), counts.skipped());
    }
}
