package vn.campaign.importer.sheet;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads one file with {@link SpreadsheetReader#read(Path, SheetRowListener)} and prints what it counted,
 * how long it took and the peak heap use; {@link LargeXlsxMemoryIT} runs it in a child JVM with a small
 * heap.
 */
public final class LargeFileProbe {

    private LargeFileProbe() {
    }

    /**
     * Reads the file named by the first argument.
     *
     * @param args the file
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        long[] counts = new long[3];
        String[] lastUnit = {""};
        SpreadsheetReader.withDefaults().read(Path.of(args[0]), new SheetRowListener() {
            @Override
            public void sheetStarted(SheetLayout layout) {
                counts[0]++;
            }

            @Override
            public void row(ReadRow row) {
                if (row instanceof DataRow data) {
                    counts[1]++;
                    lastUnit[0] = data.unit();
                } else {
                    counts[2]++;
                }
            }

            @Override
            public void sheetFinished(SheetSummary summary) {
                // counted row by row
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("sheets=" + counts[0] + " data=" + counts[1] + " skipped=" + counts[2] + " lastUnit="
                + lastUnit[0] + " millis=" + millis + " peakHeapMiB=" + peak / (1024 * 1024) + " maxHeapMiB="
                + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
