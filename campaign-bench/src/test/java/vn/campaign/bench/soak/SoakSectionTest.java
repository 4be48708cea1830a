package vn.campaign.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.campaign.bench.Machine;

/** The soak's section judges each target from the figures it is given. */
class SoakSectionTest {

    private static final Machine MACHINE = new Machine(2, "8 GiB", "a CPU", "a JVM", "Linux", "0.50");
    private static final SoakBench.Settings SETTINGS = new SoakBench.Settings(Path.of("campaign-api.jar"),
            Path.of("work"), Duration.ofMinutes(10), 50, "512m", 10, Duration.ofSeconds(20));
    private static final List<Tally.Summary> OPERATIONS = List.of(
            new Tally.Summary(Operation.NODE, 700, 700, 0, 0, 3, 9, 1.2),
            new Tally.Summary(Operation.UPDATE_WORK, 300, 290, 10, 0, 5, 20, 0.5));

    @Test
    void aCleanSoakWithFlatSamplesMeetsEveryTarget() {
        SoakSection section = SoakSection.of(result(Map.of(), samples(0)), MACHINE, "0.70", false);

        assertThat(section.missed()).isEmpty();
        assertThat(section.text()).contains("**Failures: none**", "| updateWork: CONFLICT | 10 |",
                "| heap after GC (MiB) | 16 |", "flat: met", "| 1,000 | 1,000 | 0 | 0 | 0 | 0 | 0 |",
                "`--duration 10m --clients 50`", "load average 0.50 at the start and 0.70 at the end")
                .doesNotContain("**missed**");
    }

    @Test
    void failuresARisingHeapAndALostWriteAreEachMissed() {
        SoakBench.Result r = result(Map.of("registerWork: HTTP 500", 2L), samples(0.5));
        Ledger.ExactlyOnce lost = new Ledger.ExactlyOnce(1_000, 999, List.of("Tải thử c01 công trình 3"), List.of(),
                List.of(), 0, List.of());
        SoakBench.Result withLoss = new SoakBench.Result(r.settings(), r.startMillis(), r.seeded(), r.seconds(),
                r.operations(), r.expected(), r.failures(), r.examples(), r.samples(), lost, r.stored(),
                r.reviewFallbacks(), r.serverErrors());

        SoakSection section = SoakSection.of(withLoss, MACHINE, "0.70", false);

        assertThat(section.missed()).hasSize(3).anySatisfy(m -> assertThat(m).startsWith("no failures: 2"))
                .anySatisfy(m -> assertThat(m).startsWith("no upward trend of heap after GC"))
                .anySatisfy(m -> assertThat(m).startsWith("every acknowledged write exactly once"));
        assertThat(section.text()).contains("| registerWork: HTTP 500 | 2 | `boom` |", "**rising: missed**",
                "1 (Tải thử c01 công trình 3)");
    }

    /** Samples every 20 s over 10 minutes; the heap climbs by {@code mibPerSample} each time. */
    private static List<Sample> samples(double mibPerSample) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            samples.add(new Sample(20.0 * i, 60 + mibPerSample * i + (i % 2 == 0 ? 1 : -1), 80, 185, 93, 500,
                    100L * i));
        }
        return samples;
    }

    private static SoakBench.Result result(Map<String, Long> failures, List<Sample> samples) {
        return new SoakBench.Result(SETTINGS, 9_000, 225, 600, OPERATIONS, Map.of("updateWork: CONFLICT", 10L),
                failures, failures.isEmpty() ? Map.of() : Map.of("registerWork: HTTP 500", "boom"), samples,
                new Ledger.ExactlyOnce(1_000, 1_000, List.of(), List.of(), List.of(), 0, List.of()), 1_000, 0,
                List.of());
    }
}
