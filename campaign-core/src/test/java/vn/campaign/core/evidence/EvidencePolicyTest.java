package vn.campaign.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/** Who may attach, remove and read evidence, and when. */
class EvidencePolicyTest {

    private static final Actor CITY = new Actor.User("admin", Role.CITY_ADMIN, null);
    private static final Actor OFFICER = new Actor.User("officer.tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));
    private static final Actor COLLEAGUE = new Actor.User("colleague.tranphu", Role.UNIT_OFFICER,
            new UnitCode(TRAN_PHU));
    private static final Actor OTHER_UNIT = new Actor.User("officer.namha", Role.UNIT_OFFICER, new UnitCode("18073"));
    private static final Actor VIEWER = new Actor.User("viewer", Role.VIEWER, null);

    private final Work registered = Fixtures.workIn(RegistrationStatus.REGISTERED);

    @Test
    void theUnitsOfficersAndTheCityMayAttach() {
        assertThat(EvidencePolicy.attach(OFFICER, registered)).isEmpty();
        assertThat(EvidencePolicy.attach(CITY, registered)).isEmpty();
    }

    @Test
    void anotherUnitAViewerAndAnAnonymousCallerMayNotAttach() {
        assertThat(codes(EvidencePolicy.attach(OTHER_UNIT, registered))).containsExactly("FORBIDDEN");
        assertThat(codes(EvidencePolicy.attach(VIEWER, registered))).containsExactly("FORBIDDEN");
        assertThat(codes(EvidencePolicy.attach(Actor.anonymous(), registered))).containsExactly("UNAUTHORIZED");
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"COMPLETED", "REJECTED", "CANCELLED"})
    void nothingIsAttachedToOrRemovedFromAClosedRegistration(RegistrationStatus closed) {
        Work work = Fixtures.workIn(closed);

        assertThat(codes(EvidencePolicy.attach(CITY, work))).containsExactly("EVIDENCE_LOCKED");
        assertThat(codes(EvidencePolicy.remove(CITY, work, "admin"))).containsExactly("EVIDENCE_LOCKED");
    }

    @Test
    void theUploaderAndTheCityMayRemoveButNotAColleague() {
        assertThat(EvidencePolicy.remove(OFFICER, registered, OFFICER.subject())).isEmpty();
        assertThat(EvidencePolicy.remove(CITY, registered, OFFICER.subject())).isEmpty();
        assertThat(codes(EvidencePolicy.remove(COLLEAGUE, registered, OFFICER.subject()))).containsExactly("FORBIDDEN");
        assertThat(codes(EvidencePolicy.remove(VIEWER, registered, OFFICER.subject()))).containsExactly("FORBIDDEN");
    }

    @Test
    void evidenceIsReadWithItsRegistration() {
        Work approved = Fixtures.workIn(RegistrationStatus.APPROVED);

        assertThat(EvidencePolicy.canRead(Actor.anonymous(), registered)).isFalse();
        assertThat(EvidencePolicy.canRead(Actor.anonymous(), approved)).isTrue();
        assertThat(EvidencePolicy.canRead(OTHER_UNIT, registered)).isFalse();
        assertThat(EvidencePolicy.canRead(OFFICER, registered)).isTrue();
        assertThat(EvidencePolicy.canRead(VIEWER, registered)).isTrue();
    }
}
