package vn.campaign.importer.cli;

import vn.campaign.importer.report.ImportStatus;

/**
 * The exit codes of the command.
 */
public final class ExitCode {

    /** Every data row of every file was stored (imported, updated or unchanged). */
    public static final int COMPLETE = 0;
    /**
     * A file could not be read or imported at all; nothing of it was stored, unless its upload was sent and the
     * answer lost ({@code OUTCOME_UNKNOWN}).
     */
    public static final int FILE_FAILED = 1;
    /**
     * The readable rows were stored; some rows were rejected, or in conflict with a change made since their
     * file was exported, and are in the report; or a file gave no registration at all ({@code NO_HEADER}).
     */
    public static final int ROWS_REJECTED = 2;
    /** The command line itself was wrong (an unknown option, no file); sysexits' EX_USAGE. */
    public static final int USAGE = 64;

    private ExitCode() {
    }

    /**
     * The exit code for how an import went.
     *
     * @param status the import's status
     * @return 0, 1 or 2
     */
    public static int of(ImportStatus status) {
        return switch (status) {
            case COMPLETE -> COMPLETE;
            case ROWS_REJECTED -> ROWS_REJECTED;
            case FILE_FAILED -> FILE_FAILED;
        };
    }
}
