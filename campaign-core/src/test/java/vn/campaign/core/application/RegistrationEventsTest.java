package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.workFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/** The registration service tells its listeners of each stored write, and only of those. */
class RegistrationEventsTest {

    private final List<StoredChange> told = new ArrayList<>();
    private final RegistrationService service = Fixtures.platform().registrationService().publishingTo(told::add);

    @Test
    void tellsOfARegistrationOnceItIsStored() {
        Work work = Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU)));

        assertThat(told).containsExactly(new StoredChange(null, work));
    }

    @Test
    void tellsOfAStatusChangeWithTheRegistrationBeforeAndAfter() {
        Work work = Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU)));
        Registration approved = Fixtures.succeeded(service.changeStatus(ChangeStatus.approve(work.id().value(), 0)));

        assertThat(told).hasSize(2);
        assertThat(told.get(1)).isEqualTo(new StoredChange(work, approved));
        assertThat(told.get(1).statusChanged()).isTrue();
    }

    @Test
    void tellsNothingOfAWriteThatWasRefused() {
        Work work = Fixtures.succeeded(service.registerWork(workFor(TRAN_PHU)));
        told.clear();

        assertThat(service.registerWork(workFor(TRAN_PHU)).isSuccess()).as("duplicate name").isFalse();
        assertThat(service.changeStatus(ChangeStatus.approve(work.id().value(), 7)).isSuccess()).as("stale version")
                .isFalse();
        assertThat(service.as(new Actor.User("officer", Role.UNIT_OFFICER, new UnitCode(BAC_HA)))
                .registerWork(workFor(TRAN_PHU)).isSuccess()).as("another unit's officer").isFalse();

        assertThat(told).isEmpty();
    }

    @Test
    void actingForSomeoneKeepsTheListeners() {
        Fixtures.succeeded(service.as(new Actor.User("officer", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU)))
                .registerWork(workFor(TRAN_PHU)));

        assertThat(told).hasSize(1);
    }

    @Test
    void eachViewerSeesTheChangeTheirVisibilityAllows() {
        Work registered = Fixtures.workIn(RegistrationStatus.REGISTERED);
        Registration approved = registered.withStatus(RegistrationStatus.APPROVED, null, null, Fixtures.CLOCK.instant());
        Registration cancelled = approved.withStatus(RegistrationStatus.CANCELLED, "hoãn", null,
                Fixtures.CLOCK.instant());
        Visibility everything = new Visibility(true, null);
        Visibility publicOnly = new Visibility(false, null);
        Visibility ownUnit = new Visibility(false, registered.unit());

        assertThat(new StoredChange(null, registered).seenWith(everything)).contains(StoredChange.Kind.CREATED);
        assertThat(new StoredChange(null, registered).seenWith(publicOnly)).isEmpty();
        assertThat(new StoredChange(null, registered).seenWith(ownUnit)).contains(StoredChange.Kind.CREATED);
        assertThat(new StoredChange(registered, approved).seenWith(publicOnly)).contains(StoredChange.Kind.CREATED);
        assertThat(new StoredChange(registered, approved).seenWith(everything))
                .contains(StoredChange.Kind.STATUS_CHANGED);
        assertThat(new StoredChange(approved, cancelled).seenWith(publicOnly))
                .contains(StoredChange.Kind.REMOVED_FROM_VIEW);
        assertThat(new StoredChange(approved, cancelled).seenWith(ownUnit)).contains(StoredChange.Kind.STATUS_CHANGED);
        assertThat(new StoredChange(registered, registered).seenWith(everything)).contains(StoredChange.Kind.UPDATED);
        assertThat(new StoredChange(registered, cancelled).seenWith(publicOnly)).isEqualTo(Optional.empty());
    }
}
