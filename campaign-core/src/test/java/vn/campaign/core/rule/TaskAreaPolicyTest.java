package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskAreaPolicyTest {

    private final TaskAreaPolicy policy = new TaskAreaPolicy();

    @ParameterizedTest(name = "{0} is a task area of Directive 32")
    @ValueSource(strings = {"PARTY", "URBAN", "ECONOMY", "CULTURE", "EDUCATION", "HEALTH", "SECURITY"})
    void passesEachTaskAreaOfTheCampaign(String area) {
        assertThat(policy.check(newRegistrationOf(aWork().taskArea(area).build()))).isEmpty();
    }

    @Test
    void refusesATaskAreaTheCampaignDoesNotHave() {
        Violation v = assertOnly(policy.check(newRegistrationOf(anEvent().taskArea("TOURISM").build())),
                RuleCode.TASK_AREA_UNKNOWN, Severity.ERROR, "taskAreaCode");
        assertThat(v.message().vi()).isEqualTo("Đợt thi đua không có lĩnh vực TOURISM.");
        assertThat(v.message().en()).isEqualTo("The campaign has no task area TOURISM.");
    }

    @Test
    void onlyWarnsWhenNoTaskAreaIsGiven() {
        Violation v = assertOnly(policy.check(newRegistrationOf(aWork().taskArea(null).build())),
                RuleCode.TASK_AREA_MISSING, Severity.WARNING, "taskAreaCode");
        assertThat(v.isError()).isFalse();
    }

    @Test
    void treatsABlankTaskAreaAsMissing() {
        assertOnly(policy.check(newRegistrationOf(aWork().taskArea("   ").build())),
                RuleCode.TASK_AREA_MISSING, Severity.WARNING, "taskAreaCode");
    }
}
