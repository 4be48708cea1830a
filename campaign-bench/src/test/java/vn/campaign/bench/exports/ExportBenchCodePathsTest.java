package vn.campaign.bench.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export benchmark's own measuring on tiny inputs: the baseline file holds the rows it claims, the row count
 * reads a sheet without loading it, and the service's peak heap comes from its collector's log lines.
 */
class ExportBenchCodePathsTest {

    @TempDir
    Path directory;

    @Test
    void theBareWriteHoldsTitlesHeaderAndEveryRowAndTheCountSeesTheDataRows() throws IOException {
        Path file = directory.resolve("bare.xlsx");

        BareSxssfWrite.write(file, 37);

        assertThat(ExportBench.dataRows(file)).isEqualTo(37);
    }

    @Test
    void thePeakHeapIsTheLargestHeapACollectionFoundInUse() {
        List<String> log = List.of(
                "[0.912s][info][gc] Using G1",
                "[3.101s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 61M->20M(99M) 4.120ms",
                "[3.950s][info][gc] GC(8) Pause Young (Normal) (G1 Evacuation Pause) 82M->23M(128M) 5.001ms",
                "[4.200s][info][gc] GC(9) Pause Young (Normal) (G1 Evacuation Pause) 40M->22M(128M) 2.000ms");

        assertThat(ExportBench.peakHeap(log)).containsExactly(82, 128);
        assertThat(ExportBench.peakHeap(List.of())).containsExactly(0, 0);
    }
}
