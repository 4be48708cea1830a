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
                r.operations(), r.expected(), r.failures(), r.examples(), r.samples(), r.heapDumps(), lost, r.stored(),
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

    @Test
    void aHeapRisingInTheStoresPageCacheAloneIsMetAndOneRisingOutsideItIsMissed() {
        List<HeapWeight> cacheFilling = List.of(new HeapWeight(300, 80, 50.3), new HeapWeight(580, 92, 50.9));
        SoakSection filling = SoakSection.of(result(Map.of(), samples(0.5), cacheFilling), MACHINE, "0.70", false);

        assertThat(filling.missed()).isEmpty();
        assertThat(filling.text()).contains("rising in the store's page cache only: met",
                "| 580 | 92.0 | 41.1 | 50.9 |", "outside the page cache the heap went from 50.3 to 50.9 MiB");

        List<HeapWeight> leaking = List.of(new HeapWeight(300, 80, 50.3), new HeapWeight(580, 92, 62.0));
        SoakSection leak = SoakSection.of(result(Map.of(), samples(0.5), leaking), MACHINE, "0.70", false);

        assertThat(leak.missed()).singleElement().asString().startsWith("no upward trend of heap after GC");
        assertThat(leak.text()).contains("**rising: missed**", "rose from 50.3 to 62.0 MiB: **missed**");

        SoakSection once = SoakSection.of(result(Map.of(), samples(0.5), List.of(new HeapWeight(300, 80, 50))),
                MACHINE, "0.70", false);
        assertThat(once.missed()).as("one dump tells no trend").hasSize(1);
    }

    @Test
    void aHeapWeightKeepsThePartWithinTheWhole() {
        assertThat(new HeapWeight(10, 80, 50).cacheMiB()).isEqualTo(30);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HeapWeight(10, 40, 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the cache");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HeapWeight(Double.NaN, 40, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SoakBench.Result result(Map<String, Long> failures, List<Sample> samples) {
        return result(failures, samples, List.of());
    }

    private static SoakBench.Result result(Map<String, Long> failures, List<Sample> samples,
            List<HeapWeight> dumps) {
        return new SoakBench.Result(SETTINGS, 9_000, 225, 600, OPERATIONS, Map.of("updateWork: CONFLICT", 10L),
                failures, failures.isEmpty() ? Map.of() : Map.of("registerWork: HTTP 500", "boom"), samples, dumps,
                new Ledger.ExactlyOnce(1_000, 1_000, List.of(), List.of(), List.of(), 0, List.of()), 1_000, 0,
                List.of());
    }
}
