package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.nameOfLength;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.fixture.ViolationAssertions.assertViolation;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.registration.RegistrationDetails;

class RequiredFieldsPolicyTest {

    private final RequiredFieldsPolicy policy = new RequiredFieldsPolicy();

    @Test
    void passesACompleteWorkAndACompleteEvent() {
        assertThat(policy.check(newRegistrationOf(aWork().build()))).isEmpty();
        assertThat(policy.check(newRegistrationOf(anEvent().build()))).isEmpty();
    }

    @Test
    void passesAWorkThatStatesOnlyItsNameKindAndDay() {
        assertThat(policy.check(newRegistrationOf(aWork().taskArea(null).location(null).scale(null).investment(null)
                .fundingSource(null).investor(null).evidenceNotes(null).build()))).isEmpty();
    }

    @Test
    void refusesABlankName() {
        Violation v = assertOnly(policy.check(newRegistrationOf(aWork().named(" \t ").build())),
                RuleCode.REQUIRED, Severity.ERROR, "name");
        assertThat(v.message().en()).isEqualTo("name is required.");
    }

    @Test
    void refusesABlankUnitCode() {
        assertOnly(policy.check(newRegistrationOf("  ", aWork().build())), RuleCode.REQUIRED, Severity.ERROR, "unitCode");
    }

    @Test
    void refusesAWorkWithoutItsPlannedDay() {
        assertOnly(policy.check(newRegistrationOf(aWork().plannedOn(null).build())),
                RuleCode.REQUIRED, Severity.ERROR, "plannedOn");
    }

    @Test
    void refusesAnEventWithoutItsFirstDay() {
        assertOnly(policy.check(newRegistrationOf(anEvent().startsOn(null).endsOn(null).build())),
                RuleCode.REQUIRED, Severity.ERROR, "startsOn");
    }

    @Test
    void acceptsANameOf200Characters() {
        assertThat(nameOfLength(200)).hasSize(200);
        assertThat(policy.check(newRegistrationOf(aWork().named(nameOfLength(200)).build()))).isEmpty();
    }

    @Test
    void refusesANameOf201Characters() {
        Violation v = assertOnly(policy.check(newRegistrationOf(aWork().named(nameOfLength(201)).build())),
                RuleCode.TOO_LONG, Severity.ERROR, "name");
        assertThat(v.message().vi()).contains("200");
        assertThat(v.message().en()).isEqualTo("name is longer than 200 characters.");
    }

    @Test
    void countsCharactersOfTheStoredFormNotOfDecomposedInput() {
        String decomposed = Normalizer.normalize(nameOfLength(200), Normalizer.Form.NFD);
        assertThat(decomposed.length()).isGreaterThan(200);

        assertThat(policy.check(newRegistrationOf(aWork().named(decomposed).build()))).isEmpty();
    }

    static Stream<Arguments> limitedTexts() {
        return Stream.of(
                limited("location", 300, t -> aWork().location(t).build()),
                limited("scale", 300, t -> aWork().scale(t).build()),
                limited("fundingSource", 300, t -> aWork().fundingSource(t).build()),
                limited("investor", 300, t -> aWork().investor(t).build()),
                limited("evidenceNotes", 2000, t -> aWork().evidenceNotes(t).build()),
                limited("venue", 300, t -> anEvent().venue(t).build()),
                limited("host", 300, t -> anEvent().host(t).build()),
                limited("evidenceNotes", 2000, t -> anEvent().evidenceNotes(t).build()));
    }

    private static Arguments limited(String field, int max, Function<String, RegistrationDetails> details) {
        return Arguments.of(field, max, details);
    }

    @ParameterizedTest(name = "{0} may hold {1} characters, not one more")
    @MethodSource("limitedTexts")
    void limitsTheLengthOfOtherTexts(String field, int max, Function<String, RegistrationDetails> details) {
        assertThat(policy.check(newRegistrationOf(details.apply(nameOfLength(max))))).isEmpty();

        Violation v = assertOnly(policy.check(newRegistrationOf(details.apply(nameOfLength(max + 1)))),
                RuleCode.TOO_LONG, Severity.ERROR, field);
        assertThat(v.message().en()).isEqualTo(field + " is longer than " + max + " characters.");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        List<Violation> found = policy.check(newRegistrationOf("", aWork().named("").plannedOn(null).build()));

        assertThat(codes(found)).containsOnly("REQUIRED");
        assertThat(found).extracting(v -> v.field().segments())
                .containsExactly(List.of("unitCode"), List.of("name"), List.of("plannedOn"));
        found.forEach(v -> assertViolation(v, RuleCode.REQUIRED, Severity.ERROR, v.field().segments().get(0)));
    }
}
