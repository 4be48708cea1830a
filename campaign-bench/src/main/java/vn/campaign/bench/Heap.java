package vn.campaign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures of this JVM from its memory pools: the peak since the last reset (the most the heap held at
 * once, garbage not yet collected included) and the heap in use after a full collection.
 */
public final class Heap {

    private static final long MIB = 1024 * 1024;

    private Heap() {
    }

    /** Collects garbage and starts a new peak from the heap now in use. */
    public static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The peak heap in use since the last {@link #resetPeak()}, summed over the heap pools.
     *
     * @return MiB
     */
    public static long peakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MIB;
    }

    /**
     * The heap in use after a full collection: what is still reachable.
     *
     * @return MiB
     */
    public static long liveMiB() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / MIB;
    }

    /**
     * The heap limit of this JVM.
     *
     * @return MiB
     */
    public static long maxMiB() {
        return Runtime.getRuntime().maxMemory() / MIB;
    }
}
