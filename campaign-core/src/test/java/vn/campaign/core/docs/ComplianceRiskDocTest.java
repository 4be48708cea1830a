package vn.campaign.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.compliance.ComplianceRisk;
import vn.campaign.core.text.Message;

/** {@code docs/rules.md} names every reason a unit is at risk, with the words the platform says. */
class ComplianceRiskDocTest {

    private static final String RULES = Docs.read("rules.md");
    private static final LocalDate DEADLINE = LocalDate.of(2022, 6, 15);

    @ParameterizedTest(name = "{0}")
    @EnumSource(ComplianceRisk.Kind.class)
    void documentsTheReasonAndItsWordsInBothLanguages(ComplianceRisk.Kind kind) {
        Obligation work = Directive32.campaign().obligations().get(0);
        int count = switch (kind) {
            case RESTS_ON_OVERDUE -> 1;
            case MISSING_NEAR_DEADLINE -> 7;
            case MISSING_AFTER_DEADLINE -> -1;
        };
        Message message = new ComplianceRisk(kind, work, count, DEADLINE).message();
        String row = RULES.lines().filter(l -> l.startsWith("| `" + kind.name() + "` |")).findFirst().orElseThrow(
                () -> new AssertionError("no row for " + kind + " in docs/rules.md"));

        assertThat(row).contains("\"…" + message.vi().substring(work.name().length()) + "\"")
                .contains("\"…" + message.en().substring(work.nameEn().length()) + "\"");
    }
}
