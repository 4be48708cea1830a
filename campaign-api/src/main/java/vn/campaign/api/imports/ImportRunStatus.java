package vn.campaign.api.imports;

/**
 * Where a run of an import stands.
 */
public enum ImportRunStatus {
    /** The run has started and not finished; rows may be being stored. */
    RUNNING,
    /** The file was read and every row was stored or reported. */
    COMPLETED,
    /** The file could not be read (damaged, encrypted, not a spreadsheet, a limit crossed); nothing was stored. */
    FAILED,
    /**
     * The run stopped before its end — its process died or its store failed — so only some rows may have
     * been stored; importing the same file again completes it.
     */
    INTERRUPTED
}
