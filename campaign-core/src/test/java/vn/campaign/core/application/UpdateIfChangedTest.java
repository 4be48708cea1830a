package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;

/** A row of an exported file applied to the registration it names by id and version. */
class UpdateIfChangedTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();
    private final Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

    @Test
    void leavesARegistrationWithTheSameDetailsUnchangedAndWritesNothing() {
        Saved<Registration> saved = Fixtures.succeeded(service.updateIfChanged(
                new UpdateRegistration(work.id().value(), work.version(), work.details())));

        assertThat(saved.change()).isEqualTo(Saved.Change.UNCHANGED);
        assertThat(platform.registrations().findById(work.id())).contains(work);
    }

    @Test
    void updatesARegistrationWithOtherDetailsToTheNextVersion() {
        WorkDetails cheaper = work.details().withInvestment(null);

        Saved<Registration> saved = Fixtures.succeeded(service.updateIfChanged(
                new UpdateRegistration(work.id().value(), work.version(), cheaper)));

        assertThat(saved.change()).isEqualTo(Saved.Change.UPDATED);
        assertThat(saved.registration().version()).isEqualTo(work.version() + 1);
        assertThat(((Work) platform.registrations().findById(work.id()).orElseThrow()).details()).isEqualTo(cheaper);
    }

    @Test
    void refusesAStaleVersionAsAConflictEvenWhenTheDetailsAgree() {
        Work moved = (Work) Fixtures.succeeded(service.update(new UpdateRegistration(work.id().value(),
                work.version(), aWork().investment(7_000_000L).build())));

        assertRefused(service.updateIfChanged(new UpdateRegistration(work.id().value(), work.version(),
                moved.details())), RuleCode.CONFLICT, Severity.ERROR, "expectedVersion");
        assertThat(platform.registrations().findById(work.id())).contains(moved);
    }

    @Test
    void refusesAnUnknownIdAsNotFound() {
        assertRefused(service.updateIfChanged(new UpdateRegistration("00000000-0000-4000-8000-000000000000", 0,
                work.details())), RuleCode.NOT_FOUND, Severity.ERROR, "id");
    }

    @Test
    void refusesAnOfficerOfAnotherUnitEvenWhenNothingChanges() {
        Actor bacHa = new Actor.User("canbo.bacha", Role.UNIT_OFFICER, new UnitCode(BAC_HA));

        assertThat(service.as(bacHa).updateIfChanged(new UpdateRegistration(work.id().value(), work.version(),
                work.details())).violations()).extracting(v -> v.code()).containsExactly(RuleCode.FORBIDDEN);
    }
}
