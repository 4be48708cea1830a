package vn.campaign.bench.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import vn.campaign.bench.Timing;

/**
 * Every request the soak's clients completed: its latency per operation, and how it ended — answered, refused
 * with a user error the soak expects (counted per code), or failed (counted per kind, with the first example).
 * Safe for concurrent use.
 */
public final class Tally {

    /**
     * The figures of one operation.
     *
     * @param operation what was asked
     * @param requests  requests completed, whatever their outcome
     * @param answered  answered without a user error or failure
     * @param expected  refused with an expected user error
     * @param failed    failed
     * @param p50Millis median latency over all its requests
     * @param p99Millis 99th percentile latency
     * @param perSecond requests completed per second of the soak
     */
    public record Summary(Operation operation, long requests, long answered, long expected, long failed,
            double p50Millis, double p99Millis, double perSecond) {
    }

    private final List<List<Double>> latencies = new ArrayList<>();
    private final List<LongAdder> answered = new ArrayList<>();
    private final Map<String, LongAdder> expected = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final List<LongAdder> expectedByOperation = new ArrayList<>();
    private final List<LongAdder> failedByOperation = new ArrayList<>();
    private final AtomicLong completed = new AtomicLong();

    /** Creates an empty tally. */
    public Tally() {
        for (int i = 0; i < Operation.values().length; i++) {
            latencies.add(Collections.synchronizedList(new ArrayList<>()));
            answered.add(new LongAdder());
            expectedByOperation.add(new LongAdder());
            failedByOperation.add(new LongAdder());
        }
    }

    /**
     * Records an answered request.
     *
     * @param op     what was asked
     * @param millis its latency
     */
    public void answered(Operation op, double millis) {
        latencies.get(op.ordinal()).add(millis);
        answered.get(op.ordinal()).increment();
        completed.incrementAndGet();
    }

    /**
     * Records a request refused with a user error the soak expects.
     *
     * @param op     what was asked
     * @param code   the user error's code
     * @param millis its latency
     */
    public void expected(Operation op, String code, double millis) {
        latencies.get(op.ordinal()).add(millis);
        expectedByOperation.get(op.ordinal()).increment();
        expected.computeIfAbsent(op.label() + ": " + code, k -> new LongAdder()).increment();
        completed.incrementAndGet();
    }

    /**
     * Records a failed request.
     *
     * @param op      what was asked
     * @param kind    what kind of failure, such as {@code HTTP 500}
     * @param example what happened, kept for the first failure of its kind
     * @param millis  its latency
     */
    public void failed(Operation op, String kind, String example, double millis) {
        latencies.get(op.ordinal()).add(millis);
        failedByOperation.get(op.ordinal()).increment();
        String key = op.label() + ": " + kind;
        failures.computeIfAbsent(key, k -> new LongAdder()).increment();
        examples.putIfAbsent(key, example.length() > 300 ? example.substring(0, 300) + "…" : example);
        completed.incrementAndGet();
    }

    /**
     * Requests completed so far.
     *
     * @return the count
     */
    public long completed() {
        return completed.get();
    }

    /**
     * The figures per operation that had requests.
     *
     * @param seconds the soak's length, for the rates
     * @return one summary per operation, in the order of {@link Operation}
     */
    public List<Summary> summaries(double seconds) {
        List<Summary> summaries = new ArrayList<>();
        for (Operation op : Operation.values()) {
            double[] samples;
            List<Double> list = latencies.get(op.ordinal());
            synchronized (list) {
                samples = list.stream().mapToDouble(Double::doubleValue).toArray();
            }
            if (samples.length == 0) {
                continue;
            }
            summaries.add(new Summary(op, samples.length, answered.get(op.ordinal()).sum(), expectedByOperation.get(op.ordinal()).sum(),
                    failedByOperation.get(op.ordinal()).sum(), Timing.median(samples), Timing.quantile(samples, 0.99),
                    samples.length / seconds));
        }
        return summaries;
    }

    /**
     * Expected user errors by operation and code.
     *
     * @return counts, sorted
     */
    public Map<String, Long> expectedByCode() {
        return counts(expected);
    }

    /**
     * Failures by operation and kind.
     *
     * @return counts, sorted
     */
    public Map<String, Long> failuresByKind() {
        return counts(failures);
    }

    /**
     * The first failure of each kind.
     *
     * @return what happened, by operation and kind
     */
    public Map<String, String> examples() {
        return new TreeMap<>(examples);
    }

    private static Map<String, Long> counts(Map<String, LongAdder> adders) {
        Map<String, Long> counts = new TreeMap<>();
        adders.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }
}
