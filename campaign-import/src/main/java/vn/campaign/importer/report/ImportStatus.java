package vn.campaign.importer.report;

/**
 * How an import went, from best to worst; the command's exit code follows it.
 */
public enum ImportStatus {
    /** Every data row was stored (imported, updated or unchanged). */
    COMPLETE,
    /**
     * The readable rows were stored; some rows were rejected, or were in conflict with a change made since
     * their file was exported, and are reported.
     */
    ROWS_REJECTED,
    /** A file could not be read or imported at all; nothing of it was stored. */
    FILE_FAILED;

    /**
     * The worse of two statuses.
     *
     * @param other another status
     * @return the one further down the list
     */
    public ImportStatus worst(ImportStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
