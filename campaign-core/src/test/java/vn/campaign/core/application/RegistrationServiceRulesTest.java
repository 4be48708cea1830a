package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.DONG_MON;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.nameOfLength;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/** Every registration rule, through the service: an ERROR stores nothing; warnings come back with the value. */
class RegistrationServiceRulesTest {

    private CampaignPlatform platform = Fixtures.platform();
    private RegistrationService service = platform.registrationService();

    private List<Registration> stored() {
        return platform.registrations().findByCampaign(Directive32.CODE);
    }

    @Test
    void registersAWorkOfAWardAsRegisteredAtVersionZero() {
        Outcome<Work> outcome = service.registerWork(workFor(TRAN_PHU));

        Work work = Fixtures.succeeded(outcome);
        assertThat(outcome.violations()).isEmpty();
        assertThat(work.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(work.version()).isZero();
        assertThat(work.unit()).isEqualTo(new UnitCode(TRAN_PHU));
        assertThat(platform.registrations().findById(work.id())).contains(work);
    }

    @Test
    void registersAnEventOfAWard() {
        Event event = Fixtures.succeeded(service.registerEvent(eventFor(BAC_HA)));

        assertThat(platform.registrations().findById(event.id())).contains(event);
        assertThat(event.kind()).isEqualTo(EventKind.TRADITIONAL_FESTIVAL);
    }

    @Test
    void storesTheNameInComposedFormWhateverWasTyped() {
        String typed = Normalizer.normalize("Khánh thành  Nhà văn hóa tổ dân phố 5 ", Normalizer.Form.NFD);

        Work work = Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU, aWork().named(typed).build())));

        assertThat(work.name()).isEqualTo("Khánh thành Nhà văn hóa tổ dân phố 5");
    }

    @ParameterizedTest(name = "a work planned on {0} is registered")
    @ValueSource(strings = {"2022-04-01", "2022-06-15"})
    void registersAWorkPlannedOnTheFirstOrLastDayOfTheCampaign(String day) {
        Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU, aWork().plannedOn(LocalDate.parse(day)).build())));
    }

    @ParameterizedTest(name = "a work planned on {0} is refused")
    @ValueSource(strings = {"2022-03-31", "2022-06-16"})
    void refusesAWorkPlannedTheDayBeforeOrAfterTheCampaign(String day) {
        Violation v = assertRefused(service.registerWork(workFor(TRAN_PHU,
                aWork().plannedOn(LocalDate.parse(day)).build())), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR,
                "plannedOn");
        assertThat(v.message().vi()).contains(day);

        assertThat(stored()).isEmpty();
    }

    @Test
    void registersAOneDayEventWithNoEnd() {
        Event event = Fixtures.succeeded(service.registerEvent(eventFor(TRAN_PHU,
                anEvent().oneDayOn(LocalDate.of(2022, 5, 28)).build())));

        assertThat(event.details().endsOn()).isNull();
        assertThat(event.details().lastDay()).isEqualTo(LocalDate.of(2022, 5, 28));
    }

    @Test
    void refusesAnEventEndingBeforeItStarts() {
        assertRefused(service.registerEvent(eventFor(TRAN_PHU, anEvent().startsOn(LocalDate.of(2022, 6, 12))
                        .endsOn(LocalDate.of(2022, 6, 10)).build())),
                RuleCode.EVENT_ENDS_BEFORE_START, Severity.ERROR, "endsOn");

        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesANegativeInvestment() {
        assertRefused(service.registerWork(workFor(TRAN_PHU, aWork().investment(-500_000_000L).build())),
                RuleCode.INVESTMENT_NEGATIVE, Severity.ERROR, "investment");

        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesANegativeNumberOfParticipants() {
        assertRefused(service.registerEvent(eventFor(TRAN_PHU, anEvent().expectedParticipants(-1).build())),
                RuleCode.PARTICIPANTS_NEGATIVE, Severity.ERROR, "expectedParticipants");

        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesAnUnknownTaskArea() {
        assertRefused(service.registerWork(workFor(TRAN_PHU, aWork().taskArea("TOURISM").build())),
                RuleCode.TASK_AREA_UNKNOWN, Severity.ERROR, "taskAreaCode");

        assertThat(stored()).isEmpty();
    }

    @Test
    void registersAWorkWithoutTaskAreaAndReturnsTheWarning() {
        Outcome<Work> outcome = service.registerWork(workFor(TRAN_PHU, aWork().taskArea(null).build()));

        Work work = Fixtures.succeeded(outcome);
        assertOnly(outcome.violations(), RuleCode.TASK_AREA_MISSING, Severity.WARNING, "taskAreaCode");
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Success.class,
                success -> assertThat(success.warnings()).hasSize(1));
        assertThat(platform.registrations().findById(work.id())).contains(work);
    }

    @Test
    void refusesASecondRegistrationOfTheSameNameOnceFolded() {
        Fixtures.registered(platform, workFor(TRAN_PHU, aWork().named("Nhà văn hóa TDP 5").build()));

        Violation v = assertRefused(service.registerWork(workFor(TRAN_PHU, aWork().named("NHA VAN HOA TDP  5").build())),
                RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
        assertThat(v.message().en()).contains("Nhà văn hóa TDP 5");

        assertThat(stored()).hasSize(1);
    }

    @Test
    void acceptsTheSameNameFromAnotherUnit() {
        Fixtures.registered(platform, workFor(TRAN_PHU, aWork().named("Nhà văn hóa TDP 5").build()));

        Fixtures.succeeded(service.registerWork(workFor(BAC_HA, aWork().named("NHA VAN HOA TDP  5").build())));

        assertThat(stored()).hasSize(2);
    }

    @ParameterizedTest(name = "a {0} registration no longer holds its name")
    @EnumSource(value = RegistrationStatus.class, names = {"REJECTED", "CANCELLED"})
    void aRejectedOrCancelledRegistrationNoLongerHoldsItsName(RegistrationStatus status) {
        Registration ended = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        Work again = Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU)));

        assertThat(again.id()).isNotEqualTo(ended.id());
        assertThat(stored()).hasSize(2);
        assertThat(platform.registrations().findById(ended.id()).orElseThrow().status()).isEqualTo(status);
        assertThat(platform.registrations().findById(ended.id()).orElseThrow().statusReason())
                .isEqualTo(ended.statusReason());
    }

    @ParameterizedTest(name = "a {0} registration still holds its name")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "RETURNED", "APPROVED", "COMPLETED"})
    void aLiveRegistrationHoldsItsName(RegistrationStatus status) {
        Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), status);

        assertRefused(service.registerWork(workFor(TRAN_PHU)), RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");

        assertThat(stored()).hasSize(1);
    }

    @Test
    void registersANameOf200Characters() {
        Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU, aWork().named(nameOfLength(200)).build())));
    }

    @Test
    void refusesANameOf201Characters() {
        assertRefused(service.registerWork(workFor(TRAN_PHU, aWork().named(nameOfLength(201)).build())),
                RuleCode.TOO_LONG, Severity.ERROR, "name");

        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesABlankNameAndABlankUnitCode() {
        Outcome<Work> outcome = service.registerWork(new RegisterWork(Fixtures.CAMPAIGN, "", aWork().named(" ").build()));

        assertThat(codes(outcome.violations())).containsExactly("REQUIRED", "REQUIRED");
        assertThat(outcome.violations()).extracting(v -> v.field().segments())
                .containsExactly(List.of("unitCode"), List.of("name"));

        assertThat(stored()).isEmpty();
    }

    @Test
    void registersForCode18103During2022AsXaDongMon() {
        Work work = Fixtures.succeeded(service.registerWork(workFor(DONG_MON)));

        assertThat(platform.units().findByCode(work.unit(), platform.campaigns().findByCode(work.campaign())
                .orElseThrow().period())).map(Unit::name).contains("Xã Đồng Môn");
    }

    @Test
    void inACampaignOf2018Code18103IsXaThachMon() {
        platform = Fixtures.platformWith(Fixtures.campaignIn2018(), HaTinhCity.units());
        service = platform.registrationService();

        Work work = Fixtures.succeeded(service.registerWork(new RegisterWork("TEST-2018", DONG_MON,
                aWork().plannedOn(LocalDate.of(2018, 5, 19)).build())));

        assertThat(platform.units().findByCode(work.unit(), Fixtures.campaignIn2018().period())).map(Unit::name)
                .contains("Xã Thạch Môn");
        assertThat(platform.complianceService().evaluate("TEST-2018").value().units())
                .filteredOn(u -> u.unit().code().equals(work.unit()))
                .singleElement().satisfies(u -> assertThat(u.unit().name()).isEqualTo("Xã Thạch Môn"));
    }

    @ParameterizedTest(name = "unit code \"{0}\" is unknown")
    @ValueSource(strings = {"99999", "18 070", "P. Trần Phú"})
    void refusesAUnitCodeThatNeverExisted(String code) {
        assertRefused(service.registerWork(workFor(code)), RuleCode.UNIT_UNKNOWN, Severity.ERROR, "unitCode");

        assertThat(stored()).isEmpty();
    }

    @Test
    void refusesAUnitThatExistsOnlyOutsideTheCampaign() {
        platform.units().save(Fixtures.communeMergedAwayIn2019());
        platform.units().save(Fixtures.wardCreatedIn2025());

        assertRefused(service.registerWork(workFor("18106")), RuleCode.UNIT_NOT_VALID, Severity.ERROR, "unitCode");
        assertRefused(service.registerEvent(eventFor("18200")), RuleCode.UNIT_NOT_VALID, Severity.ERROR, "unitCode");

        assertThat(stored()).isEmpty();
    }

    @ParameterizedTest(name = "campaign \"{0}\" is unknown")
    @ValueSource(strings = {"CT99-2099", "ct32-2022", ""})
    void refusesAnUnknownCampaign(String campaign) {
        Violation v = assertRefused(service.registerWork(new RegisterWork(campaign, TRAN_PHU, aWork().build())),
                RuleCode.CAMPAIGN_UNKNOWN, Severity.ERROR, "campaignCode");
        assertThat(v.message().en()).isEqualTo("There is no campaign with code " + campaign + ".");

        assertThat(stored()).isEmpty();
    }

    @Test
    void reportsEveryErrorAtOnceAndStoresNothing() {
        Outcome<Work> outcome = service.registerWork(workFor("99999", aWork().named(nameOfLength(250))
                .plannedOn(LocalDate.of(2022, 7, 1)).investment(-1L).taskArea(null).build()));

        assertThat(outcome.isSuccess()).isFalse();
        assertThat(codes(outcome.violations())).containsExactly("TOO_LONG", "UNIT_UNKNOWN", "DATE_OUTSIDE_CAMPAIGN",
                "INVESTMENT_NEGATIVE", "TASK_AREA_MISSING");
        assertThat(outcome.violations().get(4).severity()).isEqualTo(Severity.WARNING);

        assertThat(stored()).isEmpty();
    }
}
