package vn.campaign.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of an import: one entry per file, in the order given.
 *
 * @param campaign the campaign code the rows were registered for
 * @param dryRun   whether the rows were checked against the core's rules in memory only, storing
 *                 nothing
 * @param files    the report of each file
 */
public record ImportReport(String campaign, boolean dryRun, List<FileReport> files) {

    /**
     * Checks the values and copies the list.
     *
     * @param campaign the campaign code the rows were registered for
     * @param dryRun whether the rows were checked against the core's rules in memory only, storing nothing
     * @param files the report of each file
     */
    public ImportReport {
        Objects.requireNonNull(campaign, "campaign");
        files = List.copyOf(files);
    }

    /**
     * The counts of every file added up.
     *
     * @return the totals
     */
    public Counts totals() {
        Counts totals = Counts.none();
        for (FileReport file : files) {
            totals = totals.plus(file.counts());
        }
        return totals;
    }

    /**
     * How the import went: the worst status of its files.
     *
     * @return COMPLETE when every data row of every file was stored
     */
    public ImportStatus status() {
        ImportStatus status = ImportStatus.COMPLETE;
        for (FileReport file : files) {
            status = status.worst(file.status());
        }
        return status;
    }

    /**
     * This report followed by another's files.
     *
     * @param other another report for the same campaign
     * @return the combined report
     */
    public ImportReport plus(ImportReport other) {
        List<FileReport> all = new ArrayList<>(files);
        all.addAll(other.files);
        return new ImportReport(campaign, dryRun, all);
    }
}
