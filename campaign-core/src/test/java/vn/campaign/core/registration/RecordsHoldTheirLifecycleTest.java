package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.core.registration.RegistrationStatus.APPROVED;
import static vn.campaign.core.registration.RegistrationStatus.CANCELLED;
import static vn.campaign.core.registration.RegistrationStatus.COMPLETED;
import static vn.campaign.core.registration.RegistrationStatus.REGISTERED;
import static vn.campaign.core.registration.RegistrationStatus.REJECTED;
import static vn.campaign.core.registration.RegistrationStatus.RETURNED;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.UnitCode;

/**
 * {@link Work} and {@link Event} refuse the combinations their lifecycle cannot reach and the status changes
 * it forbids, whoever builds or changes them: the invariant lives in the record, not in the service that
 * happens to call it (the regression {@code StatusChangeKeepsOnlyItsOwnDataTest} came from the service).
 */
class RecordsHoldTheirLifecycleTest {

    private static final RegistrationId ID = new RegistrationId("3f2b8c4e-1d2a-4b7c-9e8f-0a1b2c3d4e5f");
    private static final UnitCode TRAN_PHU = new UnitCode(Fixtures.TRAN_PHU);
    private static final LocalDate DAY = Fixtures.MID_CAMPAIGN;

    private static Work work(RegistrationStatus status, @Nullable String reason, @Nullable LocalDate day,
            boolean plaque) {
        return new Work(ID, Directive32.CODE, TRAN_PHU, Fixtures.work(Fixtures.HALL_OF_TDP_5), status, reason, day,
                plaque, 2);
    }

    private static Event event(RegistrationStatus status, @Nullable String reason, @Nullable LocalDate day) {
        return new Event(ID, Directive32.CODE, TRAN_PHU, Fixtures.event(Fixtures.LOTUS_FESTIVAL), status, reason, day,
                2);
    }

    @ParameterizedTest(name = "a {0} work or event carries no reason")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "APPROVED", "COMPLETED"})
    void refusesAReasonWithoutARejectionAReturnOrACancellation(RegistrationStatus status) {
        LocalDate day = status == COMPLETED ? DAY : null;
        String expected = "registration " + ID + " is " + status
                + ": only a rejection, a return or a cancellation carries a reason, got 'vì đẹp'";

        assertThatThrownBy(() -> work(status, "vì đẹp", day, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> event(status, "vì đẹp", day)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected);
    }

    @Test
    void refusesAReturnWithoutAReason() {
        String expected = "registration " + ID + " is RETURNED and needs a reason";

        assertThatThrownBy(() -> work(RETURNED, null, null, false)).hasMessage(expected);
        assertThatThrownBy(() -> work(RETURNED, "  ", null, false)).hasMessage(expected);
        assertThatThrownBy(() -> event(RETURNED, null, null)).hasMessage(expected);
    }

    @Test
    void refusesAPlaqueOnAReturnedWork() {
        assertThatThrownBy(() -> work(RETURNED, "Bổ sung ảnh", null, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("work " + ID + " is RETURNED: a work never approved carries no plaque");
    }

    @Test
    void refusesARejectionWithoutAReason() {
        String expected = "registration " + ID + " is REJECTED and needs a reason";

        assertThatThrownBy(() -> work(REJECTED, null, null, false)).hasMessage(expected);
        assertThatThrownBy(() -> work(REJECTED, "   ", null, false)).hasMessage(expected);
        assertThatThrownBy(() -> event(REJECTED, null, null)).hasMessage(expected);
    }

    @ParameterizedTest(name = "a {0} work or event carries no day it took place")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "APPROVED", "REJECTED", "CANCELLED"})
    void refusesAnActualDayWithoutACompletion(RegistrationStatus status) {
        String reason = status.takesReason() ? "Trùng" : null;
        String expected = "registration " + ID + " is " + status
                + ": only a completion carries the day it took place, got " + DAY;

        assertThatThrownBy(() -> work(status, reason, DAY, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected);
        assertThatThrownBy(() -> event(status, reason, DAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected);
    }

    @Test
    void refusesACompletionWithoutTheDayItTookPlace() {
        String expected = "registration " + ID + " is COMPLETED and needs the day it took place";

        assertThatThrownBy(() -> work(COMPLETED, null, null, false)).hasMessage(expected);
        assertThatThrownBy(() -> event(COMPLETED, null, null)).hasMessage(expected);
    }

    @ParameterizedTest(name = "a {0} work carries no plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "REJECTED"})
    void refusesAPlaqueOnAWorkNeverApproved(RegistrationStatus status) {
        String reason = status.takesReason() ? "Trùng" : null;

        assertThatThrownBy(() -> work(status, reason, null, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("work " + ID + " is " + status + ": a work never approved carries no plaque");
    }

    @Test
    void keepsItsPlaqueWhenCancelledAfterItsApproval() {
        Work cancelled = work(APPROVED, null, null, false).withPlaqueAwarded().withStatus(CANCELLED, "Mưa bão", null);

        assertThat(cancelled.plaqueAwarded()).isTrue();
        assertThat(cancelled.status()).isEqualTo(CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("Mưa bão");
    }

    @Test
    void holdsEveryCombinationItsLifecycleCanReach() {
        assertThat(work(REGISTERED, null, null, false).status()).isEqualTo(REGISTERED);
        assertThat(work(APPROVED, null, null, true).plaqueAwarded()).isTrue();
        assertThat(work(COMPLETED, null, DAY, true).actualOn()).isEqualTo(DAY);
        assertThat(work(REJECTED, "Trùng", null, false).statusReason()).isEqualTo("Trùng");
        assertThat(work(CANCELLED, null, null, false).statusReason()).isNull();
        assertThat(event(CANCELLED, "Mưa bão", null).statusReason()).isEqualTo("Mưa bão");
        assertThat(work(RETURNED, "Bổ sung ảnh", null, false).statusReason()).isEqualTo("Bổ sung ảnh");
        assertThat(event(RETURNED, "Bổ sung kế hoạch", null).statusReason()).isEqualTo("Bổ sung kế hoạch");
    }

    @ParameterizedTest(name = "a {0} work cannot receive a plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "REJECTED", "CANCELLED"})
    void refusesToAwardAPlaqueToAWorkNotApprovedNow(RegistrationStatus status) {
        String reason = status.takesReason() ? "Trùng" : null;

        assertThatThrownBy(() -> work(status, reason, null, false).withPlaqueAwarded())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("work " + ID + " is " + status + ": only an approved or completed work receives a plaque");
    }

    @Test
    void refusesASecondPlaque() {
        assertThatThrownBy(() -> work(APPROVED, null, null, true).withPlaqueAwarded())
                .isInstanceOf(IllegalStateException.class).hasMessage("work " + ID + " already carries a plaque");
    }

    @ParameterizedTest(name = "{0} → {1} allowed: {2}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyPairOfStatuses")
    void changesStatusExactlyAsTheLifecycleAllows(RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        Work work = work(from, from.takesReason() ? "Trùng" : null, from == COMPLETED ? DAY : null, false);
        Event event = event(from, from.takesReason() ? "Trùng" : null, from == COMPLETED ? DAY : null);

        if (allowed) {
            assertThat(work.withStatus(to, "Trùng", DAY).status()).isEqualTo(to);
            assertThat(event.withStatus(to, "Trùng", DAY).status()).isEqualTo(to);
        } else {
            String expected = "registration " + ID + " cannot change from " + from + " to " + to
                    + "; from " + from + " the lifecycle allows ";
            assertThatThrownBy(() -> work.withStatus(to, "Trùng", DAY)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(expected);
            assertThatThrownBy(() -> event.withStatus(to, "Trùng", DAY)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(expected);
        }
    }

    @Test
    void namesWhatAFinalStatusAllows() {
        assertThatThrownBy(() -> work(COMPLETED, null, DAY, false).withStatus(CANCELLED, "muộn", null))
                .hasMessage("registration " + ID + " cannot change from COMPLETED to CANCELLED;"
                        + " from COMPLETED the lifecycle allows no change");
    }

    @Test
    void aStatusChangeKeepsOnlyItsOwnData() {
        Work registered = work(REGISTERED, null, null, false);

        Work approved = registered.withStatus(APPROVED, "vì đẹp", DAY);
        Work completed = approved.withStatus(COMPLETED, "xong", DAY);
        Work cancelled = registered.withStatus(CANCELLED, "Thiếu kinh phí", DAY);

        assertThat(approved.statusReason()).isNull();
        assertThat(approved.actualOn()).isNull();
        assertThat(completed.statusReason()).isNull();
        assertThat(completed.actualOn()).isEqualTo(DAY);
        assertThat(cancelled.statusReason()).isEqualTo("Thiếu kinh phí");
        assertThat(cancelled.actualOn()).isNull();
    }

    @Test
    void refusesARejectionOrACompletionMissingWhatItNeeds() {
        Work registered = work(REGISTERED, null, null, false);

        assertThatThrownBy(() -> registered.withStatus(REJECTED, null, DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("is REJECTED and needs a reason");
        assertThatThrownBy(() -> registered.withStatus(APPROVED, null, null).withStatus(COMPLETED, "xong", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is COMPLETED and needs the day it took place");
    }
}
