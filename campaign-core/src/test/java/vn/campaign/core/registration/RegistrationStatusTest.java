package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.fixture.Lifecycle;

class RegistrationStatusTest {

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyPairOfStatuses")
    void canBecomeExactlyWhatTheLifecycleAllows(RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }

    @Test
    void rejectedCompletedAndCancelledAreFinal() {
        assertThat(Arrays.stream(RegistrationStatus.values()).filter(s -> s.next().isEmpty()))
                .containsExactlyInAnyOrder(RegistrationStatus.REJECTED, RegistrationStatus.COMPLETED,
                        RegistrationStatus.CANCELLED);
    }

    @Test
    void onlyRegisteredReturnedAndApprovedRegistrationsCanBeEdited() {
        assertThat(Arrays.stream(RegistrationStatus.values()).filter(RegistrationStatus::isEditable))
                .containsExactlyInAnyOrder(RegistrationStatus.REGISTERED, RegistrationStatus.RETURNED,
                        RegistrationStatus.APPROVED);
    }

    @Test
    void onlyRejectedAndCancelledRegistrationsGiveUpTheirName() {
        assertThat(Arrays.stream(RegistrationStatus.values()).filter(s -> !s.isLive()))
                .containsExactlyInAnyOrder(RegistrationStatus.REJECTED, RegistrationStatus.CANCELLED);
    }

    @Test
    void rejectedAndCancelledRegistrationsNeverCount() {
        assertThat(Arrays.stream(RegistrationStatus.values()).filter(s -> !s.counts()))
                .containsExactly(RegistrationStatus.REJECTED, RegistrationStatus.CANCELLED);
    }

    @Test
    void theLifecycleTableOfTheTestsCoversEveryStatus() {
        assertThat(Lifecycle.ALLOWED).containsOnlyKeys(RegistrationStatus.values());
    }
}
