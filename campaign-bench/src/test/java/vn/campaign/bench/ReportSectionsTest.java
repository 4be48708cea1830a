package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A part run alone replaces its own section of the report and nothing else. */
class ReportSectionsTest {

    private static final String SOAK = "<!-- begin soak -->\n## 6. Soak\n\nnew figures\n<!-- end soak -->\n";

    @Test
    void replacesTheSectionAndLeavesTheRestByteForByte() {
        String document = "# Benchmarks\n\n## 4. Export\n\nx\n\n<!-- begin soak -->\n## 6. Soak\n\nold\n"
                + "<!-- end soak -->\n\n## Targets\n\n- a miss\n";

        String replaced = ReportSections.replace(document, "soak", SOAK);

        assertThat(replaced).isEqualTo("# Benchmarks\n\n## 4. Export\n\nx\n\n" + SOAK + "\n## Targets\n\n- a miss\n");
        assertThat(ReportSections.find(replaced, "soak")).contains(SOAK);
    }

    @Test
    void putsANewSectionBeforeTheTargetsOrAtTheEnd() {
        assertThat(ReportSections.replace("# B\n\n## 3. C\n\ny\n\n## Targets\n\nnone\n", "soak", SOAK))
                .isEqualTo("# B\n\n## 3. C\n\ny\n\n" + SOAK + "\n## Targets\n\nnone\n");
        assertThat(ReportSections.replace("# B\n", "soak", SOAK)).isEqualTo("# B\n\n" + SOAK);
        assertThat(ReportSections.replace("", "soak", SOAK)).isEqualTo(SOAK);
        assertThat(ReportSections.find("# B\n", "soak")).isEmpty();
    }

    @Test
    void refusesASectionWithoutItsMarkers() {
        assertThatThrownBy(() -> ReportSections.replace("# B\n", "soak", "## 6. Soak\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<!-- begin soak -->");
    }

    @Test
    void readsTheSoaksDurationInMinutesOrSeconds() {
        assertThat(BenchMain.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(BenchMain.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BenchMain.duration("45")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> BenchMain.duration("ten")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--duration");
    }
}
