package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

/**
 * A registration's timeline: its status history holds only what the lifecycle allows, in time order, and
 * ends in the registration's own status; the service stamps it from its clock.
 */
class TimelineTest {

    private static final Instant T0 = Instant.parse("2022-04-04T03:00:00Z");
    private static final UnitCode TRAN_PHU = new UnitCode(Fixtures.TRAN_PHU);

    @Test
    void growsByOneChangePerStatusAndTellsTheStatusAtAnyInstant() {
        Work work = Work.register(Directive32.CODE, TRAN_PHU, Fixtures.work(Fixtures.HALL_OF_TDP_5), T0)
                .withStatus(RegistrationStatus.APPROVED, null, null, T0.plusSeconds(3_600))
                .withDetails(Fixtures.work("Nhà văn hóa tổ dân phố 6"), T0.plusSeconds(7_200));

        assertThat(work.timeline().history()).extracting(StatusChange::status)
                .containsExactly(RegistrationStatus.REGISTERED, RegistrationStatus.APPROVED);
        assertThat(work.timeline().registeredAt()).isEqualTo(T0);
        assertThat(work.timeline().statusChangedAt()).isEqualTo(T0.plusSeconds(3_600));
        assertThat(work.timeline().updatedAt()).isEqualTo(T0.plusSeconds(7_200));
        assertThat(work.timeline().statusAt(T0.minusNanos(1))).isNull();
        assertThat(work.timeline().statusAt(T0)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(work.timeline().statusAt(T0.plusSeconds(3_599))).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(work.timeline().statusAt(T0.plusSeconds(3_600))).isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void refusesAHistoryOutOfOrderOrThatTheLifecycleCannotReach() {
        assertThatThrownBy(() -> new Timeline(List.of(new StatusChange(RegistrationStatus.REGISTERED, T0),
                new StatusChange(RegistrationStatus.APPROVED, T0.minusSeconds(1))), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> new Timeline(List.of(new StatusChange(RegistrationStatus.REGISTERED, T0),
                new StatusChange(RegistrationStatus.COMPLETED, T0)), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from REGISTERED to COMPLETED");
        assertThatThrownBy(() -> new Timeline(List.of(), T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeline.registeredAt(T0).edited(T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the last status change");
    }

    @Test
    void aRecordRefusesAKnownTimelineThatEndsInAnotherStatus() {
        Work registered = Work.register(Directive32.CODE, TRAN_PHU, Fixtures.work(Fixtures.HALL_OF_TDP_5), T0);

        assertThatThrownBy(() -> new Work(registered.id(), Directive32.CODE, TRAN_PHU, registered.details(),
                RegistrationStatus.APPROVED, null, null, false, 1, registered.timeline()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is APPROVED but its status history ends with REGISTERED");
        assertThatThrownBy(() -> registered.withTimeline(Timeline.registeredAt(T0)
                .changed(RegistrationStatus.CANCELLED, T0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatusChangeWithoutAnInstantCannotKeepTheTimeline() {
        Event event = Event.register(Directive32.CODE, TRAN_PHU, Fixtures.event(Fixtures.LOTUS_FESTIVAL), T0);

        assertThat(event.withStatus(RegistrationStatus.APPROVED, null, null).timeline()).isEqualTo(Timeline.unknown());
        assertThat(event.withDetails(event.details()).timeline()).isEqualTo(event.timeline());
    }

    @Test
    void theServiceStampsRegistrationsEditsAndStatusChangesFromItsClock() {
        CampaignPlatform platform = Fixtures.platform();
        Instant now = Fixtures.CLOCK.instant();

        Registration work = platform.registrationService().registerWork(Fixtures.workFor(Fixtures.TRAN_PHU)).value();
        Registration edited = platform.registrationService().update(new UpdateRegistration(work.id().value(), 0,
                Fixtures.work("Nhà văn hóa tổ dân phố 7"))).value();
        Registration approved = platform.registrationService().changeStatus(
                ChangeStatus.approve(edited.id().value(), edited.version())).value();

        assertThat(work.timeline()).isEqualTo(Timeline.registeredAt(now));
        assertThat(edited.timeline().updatedAt()).isEqualTo(now);
        assertThat(approved.timeline().history()).containsExactly(
                new StatusChange(RegistrationStatus.REGISTERED, now), new StatusChange(RegistrationStatus.APPROVED, now));
        assertThat(platform.registrations().findById(work.id()).orElseThrow()).isEqualTo(approved);
        assertThat(platform.auditLog().findByObject(work.id().value())).extracting(e -> e.at()).containsOnly(now);
    }
}
