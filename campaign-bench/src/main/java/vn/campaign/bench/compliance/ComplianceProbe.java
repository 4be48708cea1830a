package vn.campaign.bench.compliance;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import vn.campaign.bench.ChildJvm;
import vn.campaign.bench.Heap;
import vn.campaign.bench.Timing;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;

/**
 * Times the core's full compliance evaluation ({@link ComplianceEvaluator#evaluate}) of a
 * {@link NationalScale} campaign next to its {@link NationalScale#bareCount() bare count}, in the JVM it is
 * started in: plain timed loops, a few warm-up evaluations, then the median of the measured ones. Prints the
 * time to build the data, the heap the data keeps, each median, the bytes one evaluation allocates and the
 * peak heap while evaluating.
 */
public final class ComplianceProbe {

    private ComplianceProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args units, registrations per unit, warm-up evaluations, measured evaluations
     */
    public static void main(String[] args) {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ComplianceProbe <units> <per unit> <warm-ups> <runs>");
        }
        int units = Integer.parseInt(args[0]);
        int perUnit = Integer.parseInt(args[1]);
        int warmUps = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long before = Heap.liveMiB();
        long buildStart = System.nanoTime();
        NationalScale data = NationalScale.of(units, perUnit);
        double buildMillis = (System.nanoTime() - buildStart) / 1e6;
        long dataMiB = Heap.liveMiB() - before;

        long sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += evaluate(data).compliantUnits() + data.bareCount();
        }
        Heap.resetPeak();
        double[] evaluate = new double[runs];
        long allocated = 0;
        ComplianceReport report = null;
        for (int i = 0; i < runs; i++) {
            long bytes = allocatedBytes();
            long start = System.nanoTime();
            report = evaluate(data);
            evaluate[i] = (System.nanoTime() - start) / 1e6;
            allocated = allocatedBytes() - bytes;
        }
        long peak = Heap.peakMiB();
        double[] bare = new double[runs];
        int bareCompliant = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bareCompliant = data.bareCount();
            bare[i] = (System.nanoTime() - start) / 1e6;
        }
        if (report == null || report.compliantUnits() != bareCompliant) {
            throw new IllegalStateException("the evaluation and the bare count disagree: "
                    + (report == null ? "no report" : report.compliantUnits()) + " and " + bareCompliant
                    + " compliant units");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units", units);
        result.put("registrations", data.registrations().size());
        result.put("required", report.requiredUnits());
        result.put("compliant", report.compliantUnits());
        result.put("buildMillis", format(buildMillis));
        result.put("dataMiB", dataMiB);
        result.put("evaluateMillis", format(Timing.median(evaluate)));
        result.put("evaluateMinMillis", format(Timing.quantile(evaluate, 0)));
        result.put("bareMillis", format(Timing.median(bare)));
        result.put("allocatedMiB", format(allocated / (1024.0 * 1024)));
        result.put("peakHeapMiB", peak);
        result.put("maxHeapMiB", Heap.maxMiB());
        result.put("runs", runs);
        result.put("warmUpSink", sink);
        ChildJvm.printResult(result);
    }

    private static ComplianceReport evaluate(NationalScale data) {
        return ComplianceEvaluator.evaluate(data.campaign(), data.units(), data.registrations());
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
