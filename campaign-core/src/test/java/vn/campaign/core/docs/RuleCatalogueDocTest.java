package vn.campaign.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.rule.RuleCode;

/** {@code docs/rules.md} lists every rule of the catalogue with its severity, and the lifecycle as it is. */
class RuleCatalogueDocTest {

    private static final String RULES = Docs.read("rules.md");

    /** Rows of the rule tables: code in backticks, then the severity. */
    private static final Map<String, List<String>> SEVERITIES_BY_CODE = Docs.tableRows(RULES).stream()
            .filter(cells -> cells.get(0).matches("`[A-Z_]+`") && cells.size() > 2
                    && cells.get(1).matches("ERROR|WARNING"))
            .collect(Collectors.groupingBy(cells -> cells.get(0).replace("`", ""),
                    Collectors.mapping(cells -> cells.get(1), Collectors.toList())));

    @ParameterizedTest(name = "{0}")
    @EnumSource(RuleCode.class)
    void listsEveryRuleOnceWithItsSeverity(RuleCode rule) {
        assertThat(SEVERITIES_BY_CODE.get(rule.name())).as("rows of %s in docs/rules.md", rule)
                .containsExactly(rule.severity().name());
    }

    @Test
    void listsNoRuleTheCatalogueDoesNotHave() {
        assertThat(SEVERITIES_BY_CODE.keySet()).allSatisfy(code -> assertThat(RuleCode.valueOf(code)).isNotNull());
    }

    @Test
    void theTransitionTableIsTheLifecycle() {
        List<List<String>> rows = Docs.tableRows(Docs.section(RULES, "### Transitions"));
        List<String> header = rows.get(0);
        assertThat(header.subList(1, header.size()))
                .containsExactly(List.of(RegistrationStatus.values()).stream().map(Enum::name).toArray(String[]::new));

        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).hasSize(RegistrationStatus.values().length);
        for (List<String> row : body) {
            RegistrationStatus from = RegistrationStatus.valueOf(row.get(0));
            for (int i = 1; i < header.size(); i++) {
                RegistrationStatus to = RegistrationStatus.valueOf(header.get(i));
                assertThat(row.get(i).startsWith("yes")).as("%s → %s in docs/rules.md", from, to)
                        .isEqualTo(from.canBecome(to));
            }
        }
    }

    @Test
    void quotesTheDirectivesSentencesOnThePeriodTheObligationsAndThePlaques() {
        assertThat(RULES.replaceAll("\\s+", " ")).contains(
                "Thời gian phát động thi đua: từ tháng 4/2022 đến ngày 15/6/2022.",
                "Mỗi phường, xã đăng ký ít nhất 01 công trình chào mừng (khánh thành hoặc khởi công) và 01 lễ hội văn hóa"
                        + " dân gian truyền thống hoặc sự kiện văn hóa, thể thao.",
                "Thành phố lựa chọn và gắn biển công trình chào mừng đối với một số công trình");
    }
}
