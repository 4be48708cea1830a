package vn.campaign.bench.soak;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.netbeans.lib.profiler.heap.GCRoot;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;

/**
 * The service's live heap at one moment, weighed from a heap dump ({@link ProcessSampler#dumpHeap}), with what of
 * it stays reachable when the embedded store's caches are left out.
 *
 * <p>The store keeps decoded pages in a cache bounded by the store's own count of their size (H2's
 * {@value #STORE_CACHE_CLASS}); that count is a page's BSON size, while decoded documents take several times as
 * much heap, depending on what the pages hold (a registration about six and a half times). So the live heap grows
 * while the cache fills and while what it holds shifts (more registrations, fewer chunk records), minutes after its
 * count reached its budget, without anything leaking. A leak shows outside the cache: this walks the objects
 * reachable from the roots of the heap (threads, classes' statics, JNI) without passing through a cache, then
 * those the caches alone add, with the NetBeans profiler's heap dump reader (VisualVM's).
 *
 * @param seconds         when the dump was taken, since the soak began
 * @param liveMiB         every object reachable from the roots
 * @param outsideCacheMiB the objects reachable without passing through the store's caches
 */
public record HeapWeight(double seconds, double liveMiB, double outsideCacheMiB) {

    /** The class of the embedded store's caches: H2's MVStore keeps its pages (and chunks' tables) in them. */
    static final String STORE_CACHE_CLASS = "org.h2.mvstore.cache.CacheLongKeyLIRS";

    private static final double MIB = 1024.0 * 1024.0;

    /** Checks the figures: known, and the part no larger than the whole. */
    public HeapWeight {
        if (!(seconds >= 0) || !(outsideCacheMiB >= 0) || !(liveMiB >= outsideCacheMiB)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "a heap weight needs 0 ≤ outside the cache"
                    + " ≤ live, got %.1f ≤ %.1f at %.0f s", outsideCacheMiB, liveMiB, seconds));
        }
    }

    /**
     * What the store's caches hold alone.
     *
     * @return MiB
     */
    public double cacheMiB() {
        return liveMiB - outsideCacheMiB;
    }

    /**
     * Weighs a heap dump: one walk from the roots that stops at the caches, then on from the caches over what the
     * first walk did not reach.
     *
     * @param hprof   the dump
     * @param seconds when it was taken
     * @return its weight
     */
    public static HeapWeight of(Path hprof, double seconds) {
        Heap heap;
        try {
            heap = HeapFactory.createHeap(new File(hprof.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the reader's collections are raw: each element is cast to what its Javadoc names
        List<Instance> caches = new ArrayList<>();
        JavaClass cacheClass = heap.getJavaClassByName(STORE_CACHE_CLASS);
        if (cacheClass != null) {
            for (Object cache : cacheClass.getInstances()) {
                caches.add((Instance) cache);
            }
        }
        List<Instance> roots = new ArrayList<>(); // a root may have no instance: walk() skips null
        for (Object root : heap.getGCRoots()) {
            roots.add(((GCRoot) root).getInstance());
        }
        for (Object type : heap.getAllClasses()) {
            for (Object value : ((JavaClass) type).getStaticFieldValues()) {
                if (value instanceof ObjectFieldValue field) {
                    roots.add(field.getInstance());
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        caches.forEach(cache -> seen.add(cache.getInstanceId())); // the first walk stops at them
        long outside = walk(roots, seen);
        caches.forEach(cache -> seen.remove(cache.getInstanceId()));
        long cachesAlone = walk(caches, seen);
        return new HeapWeight(seconds, (outside + cachesAlone) / MIB, outside / MIB);
    }

    /** The bytes of the objects reachable from {@code from} that are not in {@code seen}, which takes them in. */
    private static long walk(List<Instance> from, Set<Long> seen) {
        ArrayDeque<Instance> queue = new ArrayDeque<>();
        from.forEach(instance -> visit(instance, seen, queue));
        long bytes = 0;
        while (!queue.isEmpty()) {
            Instance instance = queue.poll();
            bytes += instance.getSize();
            if (instance instanceof ObjectArrayInstance array) {
                for (Object element : array.getValues()) {
                    visit((Instance) element, seen, queue);
                }
            } else {
                for (Object value : instance.getFieldValues()) {
                    if (value instanceof ObjectFieldValue field) {
                        visit(field.getInstance(), seen, queue);
                    }
                }
            }
        }
        return bytes;
    }

    private static void visit(@Nullable Instance instance, Set<Long> seen, ArrayDeque<Instance> queue) {
        if (instance != null && seen.add(instance.getInstanceId())) {
            queue.add(instance);
        }
    }
}
