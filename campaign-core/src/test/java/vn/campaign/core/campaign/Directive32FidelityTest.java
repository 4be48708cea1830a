package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Holds the built-in definition of Directive 32 to the directive's text: every quotation equals its span,
 * and every sentence or clause of the text is covered by some item, but for the passages listed in
 * {@link #NOT_TASKS}.
 */
class Directive32FidelityTest {

    /**
     * Passages of the directive that are not tasks, with why. Keep this list short: anything the directive
     * asks of someone belongs in the definition.
     */
    static final List<String> NOT_TASKS = List.of(
            // The preamble's lead-in to the list of key tasks: it announces them, the key tasks are the items.
            "trong đó tập trung một số nhiệm vụ trọng tâm sau:");

    private static String yaml() throws IOException {
        try (InputStream in = Objects.requireNonNull(Directive32.class.getResourceAsStream("directive-32.yaml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                Directive32.class.getResourceAsStream(Directive32.SOURCE_TEXT_RESOURCE))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDirectivesTextShipsWithTheDefinitionInNfc() throws IOException {
        String text = text();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(Directive32.campaign().sourceText()).contains(text);
        assertThat(text).startsWith("Thiết thực lập thành tích chào mừng kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh")
                .contains("Chỉ thị số 32-CT/Th.Uy ngày 8/4/2022");
    }

    @Test
    void everyQuotationEqualsItsSpan() {
        assertThat(Fidelity.drifts(Directive32.campaign())).as("quotations that drifted from the directive").isEmpty();
    }

    @Test
    void everyClauseOfTheDirectiveIsCoveredByAnItem() {
        assertThat(Fidelity.uncovered(Directive32.campaign(), NOT_TASKS))
                .as("clauses of the directive that no item of the definition covers").isEmpty();
    }

    @Test
    void everyItemIsQuotedInterpretedOrLabelled() {
        Campaign c = Directive32.campaign();
        List<Provenance> all = new java.util.ArrayList<>();
        all.add(c.directive().provenance());
        all.add(Objects.requireNonNull(c.purpose()).provenance());
        all.add(c.periodProvenance());
        all.add(c.plaqueList().provenance());
        c.anniversaries().forEach(a -> all.add(a.provenance()));
        c.taskAreas().forEach(a -> {
            all.add(a.provenance());
            a.keyTasks().forEach(t -> all.add(t.provenance()));
        });
        c.documents().forEach(d -> all.add(d.provenance()));
        c.obligations().forEach(o -> all.add(o.provenance()));
        c.targets().forEach(t -> all.add(t.provenance()));
        c.plaqueWorks().forEach(w -> all.add(w.provenance()));
        assertThat(all).allSatisfy(p -> assertThat(p.isTied()).isTrue());
        assertThat(c.taskAreas()).allSatisfy(a -> assertThat(a.provenance().label()).as(a.code().value()).isTrue());
        assertThat(c.periodProvenance().interpretation()).contains("từ tháng 4/2022");
    }

    @Test
    void aQuotationThatDriftsFromItsSpanIsRefusedWithItsField() throws IOException {
        String drifted = yaml().replace("thân thiệnhọc sinh tích cực”.\"",
                "thân thiện, học sinh tích cực”.\"");
        assertThat(drifted).isNotEqualTo(yaml());

        DefinitionResult result = CampaignDefinitions.parse(drifted, text());

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, r -> {
            assertThat(r.problem().field()).isEqualTo("taskAreas[4].keyTasks[0]");
            assertThat(r.problem().message()).startsWith("differs from its source span")
                    .contains("thân thiệnhọc sinh");
        });
    }

    @Test
    void aSpanShiftedByOneCharacterIsRefused() throws IOException {
        Campaign c = Directive32.campaign();
        SourceSpan span = Objects.requireNonNull(c.taskAreas().get(0).keyTasks().get(3).provenance().source());
        String shifted = yaml().replace("source: { start: " + span.start() + ", end: " + span.end() + " }",
                "source: { start: " + (span.start() + 1) + ", end: " + (span.end() + 1) + " }");

        DefinitionResult result = CampaignDefinitions.parse(shifted, text());

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                r -> assertThat(r.problem().field()).isEqualTo("taskAreas[0].keyTasks[3]"));
    }

    @Test
    void theCoverageTestListsAClauseNoItemCovers() throws IOException {
        String withoutAquaculture = yaml().replaceAll(
                "(?s)      - text: \"Tiếp tục chỉ đạo thực hiện các mô hình nông nghiệp đô thị.*?source: \\{[^}]*\\}\\n", "");
        assertThat(withoutAquaculture).isNotEqualTo(yaml());
        Campaign c = CampaignDefinitions.parse(withoutAquaculture, text()).orThrow();

        assertThat(Fidelity.uncovered(c, NOT_TASKS)).singleElement().satisfies(u -> assertThat(u.text())
                .isEqualTo("Tiếp tục chỉ đạo thực hiện các mô hình nông nghiệp đô thị, chuyển đổi cơ cấu cây trồng,"
                        + " đầu tư nuôi trồng thủy sản có hiệu quả."));
    }

    @Test
    void aGoalTheSpanDoesNotStateIsADrift() throws IOException {
        String invented = yaml().replace("    measure: \"cây\"\n", "    goal: 100000\n    measure: \"cây\"\n");
        assertThat(invented).isNotEqualTo(yaml());

        DefinitionResult result = CampaignDefinitions.parse(invented, text());

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, r -> {
            assertThat(r.problem().field()).isEqualTo("targets[1]");
            assertThat(r.problem().message()).startsWith("takes from its span what it does not say");
        });
    }

    @Test
    void clausesSplitAtSentenceEndsSemicolonsAndColonsButNotInsideQuotationsOrNumbers() {
        String text = "Chủ đề “A; B”. Kế hoạch 100.000 cây; xã X: làm tốt… Hết.\nDòng hai";
        assertThat(Fidelity.clauses(text)).extracting(s -> s.of(text)).containsExactly(
                "Chủ đề “A; B”.", "Kế hoạch 100.000 cây;", "xã X:", "làm tốt…", "Hết.", "Dòng hai");
    }
}
