package vn.campaign.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optional {@code registrationDeadline} and {@code reminderDays} of a campaign definition. */
class RegistrationDeadlineDefinitionTest {

    /** A small definition running 2022-04-01..2022-06-15; {@code %s} takes the fields under test. */
    private static final String DEFINITION = """
            code: DEMO-2022
            name: Đợt thi đua thử
            nameEn: Trial campaign
            directive: {number: "1-CT/ThU", issuedOn: "2022-03-01", issuer: Ban Thường vụ, issuerEn: Standing Board}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: Đô thị, nameEn: Urban}
            obligations:
              - {code: WORK_REQUIRED, name: Đăng ký công trình, nameEn: Register a work, appliesTo: [WARD], registers: WORK}
            %s
            """;

    @Test
    void withoutADeadlineUnitsMayRegisterUntilTheCampaignsLastDayAndAreRemindedAWeekBefore() {
        Campaign campaign = defined("");

        assertThat(campaign.registrationDeadline()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(campaign.reminderDays()).isEqualTo(Campaign.DEFAULT_REMINDER_DAYS).isEqualTo(7);
    }

    @Test
    void readsAnEarlierDeadlineAndAReminderWindow() {
        Campaign campaign = defined("registrationDeadline: \"2022-04-30\"\nreminderDays: 10");

        assertThat(campaign.registrationDeadline()).isEqualTo(LocalDate.of(2022, 4, 30));
        assertThat(campaign.reminderDays()).isEqualTo(10);
    }

    @Test
    void acceptsADeadlineOnTheLastDayAndBeforeTheFirstDayAndNoReminderWindow() {
        assertThat(defined("registrationDeadline: \"2022-06-15\"").registrationDeadline())
                .isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(defined("registrationDeadline: \"2022-03-25\"").registrationDeadline())
                .as("units may be asked to register before the campaign opens").isEqualTo(LocalDate.of(2022, 3, 25));
        assertThat(defined("reminderDays: 0").reminderDays()).isZero();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("registrationDeadline: \"2022-06-16\"", "registrationDeadline",
                        "must not fall after the campaign's last day 2022-06-15, got 2022-06-16"),
                Arguments.of("registrationDeadline: \"15/6/2022\"", "registrationDeadline",
                        "must be an ISO date such as 2022-06-15, got '15/6/2022'"),
                Arguments.of("registrationDeadline: [\"2022-05-01\"]", "registrationDeadline", "must be a text"),
                Arguments.of("reminderDays: -1", "reminderDays", "must be 0 or more, got -1"),
                Arguments.of("reminderDays: một tuần", "reminderDays", "must be a whole number, got 'một tuần'"),
                Arguments.of("reminderDays: 2.5", "reminderDays", "must be a whole number, got '2.5'"));
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @MethodSource("badValues")
    void refusesABadValueNamingTheField(String fields, String field, String message) {
        assertThat(CampaignDefinitions.parse(DEFINITION.formatted(fields)))
                .isInstanceOfSatisfying(DefinitionResult.Refused.class, refused -> {
                    assertThat(refused.problem().field()).isEqualTo(field);
                    assertThat(refused.problem().message()).isEqualTo(message);
                });
    }

    @Test
    void theRecordItselfRefusesADeadlineAfterTheEndAndANegativeWindow() {
        Campaign campaign = defined("");

        assertThatThrownBy(() -> campaign.withRegistrationDeadline(LocalDate.of(2022, 6, 16), 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the registration deadline 2022-06-16 falls after the campaign's last day 2022-06-15");
        assertThatThrownBy(() -> campaign.withRegistrationDeadline(LocalDate.of(2022, 6, 1), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("reminderDays must not be negative, got -3");
    }

    @Test
    void aCampaignHasEndedFromTheDayAfterItsLastDay() {
        Campaign campaign = defined("");

        assertThat(campaign.hasEndedBy(LocalDate.of(2022, 6, 14))).isFalse();
        assertThat(campaign.hasEndedBy(LocalDate.of(2022, 6, 15))).isFalse();
        assertThat(campaign.hasEndedBy(LocalDate.of(2022, 6, 16))).isTrue();
    }

    private static Campaign defined(String fields) {
        DefinitionResult result = CampaignDefinitions.parse(DEFINITION.formatted(fields));
        assertThat(result).isInstanceOf(DefinitionResult.Defined.class);
        return ((DefinitionResult.Defined) result).campaign();
    }
}
