package vn.campaign.bench.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * Times one way of reading one file, once, in the JVM it is started in (a child JVM with the heap limit the
 * benchmark chose), after one warm-up pass over a small file of the same format: {@code bare} (the format's
 * bare reader, {@link BareReads}), {@code sheet} (the importer's {@link SpreadsheetReader}: header detection,
 * legacy-text decoding, column mapping) or {@code import} (the whole dry-run import by
 * {@link ImportRunner#dryRun(CampaignPlatform, ReadOptions)}: reading, parsing, the core's rules, the report).
 * Prints {@code rows}, {@code millis}, {@code peakHeapMiB} and {@code maxHeapMiB} on its result line.
 */
public final class ImportProbe {

    /** Limits raised above the defaults (200,000 rows, 50 MB) so that the 1,000,000-row file is read. */
    static final ReadOptions OPTIONS = ReadOptions.defaults()
            .withLimits(ReadLimits.defaults().withMaxRows(2_000_000).withMaxFileBytes(1L << 30));

    private ImportProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the mode ({@code bare}, {@code sheet} or {@code import}), the file, and the warm-up file or
     *             {@code -} for none
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ImportProbe bare|sheet|import <file> <warm-up file>|-");
        }
        String mode = args[0];
        Path file = Path.of(args[1]);
        if (!"-".equals(args[2])) {
            measure(mode, Path.of(args[2]));
        }
        Heap.resetPeak();
        long start = System.nanoTime();
        Map<String, Object> figures = measure(mode, file);
        double millis = (System.nanoTime() - start) / 1e6;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.putAll(figures);
        result.put("millis", String.format(Locale.ROOT, "%.1f", millis));
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
