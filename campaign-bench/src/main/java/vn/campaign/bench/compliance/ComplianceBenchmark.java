package vn.campaign.bench.compliance;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.compliance.ComplianceReport;

/**
 * JMH benchmark of a full compliance evaluation against the bare one-pass count, for 1,000 and 10,000 wards
 * and communes with 20 registrations each. Run by {@link vn.campaign.bench.BenchMain} through JMH's runner.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComplianceBenchmark {

    /** Wards and communes. */
    @Param({"1000", "10000"})
    public int units;

    /** Registrations of each unit. */
    @Param({"20"})
    public int perUnit;

    private NationalScale data = NationalScale.of(1, 1);

    /** Builds the campaign's data once per fork. */
    @Setup
    public void build() {
        data = NationalScale.of(units, perUnit);
    }

    /**
     * The core's full evaluation.
     *
     * @return the report, so that it is not optimised away
     */
    @Benchmark
    public ComplianceReport evaluate() {
        return ComplianceEvaluator.evaluate(data.campaign(), data.units(), data.registrations());
    }

    /**
     * The baseline.
     *
     * @return the compliant units counted
     */
    @Benchmark
    public int bareCount() {
        return data.bareCount();
    }
}
