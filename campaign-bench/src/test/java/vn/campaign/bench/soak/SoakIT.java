package vn.campaign.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.bench.Machine;
import vn.campaign.bench.ReportSections;

/**
 * A soak of ten seconds with three clients against the packaged service (the executable jar the reactor built,
 * on this module's test class path), on its own embedded H2 store: every request is answered or refused with
 * an expected user error, every acknowledged write is read back exactly once, and the process was sampled.
 * Timing is not asserted.
 */
class SoakIT {

    @TempDir
    Path directory;

    @Test
    void shortSoakAnswersEveryRequestAndStoresEveryAcknowledgedWriteExactlyOnce() {
        SoakBench.Settings settings = new SoakBench.Settings(apiJar(), directory, Duration.ofSeconds(10), 3, "512m", 2,
                Duration.ofSeconds(1));

        SoakBench.Result result = new SoakBench(settings).run();

        assertThat(result.failures()).as("failures, first of each kind: %s", result.examples()).isEmpty();
        assertThat(result.serverErrors()).isEmpty();
        assertThat(result.expected().keySet()).allSatisfy(key -> assertThat(key).endsWith(": CONFLICT"));
        assertThat(result.seeded()).as("2 works and 1 event in each of the 15 wards and communes").isEqualTo(45);
        assertThat(result.requests()).isPositive();
        assertThat(result.operations()).extracting(Tally.Summary::operation).contains(Operation.OVERVIEW,
                Operation.WORKS_PAGE);
        Ledger.ExactlyOnce check = result.exactlyOnce();
        assertThat(check.holds()).as("%s", check).isTrue();
        assertThat(check.acknowledged()).isGreaterThanOrEqualTo(45).isEqualTo(check.exactlyOnce());
        assertThat(result.stored()).isGreaterThanOrEqualTo(check.acknowledged());
        assertThat(result.samples()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(sample -> {
            assertThat(sample.heapAfterGcMiB()).isPositive();
            assertThat(sample.openFiles()).isPositive();
            assertThat(sample.threads()).isPositive();
        });

        SoakSection section = SoakSection.of(result, Machine.current(), "0.00", true);
        assertThat(section.text()).startsWith(ReportSections.begin(SoakSection.NAME))
                .endsWith(ReportSections.end(SoakSection.NAME) + "\n")
                .contains("## 6. Soak", "### Targets", "every acknowledged write stored exactly once");
        assertThat(section.missed()).noneMatch(miss -> miss.startsWith("every acknowledged write"))
                .noneMatch(miss -> miss.startsWith("no failures"));
    }

    /** The service's executable jar on the test class path, put there by the reactor. */
    private static Path apiJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.getFileName().toString().matches("campaign-api-.*\\.jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no campaign-api jar on the test class path: build with"
                        + " -pl campaign-bench -am, so that the reactor packages campaign-api first"));
    }
}
