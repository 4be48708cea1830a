package vn.campaign.importer.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.run.ImportListener;

/**
 * Progress bars on a terminal for large files: one counting the rows read (their number is not known
 * before the end), then one for the rows checked or stored. Small files show none.
 */
final class TerminalProgress implements ImportListener {

    /** Files with fewer data rows than this show no bar. */
    static final int LARGE = 2_000;

    private final PrintStream terminal;
    private final String storing;
    private @Nullable ProgressBar bar;

    /**
     * Progress on a terminal.
     *
     * @param terminal where the bars are drawn
     * @param dryRun   whether rows are checked rather than stored
     */
    TerminalProgress(PrintStream terminal, boolean dryRun) {
        this.terminal = terminal;
        this.storing = dryRun ? "Checking " : "Storing ";
    }

    @Override
    public void rowsRead(String file, int dataRows) {
        if (bar == null && dataRows >= LARGE) {
            bar = build("Reading " + file, -1);
        }
        if (bar != null) {
            bar.stepTo(dataRows);
        }
    }

    @Override
    public void rowsStored(String file, int done, int total) {
        if (bar != null && bar.isIndefinite()) {
            close();
        }
        if (bar == null && total >= LARGE && done < total) {
            bar = build(storing + file, total);
        }
        if (bar != null) {
            bar.stepTo(done);
            if (done >= total) {
                close();
            }
        }
    }

    @Override
    public void fileFinished(FileReport report) {
        close();
    }

    private ProgressBar build(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
