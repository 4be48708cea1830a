package vn.campaign.bench.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import vn.campaign.bench.ChildJvm;
import vn.campaign.bench.Heap;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.run.ImportListener;
import vn.campaign.importer.run.ImportRunner;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.ReadOptions;
import vn.campaign.importer.sheet.ReadRow;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.sheet.SheetRowListener;
import vn.campaign.importer.sheet.SheetSummary;
import vn.campaign.importer.sheet.SpreadsheetReader;
import vn.campaign.importer.source.ReadLimits;

/**
 * Times one way of reading one file in the JVM it is started in (a child JVM with the heap limit the
 * benchmark chose): once cold, as the first thing the JVM does, then warm, after {@value #WARM_UP_PASSES}
 * warm-up passes over another file of the same format, as the median of the timed passes asked for (one by
 * default): {@code bare} (the format's
 * bare reader, {@link BareReads}), {@code sheet} (the importer's {@link SpreadsheetReader}: header detection,
 * legacy-text decoding, column mapping) or {@code import} (the whole dry-run import by
 * {@link ImportRunner#dryRun(CampaignPlatform, ReadOptions)}: reading, parsing, the core's rules, the report).
 * Prints {@code rows}, {@code millis} (warm), {@code coldMillis}, {@code peakHeapMiB} (of the warm passes)
 * and {@code maxHeapMiB} on its result line.
 */
public final class ImportProbe {

    /** Limits raised above the defaults (200,000 rows, 50 MB) so that the 1,000,000-row file is read. */
    static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withLimits(ReadLimits.defaults().withMaxRows(2_000_000).withMaxFileBytes(1L << 30));

    /** Passes over the warm-up file before the timed ones, so that the code measured is compiled. */
    public static final int WARM_UP_PASSES = 3;

    private ImportProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the mode ({@code bare}, {@code sheet} or {@code import}), the file, the warm-up file or
     *             {@code -} for none, and optionally the number of timed passes
     */
    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            throw new IllegalArgumentException(
                    "usage: ImportProbe bare|sheet|import <file> <warm-up file>|- [timed passes, default 1]");
        }
        String mode = args[0];
        Path file = Path.of(args[1]);
        int passes = args.length == 4 ? Integer.parseInt(args[3]) : 1;
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, got " + passes);
        }
        long coldStart = System.nanoTime();
        measure(mode, file);
        double coldMillis = (System.nanoTime() - coldStart) / 1e6;
        if (!"-".equals(args[2])) {
            for (int i = 0; i < WARM_UP_PASSES; i++) {
                measure(mode, Path.of(args[2]));
            }
        }
        Heap.resetPeak();
        double[] millis = new double[passes];
        Map<String, Object> figures = Map.of();
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            figures = measure(mode, file);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.putAll(figures);
        result.put("passes", passes);
        result.put("millis", String.format(Locale.ROOT, "%.1f", millis[passes / 2]));
        result.put("coldMillis", String.format(Locale.ROOT, "%.1f", coldMillis));
        result.put("peakHeapMiB", Heap.peakMiB());
        result.put("maxHeapMiB", Heap.maxMiB());
        ChildJvm.printResult(result);
    }

    /**
     * Reads a file in one mode.
     *
     * @param mode bare, sheet or import
     * @param file the file
     * @return what was read: {@code rows} (data rows, or all rows for the bare reader) and more by mode
     */
    public static Map<String, Object> measure(String mode, Path file) {
        Map<String, Object> figures = new LinkedHashMap<>();
        switch (mode) {
            case "bare" -> {
                BareReads.Read read = BareReads.read(file);
                figures.put("rows", read.rows());
                figures.put("cells", read.cells());
            }
            case "sheet" -> {
                long[] counts = new long[2];
                new SpreadsheetReader(OPTIONS).read(file, new SheetRowListener() {
                    @Override
                    public void sheetStarted(SheetLayout layout) {
                        // one sheet
                    }

                    @Override
                    public void row(ReadRow row) {
                        counts[row instanceof DataRow ? 0 : 1]++;
                    }

                    @Override
                    public void sheetFinished(SheetSummary summary) {
                        // counted row by row
                    }
                });
                figures.put("rows", counts[0]);
                figures.put("skipped", counts[1]);
            }
            case "import" -> {
                FileReport report = ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemDefaultZone()), OPTIONS)
                        .importFile(file, file.getFileName().toString(), Directive32.CODE.value(), ImportListener.NONE);
                if (report.error() != null) {
                    throw new IllegalStateException("the dry run of " + file + " failed: " + report.error());
                }
                Counts counts = report.counts();
                figures.put("rows", counts.read());
                figures.put("imported", counts.imported());
                figures.put("rejected", counts.rejected());
                figures.put("issues", report.issues().size());
            }
            default -> throw new IllegalArgumentException("mode must be bare, sheet or import, got " + mode);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no file " + file);
        }
        return figures;
    }
}
