package vn.campaign.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak's pieces on made-up figures: the trend fit, the percentiles, the mix and the check of the writes. */
class SoakPiecesTest {

    @TempDir
    Path directory;

    @Test
    void fitsTheLineThroughSamplesOnALine() {
        Trend trend = Trend.fit(new double[] {5, 6, 7, 8}, new double[] {13, 15, 17, 19});

        assertThat(trend.slopePerMinute()).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(trend.intercept()).isCloseTo(3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(trend.spanMinutes()).isEqualTo(3);
        assertThat(trend.rise()).isCloseTo(6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(trend.mean()).isEqualTo(16);
    }

    @Test
    void aHeapThatClimbsAMiBAMinuteIsRisingAndOneThatWobblesIsFlat() {
        double[] minutes = IntStream.range(0, 15).mapToDouble(i -> 5 + i / 3.0).toArray();
        double[] climbing = IntStream.range(0, 15).mapToDouble(i -> 100 + 3 * i / 3.0).toArray();
        double[] wobbling = IntStream.range(0, 15).mapToDouble(i -> 100 + (i % 2 == 0 ? 3 : -3)).toArray();

        assertThat(Trend.fit(minutes, climbing).flat(0.05, 4)).as("rises 14 MiB against a bound of 5.4").isFalse();
        assertThat(Trend.fit(minutes, wobbling).flat(0.05, 4)).isTrue();
        assertThat(Trend.fit(minutes, wobbling).bound(0.05, 4)).as("5 %% of a mean near 100")
                .isCloseTo(5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Trend.fit(new double[] {0, 1}, new double[] {3, 5}).flat(0.05, 3)).as("the floor for small figures")
                .isTrue();
    }

    @Test
    void refusesATrendOfOneSampleOrOfSamplesTakenAtOnce() {
        assertThatThrownBy(() -> Trend.fit(new double[] {1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Trend.fit(new double[] {2, 2}, new double[] {1, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all taken at minute 2");
    }

    @Test
    void tallyGivesNearestRankPercentilesOverEveryOutcomeAndCountsOutcomesApart() {
        Tally tally = new Tally();
        for (int ms = 1; ms <= 1000; ms++) {
            if (ms % 100 == 0) {
                tally.expected(Operation.UPDATE_WORK, "CONFLICT", ms);
            } else if (ms == 999) {
                tally.failed(Operation.UPDATE_WORK, "HTTP 500", "boom", ms);
            } else {
                tally.answered(Operation.UPDATE_WORK, ms);
            }
        }
        tally.answered(Operation.NODE, 4);

        List<Tally.Summary> summaries = tally.summaries(10);

        assertThat(summaries).extracting(Tally.Summary::operation).containsExactly(Operation.NODE,
                Operation.UPDATE_WORK);
        Tally.Summary update = summaries.get(1);
        assertThat(update.requests()).isEqualTo(1000);
        assertThat(update.answered()).isEqualTo(989);
        assertThat(update.expected()).isEqualTo(10);
        assertThat(update.failed()).isEqualTo(1);
        assertThat(update.p50Millis()).isEqualTo(500);
        assertThat(update.p99Millis()).isEqualTo(990);
        assertThat(update.perSecond()).isEqualTo(100);
        assertThat(tally.completed()).isEqualTo(1001);
        assertThat(tally.expectedByCode()).containsExactly(Map.entry("updateWork: CONFLICT", 10L));
        assertThat(tally.failuresByKind()).containsExactly(Map.entry("updateWork: HTTP 500", 1L));
        assertThat(tally.examples()).containsEntry("updateWork: HTTP 500", "boom");
    }

    @Test
    void eachRoleReadsSeventyPercentAndWritesThirty() {
        assertThat(Mix.WARD_OFFICER.writePercent()).isEqualTo(30);
        assertThat(Mix.CITY_ADMIN.writePercent()).isEqualTo(30);
        long writes = IntStream.range(0, 100).mapToObj(Mix.WARD_OFFICER::pick).filter(op -> !op.read()).count();
        assertThat(writes).isEqualTo(30);
        assertThat(IntStream.range(0, 100).mapToObj(Mix.CITY_ADMIN::pick).filter(op -> !op.read()))
                .containsOnly(Operation.APPROVE);
        assertThat(Mix.WARD_OFFICER.pick(0)).isEqualTo(Operation.OVERVIEW);
        assertThat(Mix.WARD_OFFICER.pick(99)).isEqualTo(Operation.UPDATE_WORK);
    }

    @Test
    void refusesAMixThatDoesNotAddUpToAHundred() {
        assertThatThrownBy(() -> new Mix(Map.of(Operation.NODE, 60, Operation.APPROVE, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("90 %");
    }

    @Test
    void everyAcknowledgedWriteStoredOnceUnderItsIdHolds() {
        Ledger ledger = new Ledger();
        ledger.acknowledge(work("w1", "Tải thử c01 công trình 1"));
        ledger.acknowledge(work("w2", "Tải thử c01 công trình 2"));
        ledger.unanswered("Tải thử c01 công trình 3");

        Ledger.ExactlyOnce check = ledger.check(Map.of("Tải thử c01 công trình 1", List.of("w1"),
                "Tải thử c01 công trình 2", List.of("w2"), "Tải thử c01 công trình 3", List.of("w3"),
                "Cầu Hà Huy Tập", List.of("x")), SoakBench.PREFIX);

        assertThat(check.holds()).isTrue();
        assertThat(check.exactlyOnce()).isEqualTo(2);
        assertThat(check.unacknowledgedStored()).isEqualTo(1);
    }

    @Test
    void aMissingADuplicatedAMovedAndAnUnsentWriteAreEachReported() {
        Ledger ledger = new Ledger();
        ledger.acknowledge(work("w1", "Tải thử c01 công trình 1"));
        ledger.acknowledge(work("w2", "Tải thử c01 công trình 2"));
        ledger.acknowledge(work("w3", "Tải thử c01 công trình 3"));
        ledger.acknowledge(work("w4", "Tải thử c01 công trình 4"));

        Ledger.ExactlyOnce check = ledger.check(Map.of("Tải thử c01 công trình 2", List.of("w2", "w9"),
                "Tải thử c01 công trình 3", List.of("w8"), "Tải thử c01 công trình 4", List.of("w4"),
                "Tải thử c02 công trình 7", List.of("w7")), SoakBench.PREFIX);

        assertThat(check.holds()).isFalse();
        assertThat(check.acknowledged()).isEqualTo(4);
        assertThat(check.exactlyOnce()).isEqualTo(1);
        assertThat(check.missing()).containsExactly("Tải thử c01 công trình 1");
        assertThat(check.duplicated()).containsExactly("Tải thử c01 công trình 2");
        assertThat(check.otherId()).containsExactly("Tải thử c01 công trình 3");
        assertThat(check.unknownStored()).containsExactly("Tải thử c02 công trình 7");
    }

    @Test
    void refusesToAcknowledgeANameTwice() {
        Ledger ledger = new Ledger();
        ledger.acknowledge(work("w1", "Tải thử c01 công trình 1"));

        assertThatThrownBy(() -> ledger.acknowledge(work("w2", "Tải thử c01 công trình 1")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reviewQueueSkipsApprovedRegistrationsAndTakesBackReopenedOnes() {
        Ledger ledger = new Ledger();
        ledger.acknowledge(work("w1", "Tải thử c01 công trình 1"));
        ledger.acknowledge(work("w2", "Tải thử c01 công trình 2"));
        ledger.changed("w1", 1, "APPROVED");

        assertThat(ledger.nextForReview()).map(Ledger.Entry::id).contains("w2");
        assertThat(ledger.nextForReview()).isEmpty();

        ledger.changed("w1", 2, "REGISTERED");
        ledger.changed("w1", 1, "APPROVED");

        assertThat(ledger.get("w1")).map(Ledger.Entry::version).as("an older answer does not win").contains(2);
        assertThat(ledger.nextForReview()).map(Ledger.Entry::id).contains("w1");
        assertThat(ledger.workOf("18100", new Random(1))).isPresent();
        assertThat(ledger.workOf("18070", new Random(1))).isEmpty();
    }

    @Test
    void readsHeapAndMetaspaceFromJcmdsHeapInfo() {
        String info = """
                12326:
                Command executed successfully
                 garbage-first heap   total 122880K, used 30233K [0x0000000687400000, 0x0000000800000000)
                  region size 4096K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 16198K, committed 16448K, reserved 1114112K
                  class space    used 2011K, committed 2112K, reserved 1048576K
                """;

        assertThat(ProcessSampler.heapUsedKiB(info)).isEqualTo(30233);
        assertThat(ProcessSampler.metaspaceUsedKiB(info)).isEqualTo(16198);
        assertThat(ProcessSampler.heapUsedKiB("12326:\njava.io.IOException: No such process")).isEqualTo(-1);
    }

    @Test
    void readsTheLiveHeapFromTheClassHistogramsTotal() {
        String output = """
                12326:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        260252       17959144  [B (java.base@17.0.15)
                   2:        255489        6131736  java.lang.String (java.base@17.0.15)
                Total       2165594       89951248
                12326:
                 garbage-first heap   total 262144K, used 118000K [0x0000000687400000, 0x0000000800000000)
                 Metaspace       used 16198K, committed 16448K, reserved 1114112K
                """;

        assertThat(ProcessSampler.liveHeapBytes(output)).isEqualTo(89_951_248L);
        assertThat(ProcessSampler.metaspaceUsedKiB(output)).isEqualTo(16198);
        assertThat(ProcessSampler.liveHeapBytes("12326:\njava.io.IOException: No such process")).isEqualTo(-1);
    }

    @Test
    void samplesThisTestsOwnProcess() {
        Sample sample = new ProcessSampler(ProcessHandle.current().pid(), directory).sample(1.5, 7);

        assertThat(sample.heapAfterGcMiB()).isPositive()
                .as("the live objects, not the heap's size").isLessThan(Runtime.getRuntime().totalMemory() / 1048576.0);
        assertThat(sample.openFiles()).isPositive();
        assertThat(sample.threads()).isPositive();
        assertThat(sample.requests()).isEqualTo(7);
    }

    @Test
    void findsTheErrorLinesOfTheServicesLog() throws Exception {
        Path log = directory.resolve("service.log");
        Files.writeString(log, """
                2026-12-06T09:00:00.000Z  INFO 1 --- [main] v.c.a.CampaignApiApplication : Started
                2026-12-06T09:00:01.000Z ERROR 1 --- [nio-1] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet failed
                \tat java.base/java.lang.Thread.run(Thread.java:840)
                """);

        assertThat(SoakBench.serverErrors(log)).singleElement().asString().contains("Servlet failed");
    }

    private static Ledger.Entry work(String id, String name) {
        return new Ledger.Entry(id, name, "18100", Ledger.Kind.WORK, 0, "REGISTERED");
    }
}
