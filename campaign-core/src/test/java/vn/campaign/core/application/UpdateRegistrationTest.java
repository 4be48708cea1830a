package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.stored;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;

/** Editing the details of a work or an event. */
class UpdateRegistrationTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();
    private final Work work = Fixtures.registered(platform, workFor(TRAN_PHU));
    private final WorkDetails moved = aWork().plannedOn(LocalDate.of(2022, 6, 1)).location("Tổ dân phố 6").build();

    @ParameterizedTest(name = "a {0} registration can be edited")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "APPROVED"})
    void replacesTheDetailsWhileRegisteredOrApproved(RegistrationStatus status) {
        Registration before = Lifecycle.bringTo(platform, work, status);

        Registration after = Fixtures.succeeded(service.update(
                new UpdateRegistration(before.id().value(), before.version(), moved)));

        assertThat(after).isInstanceOfSatisfying(Work.class, w -> assertThat(w.details()).isEqualTo(moved));
        assertThat(after.status()).isEqualTo(status);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(stored(platform, work)).isEqualTo(after);
    }

    @ParameterizedTest(name = "a {0} registration cannot be edited")
    @EnumSource(value = RegistrationStatus.class, names = {"REJECTED", "COMPLETED", "CANCELLED"})
    void refusesToEditOnceRejectedCompletedOrCancelled(RegistrationStatus status) {
        Registration before = Lifecycle.bringTo(platform, work, status);

        Violation v = assertRefused(service.update(new UpdateRegistration(before.id().value(), before.version(), moved)),
                RuleCode.NOT_EDITABLE, Severity.ERROR);

        assertThat(v.message().en()).isEqualTo("A registration in status " + status + " cannot be edited.");
        assertThat(stored(platform, work)).isEqualTo(before);
    }

    @Test
    void refusesAnEditBasedOnAStaleVersion() {
        Fixtures.succeeded(service.update(new UpdateRegistration(work.id().value(), 0, moved)));
        Registration afterFirstEdit = stored(platform, work);

        assertRefused(service.update(new UpdateRegistration(work.id().value(), 0, aWork().named("Khác").build())),
                RuleCode.CONFLICT, Severity.ERROR, "expectedVersion");
        assertThat(stored(platform, work)).isEqualTo(afterFirstEdit);
    }

    @Test
    void checksTheNewDetailsWithTheSameRulesAsARegistration() {
        assertRefused(service.update(new UpdateRegistration(work.id().value(), 0,
                aWork().plannedOn(LocalDate.of(2022, 6, 16)).build())),
                RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "plannedOn");
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    @Test
    void returnsTheWarningsOfTheNewDetails() {
        Outcome<Registration> outcome = service.update(new UpdateRegistration(work.id().value(), 0,
                aWork().taskArea(null).build()));

        assertThat(outcome.isSuccess()).isTrue();
        assertOnly(outcome.violations(), RuleCode.TASK_AREA_MISSING, Severity.WARNING, "taskAreaCode");
    }

    @Test
    void acceptsARespellingOfItsOwnName() {
        Registration after = Fixtures.succeeded(service.update(new UpdateRegistration(work.id().value(), 0,
                aWork().named("KHÁNH THÀNH NHÀ VĂN HÓA TỔ DÂN PHỐ 5").build())));

        assertThat(after.name()).isEqualTo("KHÁNH THÀNH NHÀ VĂN HÓA TỔ DÂN PHỐ 5");
    }

    @Test
    void refusesARenameOntoAnotherRegistrationOfTheUnit() {
        Event festival = Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertRefused(service.update(new UpdateRegistration(work.id().value(), 0,
                aWork().named(festival.name().toUpperCase(Locale.ROOT)).build())),
                RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name");
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    @Test
    void saysNotFoundWhenEventDetailsAreGivenForAWork() {
        assertRefused(service.update(new UpdateRegistration(work.id().value(), 0, anEvent().build())),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
    }
}
