package vn.campaign.importer.source;

import vn.campaign.importer.cli.ExitCode;
import vn.campaign.importer.report.ImportStatus;

/**
 * A source-stage class that reaches up to the command line: breaks the stage order and closes a cycle, so
 * that {@code ArchitectureTest} can show its rules fail. Test code only, never analysed with the main classes.
 */
public final class ReachesUpToTheCommandLine {

    private ReachesUpToTheCommandLine() {
    }

    /**
     * The exit code of a run that stored every row.
     *
     * @return the code
     */
    public static int everyRowStored() {
        return ExitCode.of(ImportStatus.COMPLETE);
    }
}
