package vn.campaign.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of this JVM: the peak since the last reset and the heap in use after a full collection.
 *
 * <p>The peak is the most the heap held at once, garbage not yet collected included: the heap in use is
 * highest just before a collection, so the peak is the largest heap-in-use that a collection found when
 * it began (summed over the heap pools at that one moment, from the collector's notifications), or the heap
 * in use now if that is larger. It never exceeds the heap limit.
 */
public final class Heap {

    private static final long MIB = 1024 * 1024;
    private static final AtomicLong PEAK = new AtomicLong();
    private static final AtomicBoolean LISTENING = new AtomicBoolean();

    private Heap() {
    }

    /** Collects garbage and starts a new peak from the heap now in use. */
    public static void resetPeak() {
        listen();
        System.gc();
        PEAK.set(usedNow());
    }

    /**
     * The peak heap in use since the last {@link #resetPeak()}.
     *
     * @return MiB
     */
    public static long peakMiB() {
        return Math.max(PEAK.get(), usedNow()) / MIB;
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

    private static long usedNow() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** Records, at the start of every collection, the heap in use over the heap pools. */
    private static void listen() {
        if (!LISTENING.compareAndSet(false, true)) {
            return;
        }
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                String collected = GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION;
                emitter.addNotificationListener((notification, handback) -> {
                    if (collected.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info =
                                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                                .filter(e -> heapPools.contains(e.getKey())).map(java.util.Map.Entry::getValue)
                                .mapToLong(MemoryUsage::getUsed).sum();
                        PEAK.accumulateAndGet(before, Math::max);
                    }
                }, null, null);
            }
        }
    }
}
