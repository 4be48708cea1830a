package vn.campaign.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.h2.mvstore.cache.CacheLongKeyLIRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.management.HotSpotDiagnosticMXBean;

/** Weighing a heap dump tells what the store's caches hold alone from what the rest of the heap holds. */
class HeapWeightTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path directory;

    /** Held outside any cache while the dump is taken. */
    private static byte[][] outside;

    @Test
    void weighsWhatOnlyTheStoresCacheHoldsApartFromTheRest() throws Exception {
        CacheLongKeyLIRS.Config config = new CacheLongKeyLIRS.Config();
        config.maxMemory = 1024L * MIB; // room for every page in each of its segments
        CacheLongKeyLIRS<byte[]> cache = new CacheLongKeyLIRS<>(config);
        for (long page = 0; page < 24; page++) {
            cache.put(page, new byte[MIB], MIB);
        }
        outside = new byte[8][MIB];
        Path file = directory.resolve("test.hprof");

        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
        HeapWeight weight = HeapWeight.of(file, 12);

        assertThat(cache.size()).isEqualTo(24); // still held while the dump was taken
        assertThat(outside).hasNumberOfRows(8);
        assertThat(weight.seconds()).isEqualTo(12);
        assertThat(weight.cacheMiB()).as("the 24 MiB in the cache").isBetween(24.0, 26.0);
        assertThat(weight.outsideCacheMiB()).as("the 8 MiB outside, and the test JVM's own heap")
                .isGreaterThan(8.0).isLessThan(weight.liveMiB() - 24);
    }
}
