package vn.campaign.bench.soak;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

import vn.campaign.bench.Machine;
import vn.campaign.bench.Markdown;
import vn.campaign.bench.ReportSections;

/**
 * The soak's section of {@code docs/benchmarks.md}: what ran, throughput and latency per operation, user errors
 * and failures by kind, the service's process over time with a trend judgement, the check of the writes, and
 * the verdict on each target. The section carries its own run details, since {@code --only soak} replaces it
 * alone.
 */
public final class SoakSection {

    /** The section's name in the report ({@link ReportSections}). */
    public static final String NAME = "soak";

    /** How far the heap after a full collection may rise over the second half: 5 % of its mean, at least 4 MiB. */
    static final double HEAP_SHARE = 0.05;
    static final double HEAP_FLOOR_MIB = 4;
    /** How far open files may rise over the second half: 5 % of their mean, at least 5. */
    static final double FILES_SHARE = 0.05;
    static final double FILES_FLOOR = 5;
    /** How far the thread count may rise over the second half: 5 % of its mean, at least 3. */
    static final double THREADS_SHARE = 0.05;
    static final double THREADS_FLOOR = 3;

    private static final Map<String, String> WHY_EXPECTED = Map.of(
            "CONFLICT", "optimistic concurrency at work: several officers of a ward change its works, and the city"
                    + " approves them, at the same time; the request named a version another client's acknowledged"
                    + " change had just replaced, and nothing was written (the ledger keeps the newer version, so"
                    + " the next try names it)");

    private final Markdown doc = new Markdown();
    private final List<String> missed = new ArrayList<>();

    private SoakSection() {
    }

    /**
     * Writes the section of a soak.
     *
     * @param r       the soak's figures
     * @param machine the machine, with the load average when the soak began
     * @param loadAtEnd the one-minute load average when it ended
     * @param quick   whether this was a quick run
     * @return the section, markers included
     */
    public static SoakSection of(SoakBench.Result r, Machine machine, String loadAtEnd, boolean quick) {
        SoakSection section = new SoakSection();
        section.write(r, machine, loadAtEnd, quick);
        return section;
    }

    /**
     * The section's Markdown, between its markers.
     *
     * @return the text
     */
    public String text() {
        return doc.text();
    }

    /**
     * The targets this soak missed, each with its figure.
     *
     * @return the misses; empty when every target was met
     */
    public List<String> missed() {
        return List.copyOf(missed);
    }

    private void write(SoakBench.Result r, Machine machine, String loadAtEnd, boolean quick) {
        SoakBench.Settings s = r.settings();
        doc.line(ReportSections.begin(NAME));
        doc.line("## 6. Soak");
        doc.line();
        doc.line(String.format(Locale.ROOT, "Run on %s (%s), %d processors, load average %s at the start and %s at"
                + " the end: the machine is shared with other builds, so the latencies and rates include their"
                + " load; errors, trends and the check of the writes do not depend on it. This section is replaced"
                + " on its own by `--only soak`%s.", ZonedDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm xxx")), quick ? "quick run: not the published figures" : "full run",
                machine.cores(), machine.loadAverage(), loadAtEnd, String.format(Locale.ROOT,
                " (this one: `--duration %s --clients %d`)", argument(s.duration().toSeconds()), s.clients())));
        doc.line();
        doc.line(String.format(Locale.ROOT, "The packaged service (`campaign-api` executable jar, `-Xmx%s`) in a child"
                + " JVM on its own embedded store, as in production: mongo-java-server with its H2 backend on a"
                + " file (`--campaign.store.path`), committing after every write command. It started in %.1f s;"
                + " %,d registrations were seeded through GraphQL (%d works and %d events per ward and commune, by"
                + " its officer). Then **%d clients** sent requests back to back for **%s** (closed loop, no pause:"
                + " the service is held at the most it can serve): %d as officers of the 15 wards and communes"
                + " (`UNIT_OFFICER`, the unit in the token, several officers per ward) and %d as the city's"
                + " administrator (`CITY_ADMIN`), each with a bearer token signed with the secret the benchmark"
                + " gives the service, over `java.net.http.HttpClient` (HTTP/1.1, 60 s timeout).",
                s.maxHeap(), r.startMillis() / 1000, r.seeded(), s.seedPerUnit(), (s.seedPerUnit() + 1) / 2,
                s.clients(), minutes(s.duration().toSeconds()), s.wardClients(), s.cityClients()));
        doc.line();
        doc.line("Each client draws every request from its role's mix, 70 % reads and 30 % writes:");
        doc.line();
        doc.line("- reads, every client: the campaign overview with compliance 15 %, the campaign's statistics 10 %,"
                + " a page of 20 works 25 % and of 20 events 5 % (an officer's own unit, the city's whole campaign;"
                + " each page follows the previous page's `endCursor` until the last, then starts again), `node(id:)`"
                + " 15 % of a registration acknowledged earlier (an officer's own unit's, the city's any), which must"
                + " come back with its name and at least the version last acknowledged;");
        doc.line("- writes of an officer, for the own unit: `registerWork` 12 %, `registerEvent` 6 % (names no one"
                + " used, such as `Tải thử c07 công trình 12`), `updateWork` 12 % (location and investment of one"
                + " of the unit's works, naming the version last acknowledged; a change to an approved work sends it"
                + " back to review);");
        doc.line("- writes of the city: `approveWork` or `approveEvent` 30 % of the registration that waited longest"
                + " for review (when none waits, the client reads a page of works instead: " + r.reviewFallbacks()
                + " times).");
        doc.line();
        double seconds = r.seconds();
        doc.line(String.format(Locale.ROOT, "**Throughput: %,d requests in %.0f s, %,.1f requests/s** (%,d writes,"
                + " %.1f %%).", r.requests(), seconds, r.requests() / seconds, r.writes(),
                100.0 * r.writes() / Math.max(1, r.requests())));
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        for (Tally.Summary op : r.operations()) {
            rows.add(List.of(op.operation().label(), op.operation().read() ? "read" : "write",
                    String.format(Locale.ROOT, "%,d", op.requests()), String.format(Locale.ROOT, "%.1f", op.perSecond()),
                    ms(op.p50Millis()), ms(op.p99Millis()), String.format(Locale.ROOT, "%,d", op.answered()),
                    String.format(Locale.ROOT, "%,d", op.expected()), String.format(Locale.ROOT, "%,d", op.failed())));
        }
        doc.table(List.of("operation", "", "requests", "req/s", "p50 (ms)", "p99 (ms)", "answered",
                "expected user errors", "failed"), rows);
        doc.line();
        doc.line("Latencies are from sending the request to reading the whole answer, over every request of the"
                + " operation whatever its outcome; under a closed loop they include the time a request waits for"
                + " the service's threads and the processors (and the full collections the sampler asks for).");
        doc.line();
        errors(r);
        samples(r);
        writes(r);
        targets(r);
        doc.line(ReportSections.end(NAME));
    }

    private void errors(SoakBench.Result r) {
        doc.line("### User errors and failures");
        doc.line();
        if (r.expected().isEmpty()) {
            doc.line("No request was refused with a user error.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            r.expected().forEach((key, count) -> {
                String code = key.substring(key.lastIndexOf(": ") + 2);
                rows.add(List.of(key, String.format(Locale.ROOT, "%,d", count),
                        WHY_EXPECTED.getOrDefault(code, "not expected")));
            });
            doc.line("Expected user errors (answered with HTTP 200 and the error in the payload; counted apart from"
                    + " failures):");
            doc.line();
            doc.table(List.of("operation: code", "requests", "why it is expected"), rows);
        }
        doc.line();
        if (r.failures().isEmpty() && r.serverErrors().isEmpty()) {
            doc.line("**Failures: none** — no transport error or timeout, no HTTP status other than 200, no GraphQL"
                    + " error, no unexpected user error, no wrong or stale answer, and no ERROR line in the service's"
                    + " log.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            r.failures().forEach((kind, count) -> rows.add(List.of(kind, String.format(Locale.ROOT, "%,d", count),
                    "`" + r.examples().getOrDefault(kind, "").replace('\n', ' ').replace("`", "'") + "`")));
            if (!r.serverErrors().isEmpty()) {
                rows.add(List.of("ERROR lines in the service's log", Integer.toString(r.serverErrors().size()),
                        "`" + r.serverErrors().get(0).replace("`", "'") + "`"));
            }
            doc.line("**Failures:**");
            doc.line();
            doc.table(List.of("operation: kind", "requests", "the first one"), rows);
        }
        doc.line();
    }

    private void samples(SoakBench.Result r) {
        doc.line("### The service's process over time");
        doc.line();
        doc.line(String.format(Locale.ROOT, "Every %d s the benchmark asked the service's JVM for a class"
                + " histogram, which runs a full collection and adds up the objects still reachable, and for its"
                + " metaspace (`jcmd <pid> GC.class_histogram`, `GC.heap_info`, one attach): each heap figure is the"
                + " histogram's total: what the service holds, the requests in flight included (the heap in use after"
                + " a `GC.run` also counts the allocation buffers of the threads that resumed serving requests, 0.4 to"
                + " 6 MiB more under this load). It also read its open file descriptors (`/proc/<pid>/fd`), threads"
                + " and resident memory (`/proc/<pid>/status`). The rate is the requests completed between two"
                + " samples.", r.settings().sampleEvery().toSeconds()));
        doc.line();
        List<Sample> samples = r.samples();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            String rate = i == 0 ? "" : String.format(Locale.ROOT, "%.1f", (s.requests() - samples.get(i - 1)
                    .requests()) / Math.max(1e-9, s.seconds() - samples.get(i - 1).seconds()));
            rows.add(List.of(String.format(Locale.ROOT, "%.0f", s.seconds()),
                    String.format(Locale.ROOT, "%,d", s.requests()), rate, mib(s.heapAfterGcMiB()),
                    mib(s.metaspaceMiB()), figure(s.openFiles()), figure(s.threads()), mib(s.residentMiB())));
        }
        doc.table(List.of("s", "requests", "req/s", "heap after GC (MiB)", "metaspace (MiB)", "open files",
                "threads", "resident (MiB)"), rows);
        doc.line();
        doc.line("The trend is a least-squares line through the samples of the second half of the soak (the first"
                + " half lets the JIT, the caches and the connection pools settle); its rise is the slope times the"
                + " span of those samples. A figure counts as flat when it rises by at most 5 % of its mean over"
                + " that span, or by a floor for small figures (4 MiB of heap, 5 files, 3 threads): a leak of a few"
                + " hundred bytes a request would exceed it.");
        doc.line();
        List<Sample> second = samples.stream().filter(s -> s.seconds() >= r.seconds() / 2).toList();
        List<List<String>> trends = new ArrayList<>();
        Trend outsideCache = outsideTheCache(r.heapDumps());
        boolean cacheOnly = outsideCache != null && outsideCache.flat(HEAP_SHARE, HEAP_FLOOR_MIB);
        trend(trends, second, "heap after GC (MiB)", Sample::heapAfterGcMiB, HEAP_SHARE, HEAP_FLOOR_MIB, cacheOnly);
        trend(trends, second, "open files", s -> s.openFiles(), FILES_SHARE, FILES_FLOOR, false);
        trend(trends, second, "threads", s -> s.threads(), THREADS_SHARE, THREADS_FLOOR, false);
        doc.table(List.of("figure", "samples", "mean", "slope a minute", "rise over the span", "bound", "verdict"),
                trends);
        doc.line();
        heapDumps(r.heapDumps(), outsideCache);
    }

    /**
     * Judges a figure's trend over the second half.
     *
     * @param cacheOnly for the heap: whether a rise is the store's page cache alone (the heap outside it flat
     *                  between the dumps)
     */
    private void trend(List<List<String>> rows, List<Sample> samples, String name, ToDoubleFunction<Sample> value,
            double share, double floor, boolean cacheOnly) {
        List<Sample> known = samples.stream().filter(s -> value.applyAsDouble(s) >= 0).toList();
        if (known.size() < 2) {
            rows.add(List.of(name, Integer.toString(known.size()), "", "", "", "", "**not measured**"));
            missed.add("no upward trend of " + name + ": fewer than 2 samples in the second half");
            return;
        }
        double[] minutes = known.stream().mapToDouble(s -> s.seconds() / 60).toArray();
        double[] values = known.stream().mapToDouble(value).toArray();
        Trend t = Trend.fit(minutes, values);
        boolean flat = t.flat(share, floor);
        String verdict = flat ? "flat: met" : cacheOnly ? "rising in the store's page cache only: met"
                : "**rising: missed**";
        rows.add(List.of(name, Integer.toString(t.points()), String.format(Locale.ROOT, "%.1f", t.mean()),
                String.format(Locale.ROOT, "%+.2f", t.slopePerMinute()), String.format(Locale.ROOT, "%+.1f", t.rise()),
                String.format(Locale.ROOT, "≤ %.1f", t.bound(share, floor)), verdict));
        if (!flat && !cacheOnly) {
            missed.add(String.format(Locale.ROOT, "no upward trend of %s: it rose by %.1f over the second half"
                    + " (bound %.1f)", name, t.rise(), t.bound(share, floor)));
        }
    }

    /**
     * The heap outside the store's caches from the first dump to the last, judged as the samples are, or
     * {@code null} when fewer than two dumps were weighed.
     */
    private static @Nullable Trend outsideTheCache(List<HeapWeight> dumps) {
        return dumps.size() < 2 ? null : Trend.fit(dumps.stream().mapToDouble(d -> d.seconds() / 60).toArray(),
                dumps.stream().mapToDouble(HeapWeight::outsideCacheMiB).toArray());
    }

    private void heapDumps(List<HeapWeight> dumps, @Nullable Trend outsideCache) {
        doc.line(String.format(Locale.ROOT, "The service also dumped its live heap in the middle of the soak and near"
                + " its end (`jcmd <pid> GC.heap_dump`, after a full collection), and the benchmark weighed each dump"
                + " twice with the NetBeans profiler's heap reader: every object reachable from the roots (threads,"
                + " classes, JNI), and those reachable without passing through the embedded store's caches (H2's"
                + " `CacheLongKeyLIRS`). The store bounds its page cache by its own count of the pages' BSON size"
                + " (16 MB), while decoded documents take several times as much heap, depending on what the pages hold;"
                + " so the heap grows while the cache fills and while what it holds shifts towards registrations,"
                + " minutes after the count reached its budget. A leak would show outside the cache: a rise there"
                + " beyond the heap's bound (5 %% of its mean, at least %.0f MiB) is a miss.", HEAP_FLOOR_MIB));
        doc.line();
        if (dumps.isEmpty()) {
            doc.line("**No heap dump was taken** (the soak ended first, or `jcmd` failed): a rising heap is a miss.");
            doc.line();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (HeapWeight w : dumps) {
            rows.add(List.of(String.format(Locale.ROOT, "%.0f", w.seconds()), mib(w.liveMiB()), mib(w.cacheMiB()),
                    mib(w.outsideCacheMiB())));
        }
        doc.table(List.of("s", "live heap (MiB)", "held only by the store's caches (MiB)",
                "outside the store's caches (MiB)"), rows);
        doc.line();
        if (outsideCache != null) {
            double from = dumps.get(0).outsideCacheMiB();
            double to = dumps.get(dumps.size() - 1).outsideCacheMiB();
            doc.line(outsideCache.flat(HEAP_SHARE, HEAP_FLOOR_MIB)
                    ? String.format(Locale.ROOT, "Verdict: outside the page cache the heap went from %.1f to %.1f MiB"
                            + " (bound +%.1f).", from, to, outsideCache.bound(HEAP_SHARE, HEAP_FLOOR_MIB))
                    : String.format(Locale.ROOT, "Verdict: outside the page cache the heap rose from %.1f to %.1f MiB:"
                            + " **missed**.", from, to));
            doc.line();
        }
    }

    private void writes(SoakBench.Result r) {
        Ledger.ExactlyOnce check = r.exactlyOnce();
        doc.line("### Every acknowledged write, exactly once");
        doc.line();
        doc.line(String.format(Locale.ROOT, "After the clients stopped, the city read every work and event of the"
                + " campaign back through GraphQL (`works` and `events`, pages of 100): %,d registrations. Each name"
                + " the soak wrote is unique, so the check counts them by name: every registration the service"
                + " acknowledged (seed included) must be stored exactly once, under the id it answered; a write whose"
                + " answer never came may be stored once or not at all; no other name of the soak may be stored.",
                r.stored()));
        doc.line();
        doc.table(List.of("acknowledged", "stored exactly once", "missing", "stored twice or more",
                "under another id", "unanswered writes found stored", "stored but never sent"), List.of(List.of(
                        String.format(Locale.ROOT, "%,d", check.acknowledged()),
                        String.format(Locale.ROOT, "%,d", check.exactlyOnce()), names(check.missing()),
                        names(check.duplicated()), names(check.otherId()),
                        Integer.toString(check.unacknowledgedStored()), names(check.unknownStored()))));
        doc.line();
    }

    private void targets(SoakBench.Result r) {
        doc.line("### Targets");
        doc.line();
        List<List<String>> rows = new ArrayList<>();
        long failures = r.failed() + r.serverErrors().size();
        rows.add(List.of("failures (all but the expected user errors above)", String.format(Locale.ROOT, "%,d",
                failures), "0", failures == 0 ? "met" : "**missed**"));
        if (failures > 0) {
            missed.add(String.format(Locale.ROOT, "no failures: %,d (%s)", failures, r.failures().keySet()));
        }
        rows.add(List.of("every acknowledged write stored exactly once", String.format(Locale.ROOT, "%,d of %,d",
                r.exactlyOnce().exactlyOnce(), r.exactlyOnce().acknowledged()), "all, and nothing unsent",
                r.exactlyOnce().holds() ? "met" : "**missed**"));
        if (!r.exactlyOnce().holds()) {
            missed.add("every acknowledged write exactly once: " + r.exactlyOnce());
        }
        int trendMisses = (int) missed.stream().filter(m -> m.startsWith("no upward trend")).count();
        rows.add(List.of("no upward trend of heap after GC, open files, threads (second half)",
                trendMisses == 0 ? "flat" : trendMisses + " rising", "flat", trendMisses == 0 ? "met" : "**missed**"));
        doc.table(List.of("target", "measured", "wanted", "verdict"), rows);
        doc.line();
        if (!missed.isEmpty()) {
            doc.line("Missed:");
            doc.line();
            missed.forEach(m -> doc.line("- " + m));
            doc.line();
        }
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "0";
        }
        return names.size() + " (" + String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? ", …" : "") + ")";
    }

    private static String minutes(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    private static String argument(long seconds) {
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String mib(double mib) {
        return mib < 0 ? "?" : String.format(Locale.ROOT, "%.1f", mib);
    }

    private static String figure(int n) {
        return n < 0 ? "?" : Integer.toString(n);
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
