package vn.campaign.importer.report;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What became of the rows of a file (or of several files added up).
 *
 * <p>Every data row is counted once in {@code read} and once in exactly one of {@code imported},
 * {@code updated}, {@code unchanged}, {@code conflicts} and {@code rejected}; the other physical rows are
 * {@code skipped}, with their reasons.
 *
 * @param read            data rows read
 * @param imported        data rows stored as new registrations
 * @param updated         data rows that changed a registration already stored: the one named by the row's
 *                        system id (a row of an exported file), else the one with the same natural key
 * @param unchanged       data rows whose registration was already stored exactly so
 * @param conflicts       data rows of an exported file whose registration has changed since the export (its
 *                        version is no longer the row's): nothing of them was stored
 * @param rejected        data rows not stored, each with at least one ERROR issue
 * @param skipped         physical rows that hold no registration (titles, headers, blanks, group
 *                        headings, totals, footers)
 * @param skippedByReason the skipped rows by reason ({@code TITLE}, {@code HEADER}, {@code BLANK},
 *                        {@code GROUP}, {@code TOTAL}, {@code FOOTER}, …)
 */
public record Counts(int read, int imported, int updated, int unchanged, int conflicts, int rejected, int skipped,
        Map<String, Integer> skippedByReason) {

    /**
     * Checks that every data row is accounted for once and the skipped rows add up.
     *
     * @param read data rows read
     * @param imported data rows stored as new registrations
     * @param updated data rows that changed a registration already stored: the one named by the row's system id (a row of an exported file), else the one with the same natural key
     * @param unchanged data rows whose registration was already stored exactly so
     * @param conflicts data rows of an exported file whose registration has changed since the export (its version is no longer the row's): nothing of them was stored
     * @param rejected data rows not stored, each with at least one ERROR issue
     * @param skipped physical rows that hold no registration (titles, headers, blanks, group headings, totals, footers)
     * @param skippedByReason the skipped rows by reason ({@code TITLE}, {@code HEADER}, {@code BLANK}, {@code GROUP}, {@code TOTAL}, {@code FOOTER}, …)
     */
    public Counts {
        if (read < 0 || imported < 0 || updated < 0 || unchanged < 0 || conflicts < 0 || rejected < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must not be negative: read " + read + ", imported "
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
        Objects.requireNonNull(skippedByReason, "skippedByReason");
        TreeMap<String, Integer> copy = new TreeMap<>(skippedByReason);
        int sum = copy.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != skipped) {
            throw new IllegalArgumentException("skipped rows by reason add up to " + sum + ", not " + skipped);
        }
        skippedByReason = Collections.unmodifiableMap(copy);
    }

    /**
     * Counts without conflicts: no row carried a stale version.
     *
     * @param read            data rows read
     * @param imported        data rows stored as new registrations
     * @param updated         data rows that changed a stored registration
     * @param unchanged       data rows whose registration was already stored exactly so
     * @param rejected        data rows not stored
     * @param skipped         physical rows that hold no registration
     * @param skippedByReason the skipped rows by reason
     */
    public Counts(int read, int imported, int updated, int unchanged, int rejected, int skipped,
            Map<String, Integer> skippedByReason) {
        this(read, imported, updated, unchanged, 0, rejected, skipped, skippedByReason);
    }

    /**
     * No rows at all.
     *
     * @return the zero counts
     */
    public static Counts none() {
        return new Counts(0, 0, 0, 0, 0, 0, Map.of());
    }

    /**
     * These counts and another's added up.
     *
     * @param other other counts
     * @return the sums
     */
    public Counts plus(Counts other) {
        Map<String, Integer> reasons = new TreeMap<>(skippedByReason);
        other.skippedByReason.forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
        return new Counts(read + other.read, imported + other.imported, updated + other.updated,
                unchanged + other.unchanged, conflicts + other.conflicts, rejected + other.rejected,
                skipped + other.skipped, reasons);
    }

    /**
     * How many data rows are in the store after the import: imported, updated or unchanged.
     *
     * @return {@code read - conflicts - rejected}
     */
    public int stored() {
        return read - conflicts - rejected;
    }
}
