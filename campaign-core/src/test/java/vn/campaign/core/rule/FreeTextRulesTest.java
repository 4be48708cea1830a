package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.registration.RegistrationStatus.CANCELLED;
import static vn.campaign.core.registration.RegistrationStatus.REGISTERED;
import static vn.campaign.core.registration.RegistrationStatus.REJECTED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.application.ReportProgress;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.RegistrationDetails;

/**
 * Issue 17, rough edges of free text found by a probe: symbol-only names passed and then blocked every other
 * symbol-only name of the unit; NUL, BEL and ESC were stored; a reason of 100,000 characters was accepted.
 */
class FreeTextRulesTest {

    private final RequiredFieldsPolicy fields = new RequiredFieldsPolicy();
    private final LifecyclePolicy lifecycle = new LifecyclePolicy();

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"🎉🎉🎉", "---", "…", "★ ☆ ★"})
    void refusesANameWithNoLetterOrDigit(String name) {
        Violation v = assertOnly(fields.check(newRegistrationOf(aWork().named(name).build())),
                RuleCode.NAME_INVALID, Severity.ERROR, "name");
        assertThat(v.message().en()).isEqualTo("A name must contain at least one letter or digit.");
        assertOnly(fields.check(newRegistrationOf(anEvent().named(name).build())), RuleCode.NAME_INVALID,
                Severity.ERROR, "name");
    }

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {"5", "Đ", "🎉 Lễ mít tinh 🎉", "北京", "٣"})
    void acceptsANameWithOneLetterOrDigitOfAnyScript(String name) {
        assertThat(fields.check(newRegistrationOf(aWork().named(name).build()))).isEmpty();
    }

    static Stream<Arguments> everyRegistrationText() {
        return Stream.of(
                text("name", s -> aWork().named("Nhà văn hóa" + s + "TDP 5").build()),
                text("location", s -> aWork().location("Phường" + s + "Trần Phú").build()),
                text("scale", s -> aWork().scale("2 tầng" + s).build()),
                text("fundingSource", s -> aWork().fundingSource(s + "Ngân sách").build()),
                text("investor", s -> aWork().investor("UBND" + s + "phường").build()),
                text("evidenceNotes", s -> aWork().evidenceNotes("Quyết định" + s + "số 12").build()),
                text("venue", s -> anEvent().venue("Sân" + s + "vận động").build()),
                text("host", s -> anEvent().host("Đoàn" + s + "phường").build()),
                text("evidenceNotes", s -> anEvent().evidenceNotes("Ảnh" + s).build()));
    }

    private static Arguments text(String field, Function<String, RegistrationDetails> details) {
        return Arguments.of(field, details);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRegistrationText")
    void refusesNulBelEscC1AndBidiOverridesInEveryRegistrationText(String field,
            Function<String, RegistrationDetails> details) {
        for (String bad : new String[] {"\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u202E", "\u2066"}) {
            Violation v = assertOnly(fields.check(newRegistrationOf(details.apply(bad))), RuleCode.CONTROL_CHARACTER,
                    Severity.ERROR, field);
            assertThat(v.message().en()).startsWith(field + " contains a control character")
                    .contains(String.format("U+%04X", (int) bad.charAt(0)));
        }
        assertThat(fields.check(newRegistrationOf(details.apply("\t\r\n ")))).as("tab and line breaks").isEmpty();
    }

    @Test
    void refusesAControlCharacterInAReason() {
        assertOnly(lifecycle.check(Directive32.campaign(), Fixtures.workIn(REGISTERED), REJECTED, "Sai\u0000tên", null),
                RuleCode.CONTROL_CHARACTER, Severity.ERROR, "reason");
    }

    @Test
    void refusesAReasonLongerThanItsLimit() {
        String longest = "a".repeat(LifecyclePolicy.REASON_MAX);
        assertThat(lifecycle.check(Directive32.campaign(), Fixtures.workIn(REGISTERED), REJECTED, longest, null))
                .isEmpty();
        Violation v = assertOnly(lifecycle.check(Directive32.campaign(), Fixtures.workIn(REGISTERED), CANCELLED,
                "a".repeat(100_000), null), RuleCode.TOO_LONG, Severity.ERROR, "reason");
        assertThat(v.message().en()).isEqualTo("reason is longer than 1000 characters.");
    }

    @Test
    void refusesAControlCharacterInAProgressNote() {
        var service = Fixtures.platform().progressService();
        var outcome = service.report(new ReportProgress(Fixtures.CAMPAIGN, "URBAN_TREES", Fixtures.TRAN_PHU,
                LocalDate.of(2022, 5, 1), BigDecimal.TEN, "Trồng\u001Bcây"));
        vn.campaign.core.fixture.ViolationAssertions.assertRefused(outcome, RuleCode.CONTROL_CHARACTER, Severity.ERROR,
                "note");
    }
}
