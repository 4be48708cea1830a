package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.fixture.ViolationAssertions;
import vn.campaign.core.text.Message;

class RuleCodeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RuleCode.class)
    void everyRuleHasAVietnameseAndAnEnglishMessageFilledWithItsArguments(RuleCode rule) {
        Violation v = Violation.of(rule, List.of("field"), "A1", "B2", "C3");

        assertThat(v.code()).isEqualTo(rule);
        ViolationAssertions.assertMessagesFilled(v);
        assertThat(v.message().vi()).doesNotContain("%");
        assertThat(v.message().en()).doesNotContain("%").endsWith(".");
    }

    @Test
    void onlyAMissingTaskAreaIsAWarning() {
        assertThat(Arrays.stream(RuleCode.values()).filter(r -> r.severity() == Severity.WARNING))
                .containsExactly(RuleCode.TASK_AREA_MISSING);
    }

    @Test
    void aViolationOnAFieldCarriesItsPath() {
        Violation v = Violation.on(RuleCode.REQUIRED, "plannedOn", "plannedOn");

        assertThat(v).isEqualTo(new Violation(RuleCode.REQUIRED, FieldPath.of("plannedOn"),
                new Message("Trường plannedOn là bắt buộc.", "plannedOn is required.")));
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.isError()).isTrue();
    }

    @Test
    void aViolationCannotBeChangedThroughItsFieldPath() {
        Violation v = Violation.of(RuleCode.CONFLICT, List.of("expectedVersion"), 2, 1);

        assertThatThrownBy(() -> v.field().segments().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
