package vn.campaign.importer.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.importer.report.ReportTable;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;

/**
 * {@code campaign-import [--campaign CODE] [--dry-run] [--report FILE.json] [--server URL] FILE…}
 *
 * <p>With {@code --dry-run} and no {@code --server}, each file is read and every row checked against the
 * core's rules in memory; nothing is sent anywhere. Otherwise each file is posted to the campaign-api
 * ({@code --server}, by default {@value #DEFAULT_SERVER}), which imports it (or, with {@code --dry-run},
 * checks it) and answers with the report. The report is printed as a table and, with {@code --report},
 * saved as JSON. Exit codes: see {@link ExitCode}.
 */
@Command(name = "campaign-import", mixinStandardHelpOptions = true, version = "campaign-import 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true, exitCodeOnInvalidInput = ExitCode.USAGE,
        description = {
            "Imports legacy spreadsheets (.xlsx, .xls, .csv; Unicode, TCVN3 or VNI text) of celebratory works"
                    + " and events into a campaign, and reports what became of every row."},
        footer = {"", "Exit codes:",
            "  0   every data row was stored (imported, updated or unchanged)",
            "  2   some rows were rejected, or no registration was recognised in a file (NO_HEADER); the others"
                    + " were stored (see the report). A row of an exported file"
                    + " whose registration changed since the export is a conflict, reported and not stored, like a"
                    + " rejected row",
            "  1   a file could not be read or imported at all; nothing of it was stored, unless the upload was"
                    + " sent and its answer lost: outcome unknown (see the import history; importing again is safe)",
            "  64  the command line is wrong"})
public final class CampaignImportCommand implements Callable<Integer> {

    /** The campaign-api the files are sent to when no {@code --server} is given. */
    public static final String DEFAULT_SERVER = "http://localhost:8080";

    /** What a dry run without a server cannot see, said after its report. */
    public static final String LOCAL_DRY_RUN_NOTE = "Checked here, without a server: registrations already on the"
            + " server are not seen, so duplicates of them and updates are not found. Add --server URL to check"
            + " against it.";

    /** The campaign the rows register for when no {@code --campaign} is given: Directive 32's. */
    public static final String DEFAULT_CAMPAIGN = ImportRunner.DEFAULT_CAMPAIGN;

    @Option(names = "--campaign", paramLabel = "CODE", defaultValue = DEFAULT_CAMPAIGN,
            description = "The campaign the rows register for (default: ${DEFAULT-VALUE}).")
    private String campaign = DEFAULT_CAMPAIGN;

    @Option(names = "--dry-run", description = "Check every row against the campaign's rules and report, storing"
            + " nothing. Without --server this runs here, without any server, and does not see duplicates of what"
            + " the server holds.")
    private boolean dryRun;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also save the report as JSON.")
    private @Nullable Path report;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CAMPAIGN_TOKEN}",
            description = "The bearer token sent to the server, a CITY_ADMIN's (default: the environment"
                    + " variable CAMPAIGN_TOKEN).")
    private @Nullable String token;

    @Option(names = "--server", paramLabel = "URL", description = "The campaign-api to send the files to"
            + " (default: " + DEFAULT_SERVER + ", unless --dry-run is given alone).")
    private @Nullable URI server;

    @Option(names = "--max-issues", paramLabel = "N", defaultValue = "" + ReportTable.DEFAULT_MAX_ISSUES,
            description = "How many issues to print per file; the JSON report holds them all (default: ${DEFAULT-VALUE}).")
    private int maxIssues = ReportTable.DEFAULT_MAX_ISSUES;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for the server's answer to one file (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds = 600;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The spreadsheet files, imported in this order.")
    private List<Path> files = List.of();

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    private CampaignImportCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // POI logs through the Log4j API; without a logging backend in the jar, use Log4j's own simple one
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
        // library log lines (XML parser warnings, missing logging backends) never reach the console
        quiet("org.apache.logging.log4j.simplelog.level", "OFF");
        quiet("log4j2.statusLoggerLevel", "OFF");
        quiet("log4j2.StatusLogger.level", "OFF");
        quiet("slf4j.internal.verbosity", "ERROR");
        java.util.logging.LogManager.getLogManager().reset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, System.console() != null));
    }

    private static void quiet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Runs the command without exiting.
     *
     * @param args     the command line
     * @param out      where the report table goes
     * @param err      where errors and progress bars go
     * @param terminal whether {@code err} is a terminal that can show progress bars
     * @return the exit code
     */
    public static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine commandLine = new CommandLine(new CampaignImportCommand(out, err, terminal));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        ImportReport result;
        if (dryRun && server == null) {
            ImportListener progress = terminal ? new TerminalProgress(err, true) : ImportListener.NONE;
            result = ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemDefaultZone()))
                    .importFiles(files, campaign, progress);
        } else {
            URI target = server != null ? server : URI.create(DEFAULT_SERVER);
            result = new ImportClient(target, Duration.ofSeconds(timeoutSeconds), token).importFiles(files, campaign, dryRun);
        }
        new ReportTable(maxIssues, ReportTable.DEFAULT_MAX_ROWS).print(result, new PrintWriter(out, true));
        if (dryRun && server == null) {
            out.println(LOCAL_DRY_RUN_NOTE);
        }
        for (FileReport file : result.files()) {
            if (file.error() != null) {
                err.println("campaign-import: " + file.error().message());
            }
            file.noRegistration().ifPresent(none -> err.println("campaign-import: " + none.code() + ": "
                    + none.message()));
        }
        if (report != null) {
            try {
                ReportJson.write(result, report);
                out.println("Report saved to " + report);
            } catch (UncheckedIOException e) {
                err.println("campaign-import: " + e.getMessage());
                return ExitCode.FILE_FAILED;
            }
        }
        return ExitCode.of(result.status());
    }
}
