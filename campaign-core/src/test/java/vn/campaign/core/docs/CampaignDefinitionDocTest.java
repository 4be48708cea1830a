package vn.campaign.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.DefinitionResult;
import vn.campaign.core.fixture.Fixtures;

/** {@code docs/campaign-definition.md} shows the samples the tests run, and documents every field they use. */
class CampaignDefinitionDocTest {

    private static final String DOC = Docs.read("campaign-definition.md");
    private static final String JSON_SAMPLE = "/definitions/hong-linh-national-day-2023.json";
    private static final String YAML_SAMPLE = "/definitions/hatinh-teachers-day-2024.yaml";
    private static final String TIED_SAMPLE = "/definitions/tied-to-text-sample.yaml";

    @Test
    void theJsonExampleIsTheSampleTheTestsRun() {
        assertThat(Docs.fencedBlock(DOC, "json")).isEqualTo(Fixtures.resourceText(JSON_SAMPLE));
    }

    @Test
    void theYamlExampleIsTheSampleTheTestsRun() {
        assertThat(Docs.fencedBlock(DOC, "yaml")).isEqualTo(Fixtures.resourceText(YAML_SAMPLE));
    }

    @Test
    void theTiedExampleIsTheSampleTheTestsRunAndValid() {
        assertThat(Docs.fencedBlock(DOC, "yaml-tied")).isEqualTo(Fixtures.resourceText(TIED_SAMPLE));
        assertThat(CampaignDefinitions.parse(Docs.fencedBlock(DOC, "yaml-tied")))
                .isInstanceOf(DefinitionResult.Defined.class);
    }

    @Test
    void bothExamplesAreValidDefinitions() {
        assertThat(CampaignDefinitions.parse(Docs.fencedBlock(DOC, "json"))).isInstanceOf(DefinitionResult.Defined.class);
        assertThat(CampaignDefinitions.parse(Docs.fencedBlock(DOC, "yaml"))).isInstanceOf(DefinitionResult.Defined.class);
    }

    @Test
    void documentsEveryFieldThatDirective32AndTheSamplesUse() {
        Set<String> keys = new TreeSet<>();
        for (String document : List.of(Fixtures.resourceText("/vn/campaign/core/campaign/directive-32.yaml"),
                Fixtures.resourceText(JSON_SAMPLE), Fixtures.resourceText(YAML_SAMPLE),
                Fixtures.resourceText(TIED_SAMPLE))) {
            collectKeys(new Yaml().load(document), keys);
        }

        assertThat(keys).contains("code", "period", "keyTasks", "appliesTo", "aggregation", "plaqueWorks", "from");
        assertThat(keys).allSatisfy(key -> assertThat(DOC).as("field %s documented", key).contains("`" + key + "`"));
    }

    private static void collectKeys(Object node, Set<String> keys) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                collectKeys(v, keys);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, keys));
        }
    }
}
