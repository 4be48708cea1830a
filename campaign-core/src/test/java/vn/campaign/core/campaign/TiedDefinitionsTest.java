package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitKind;

/** Definitions tied to a source text: spans, interpretations, labels, the document register, organisations. */
class TiedDefinitionsTest {

    private static final String SAMPLE = Fixtures.resourceText("/definitions/tied-to-text-sample.yaml");

    private static Campaign sample() {
        return CampaignDefinitions.parse(SAMPLE).orThrow();
    }

    @Test
    void readsTheSampleWithItsInlineTextQuotationsAndRegister() {
        Campaign c = sample();

        assertThat(c.sourceText()).hasValueSatisfying(t -> assertThat(t).startsWith("Thiết thực chào mừng 42 năm"));
        assertThat(Fidelity.drifts(c)).isEmpty();
        assertThat(Fidelity.uncovered(c, List.of("trong đó tập trung các nhiệm vụ sau:"))).isEmpty();
        assertThat(c.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).as("the id defaults to the number").isEqualTo("03-NQ/ThU");
            assertThat(d.kind()).isEqualTo(DocumentKind.NGHI_QUYET);
            assertThat(d.issuedOn()).isNull();
        });
        assertThat(c.taskAreas().get(0).keyTasks().get(1).documents()).containsExactly(c.documents().get(0));
        assertThat(c.taskAreas().get(0).provenance().label()).isTrue();
        assertThat(c.plaqueList().complete()).isFalse();
        assertThat(c.plaqueText()).isEqualTo("Công trình chào mừng kỷ niệm 42 năm Ngày Nhà giáo Việt Nam");
        assertThat(c.obligations().get(1).appliesTo())
                .containsExactlyInAnyOrder(UnitKind.PARTY_ORGANISATION, UnitKind.MASS_ORGANISATION);
    }

    @Test
    void anUncoveredClauseIsListedWithItsUncoveredWords() {
        Campaign c = sample();

        assertThat(Fidelity.uncovered(c, List.of())).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Thiết thực chào mừng 42 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2024),"
                    + " Ủy ban nhân dân thành phố ban hành Kế hoạch số 120-KH/UBND ngày 26/8/2024"
                    + " phát động đợt thi đua, trong đó tập trung các nhiệm vụ sau:");
            assertThat(u.uncovered()).isEqualTo("trong đó tập trung các nhiệm vụ sau:");
        });
    }

    @Test
    void anObligationWithoutAppliesToBindsWardsAndCommunes() {
        Campaign c = CampaignDefinitions.parse(SAMPLE.replace("    appliesTo: [SCHOOL]\n", "")).orThrow();

        assertThat(c.obligations().get(0).appliesTo()).containsExactlyInAnyOrder(UnitKind.WARD, UnitKind.COMMUNE);
    }

    @Test
    void aCampaignWithoutTextKeepsItsItemsUntied() {
        Campaign c = CampaignDefinitions.parse(Fixtures.resourceText("/definitions/hatinh-teachers-day-2024.yaml"))
                .orThrow();

        assertThat(c.sourceText()).isEmpty();
        assertThat(c.taskAreas().get(0).keyTasks().get(0).provenance()).isEqualTo(Provenance.none());
        assertThat(c.plaqueList()).isEqualTo(PlaqueList.CLOSED);
        assertThat(Fidelity.drifts(c)).isEmpty();
        assertThat(Fidelity.uncovered(c, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an item without a span when the text is given | '  source: \\{ start: \\d+, end: \\d+ \\}\\n  interpretation: "The plan dates[^\\n]*\\n' | '' | period.source | required: the definition ships its directive's text
            a span past the text's end                      | 'source: \\{ start: (\\d+), end: \\d+ \\}\\n  interpretation: "The plan dates' | 'source: { start: $1, end: 9999 }\\n  interpretation: "The plan dates' | period.source.end | must not pass the end of the text
            a span that ends before it starts               | 'source: \\{ start: (\\d+), end: \\d+ \\}\\n  interpretation: "The plan dates' | 'source: { start: $1, end: 3 }\\n  interpretation: "The plan dates' | period.source | source span end must be greater than its start
            a key task citing an unregistered document       | 'documents: \\[\"03-NQ/ThU\"\\]' | 'documents: [\"02-NQ/ThU\"]' | taskAreas[0].keyTasks[1].documents[0] | no document with id '02-NQ/ThU'
            a label that also interprets                     | '  complete: false\\n  label: true' | '  complete: false\\n  label: true\\n  interpretation: \"x\"' | plaqueList | an interpretation needs the source span it interprets
            a document kind the register does not know       | 'kind: NGHI_QUYET' | 'kind: THONG_BAO' | documents[0].kind | must be one of [NGHI_QUYET
            a document with an issuer the span does not name | 'issuer: \"Thành ủy\"' | 'issuer: \"Tỉnh ủy\"' | documents[0] | takes from its span what it does not say
            """)
    void refusesABadTieNamingTheField(String what, String regex, String replacement, String field, String message) {
        String document = SAMPLE.replaceFirst(regex, replacement.replace("\\n", "\n"));
        assertThat(document).as("the sample was changed for: " + what).isNotEqualTo(SAMPLE);

        DefinitionResult result = CampaignDefinitions.parse(document);

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, r -> {
            assertThat(r.problem().field()).isEqualTo(field);
            assertThat(r.problem().message()).contains(message);
        });
    }

    @Test
    void refusesASpanWhenNoTextIsGiven() {
        String yaml = Fixtures.resourceText("/definitions/hatinh-teachers-day-2024.yaml")
                .replace("    celebratedOn: \"2024-11-20\"\n", "    celebratedOn: \"2024-11-20\"\n    source: { start: 0, end: 5 }\n");

        DefinitionResult result = CampaignDefinitions.parse(yaml);

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class, r -> {
            assertThat(r.problem().field()).isEqualTo("anniversaries[0].source");
            assertThat(r.problem().message()).contains("needs the directive's text");
        });
    }

    @Test
    void refusesTextShippedBothBesideAndInside() {
        DefinitionResult result = CampaignDefinitions.parse(SAMPLE, "Một văn bản khác.");

        assertThat(result).isInstanceOfSatisfying(DefinitionResult.Refused.class,
                r -> assertThat(r.problem().field()).isEqualTo("sourceText"));
    }

    @Test
    void aSourceSpanIsValidated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceSpan(-1, 3))
                .hasMessage("source span start must not be negative, got -1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceSpan(4, 4))
                .hasMessage("source span end must be greater than its start 4, got 4");
        assertThat(new SourceSpan(2, 5).of("Hà Tĩnh")).isEqualTo(" Tĩ");
        assertThat(Objects.requireNonNull(sample().purpose()).text()).endsWith("(20/11/1982 - 20/11/2024)");
    }
}
