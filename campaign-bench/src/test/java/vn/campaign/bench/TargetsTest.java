package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The report's closing section lists every judged target and names each miss with what limits it. */
class TargetsTest {

    @Test
    void everyJudgedTargetIsListedAndEachMissNamesItsLimit() {
        Targets targets = new Targets();
        targets.judge("import", "dry run ÷ bare read, 1,000 rows .xlsx", "1.20×", "≤ 1.5×", true, "");
        targets.judge("start-up", "launch to health UP, plain jar (median)", "9,800 ms", "≤ 5,000 ms", false,
                "class loading");
        Markdown doc = new Markdown();

        targets.write(doc);

        assertThat(doc.text()).contains("| import | dry run ÷ bare read, 1,000 rows .xlsx | 1.20× | ≤ 1.5× | met |")
                .contains("| start-up | launch to health UP, plain jar (median) | 9,800 ms | ≤ 5,000 ms | **missed** |")
                .contains("### Misses\n\n- **start-up: launch to health UP, plain jar (median)** — 9,800 ms against"
                        + " ≤ 5,000 ms. What limits it: class loading\n");
        assertThat(targets.misses()).hasSize(1);
    }

    @Test
    void aRunThatMetEveryTargetSaysSo() {
        Targets targets = new Targets();
        targets.judge("export", "works.xlsx of 100,000 works under -Xmx256m", "100,000 rows", "every work exported",
                true, "");
        Markdown doc = new Markdown();

        targets.write(doc);

        assertThat(doc.text()).contains("None: every target measured in this run was met.");
    }

    @Test
    void aMissMustSayWhatLimitsIt() {
        assertThatThrownBy(() -> new Targets().judge("GraphQL", "registerWork p50 ÷ driver insertOne p50", "3.0×",
                "≤ 2×", false, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must say what limits it");
    }
}
