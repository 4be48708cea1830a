package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;

/** Re-importing the same spreadsheet: register, or update the registration with the same natural key. */
class RegisterOrUpdateTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();

    @Test
    void createsThenLeavesUnchangedThenUpdatesWithoutEverDuplicating() {
        RegisterWork first = workFor(TRAN_PHU);
        RegisterWork changed = workFor(TRAN_PHU, aWork().investment(3_000_000_000L).build());

        Saved<Work> created = Fixtures.succeeded(service.registerOrUpdateWork(first));
        Saved<Work> again = Fixtures.succeeded(service.registerOrUpdateWork(first));
        Saved<Work> updated = Fixtures.succeeded(service.registerOrUpdateWork(changed));

        assertThat(created.change()).isEqualTo(Saved.Change.CREATED);
        assertThat(again.change()).isEqualTo(Saved.Change.UNCHANGED);
        assertThat(again.registration()).isEqualTo(created.registration());
        assertThat(updated.change()).isEqualTo(Saved.Change.UPDATED);
        assertThat(updated.registration().id()).isEqualTo(created.registration().id());
        assertThat(updated.registration().version()).isEqualTo(1);
        assertThat(updated.registration().details().investment().amount()).isEqualTo(3_000_000_000L);
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).containsExactly(updated.registration());
    }

    @Test
    void findsTheRegistrationByItsFoldedNameWhateverTheSpelling() {
        Saved<Work> created = Fixtures.succeeded(service.registerOrUpdateWork(
                workFor(TRAN_PHU, aWork().named("Nhà văn hóa TDP 5").build())));

        Saved<Work> respelled = Fixtures.succeeded(service.registerOrUpdateWork(
                workFor(TRAN_PHU, aWork().named("NHA VAN HOA TDP  5").build())));

        assertThat(respelled.change()).isEqualTo(Saved.Change.UPDATED);
        assertThat(respelled.registration().id()).isEqualTo(created.registration().id());
        assertThat(respelled.registration().name()).isEqualTo("NHA VAN HOA TDP 5");
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(1);
    }

    @Test
    void createsTheSameNameSeparatelyForAnotherUnit() {
        Fixtures.succeeded(service.registerOrUpdateWork(workFor(TRAN_PHU)));

        Saved<Work> other = Fixtures.succeeded(service.registerOrUpdateWork(workFor(Fixtures.BAC_HA)));

        assertThat(other.change()).isEqualTo(Saved.Change.CREATED);
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(2);
    }

    @Test
    void doesTheSameForEvents() {
        RegisterEvent festival = eventFor(TRAN_PHU);

        assertThat(Fixtures.succeeded(service.registerOrUpdateEvent(festival)).change()).isEqualTo(Saved.Change.CREATED);
        assertThat(Fixtures.succeeded(service.registerOrUpdateEvent(festival)).change())
                .isEqualTo(Saved.Change.UNCHANGED);
        Saved<Event> updated = Fixtures.succeeded(service.registerOrUpdateEvent(
                eventFor(TRAN_PHU, anEvent().expectedParticipants(5000).build())));
        assertThat(updated.change()).isEqualTo(Saved.Change.UPDATED);
        assertThat(updated.registration().details().expectedParticipants()).isEqualTo(5000);
    }

    @Test
    void refusesAWorkNamedLikeAnEventOfTheUnit() {
        Event festival = Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertRefused(service.registerOrUpdateWork(workFor(TRAN_PHU, aWork().named(festival.name()).build())),
                RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).containsExactly(festival);
    }

    @Test
    void refusesChangedDetailsThatBreakARuleAndKeepsTheStoredRegistration() {
        Saved<Work> created = Fixtures.succeeded(service.registerOrUpdateWork(workFor(TRAN_PHU)));

        assertRefused(service.registerOrUpdateWork(workFor(TRAN_PHU, aWork().plannedOn(LocalDate.of(2022, 7, 1)).build())),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "plannedOn");
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).containsExactly(created.registration());
    }

    @Test
    void refusesANewRegistrationThatBreaksARule() {
        assertRefused(service.registerOrUpdateWork(workFor("99999")), RuleCode.UNIT_UNKNOWN, Severity.ERROR, "unitCode");
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).isEmpty();
    }
}
