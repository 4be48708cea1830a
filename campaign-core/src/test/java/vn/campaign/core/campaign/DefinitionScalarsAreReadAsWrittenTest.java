package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Regression: YAML 1.1's implicit types turned unquoted {@code 2022-02-30} into 2 March 2022 and
 * {@code 0436} into octal 286, and a syntax error did not say where it was.
 */
class DefinitionScalarsAreReadAsWrittenTest {

    private static final String YAML = """
            code: DEMO-2022
            name: Đợt thi đua thử
            nameEn: Trial campaign
            directive: {number: 1-CT/ThU, issuedOn: 2022-03-01, issuer: Ban Thường vụ, issuerEn: Standing Board}
            organiser: 0436
            period: {from: FROM, to: 2022-06-15}
            taskAreas:
              - {code: URBAN, name: Đô thị, nameEn: Urban}
            """;

    @Test
    void anUnquotedImpossibleDateIsRefusedNotRolledOver() {
        DefinitionResult result = CampaignDefinitions.parse(YAML.replace("FROM", "2022-02-30"));

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, refused -> {
            assertThat(refused.problem().field()).isEqualTo("period.from");
            assertThat(refused.problem().message()).contains("'2022-02-30'");
        });
    }

    @Test
    void anUnquotedCodeWithALeadingZeroKeepsItsDigits() {
        Campaign campaign = CampaignDefinitions.parse(YAML.replace("FROM", "2022-04-01")).orThrow();

        assertThat(campaign.organiser().value()).isEqualTo("0436");
        assertThat(campaign.period().startsOn()).hasToString("2022-04-01");
    }

    @Test
    void aSyntaxErrorSaysItsLineAndColumn() {
        DefinitionResult result = CampaignDefinitions.parse("code: A\ncode: B\n");

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                refused -> assertThat(refused.problem().message())
                        .startsWith("not valid JSON or YAML: ").contains("line 2, column 1"));
    }
}
