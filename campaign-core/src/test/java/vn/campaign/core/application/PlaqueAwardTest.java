package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.CITY;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.stored;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;

/** "Thành phố lựa chọn và gắn biển công trình chào mừng": the city awards plaques to approved works, once. */
class PlaqueAwardTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();
    private final Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

    @ParameterizedTest(name = "a {0} work receives its plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"APPROVED", "COMPLETED"})
    void theCityAwardsAPlaqueToAnApprovedOrCompletedWork(RegistrationStatus status) {
        Registration before = Lifecycle.bringTo(platform, work, status);

        Work awarded = Fixtures.succeeded(service.awardPlaque(new AwardPlaque(work.id().value(), before.version(), CITY)));

        assertThat(awarded.plaqueAwarded()).isTrue();
        assertThat(awarded.status()).isEqualTo(status);
        assertThat(awarded.version()).isEqualTo(before.version() + 1);
        assertThat(stored(platform, work)).isEqualTo(awarded);
    }

    @ParameterizedTest(name = "a {0} work receives no plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "REJECTED", "CANCELLED"})
    void refusesAWorkThatIsNotApproved(RegistrationStatus status) {
        Registration before = Lifecycle.bringTo(platform, work, status);

        assertRefused(service.awardPlaque(new AwardPlaque(work.id().value(), before.version(), CITY)),
                RuleCode.PLAQUE_WORK_NOT_APPROVED, Severity.ERROR);
        assertThat(stored(platform, work)).isEqualTo(before);
    }

    @ParameterizedTest(name = "awarded by \"{0}\"")
    @ValueSource(strings = {TRAN_PHU, "18100", "Thành phố Hà Tĩnh", ""})
    void onlyTheCityAwardsPlaques(String awardedBy) {
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);

        assertRefused(service.awardPlaque(new AwardPlaque(work.id().value(), approved.version(), awardedBy)),
                RuleCode.PLAQUE_NOT_BY_CITY, Severity.ERROR, "awardedBy");
        assertThat(stored(platform, work)).isEqualTo(approved);
    }

    @Test
    void aWorkReceivesOnlyOnePlaque() {
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);
        Work awarded = Fixtures.succeeded(service.awardPlaque(new AwardPlaque(work.id().value(), approved.version(), CITY)));

        assertRefused(service.awardPlaque(new AwardPlaque(work.id().value(), awarded.version(), CITY)),
                RuleCode.PLAQUE_ALREADY_AWARDED, Severity.ERROR);
        assertThat(stored(platform, work)).isEqualTo(awarded);
    }

    @Test
    void refusesAnAwardBasedOnAStaleVersion() {
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);

        assertRefused(service.awardPlaque(new AwardPlaque(work.id().value(), work.version(), CITY)),
                RuleCode.CONFLICT, Severity.ERROR, "expectedVersion");
        assertThat(stored(platform, work)).isEqualTo(approved);
    }

    @Test
    void anEventReceivesNoPlaque() {
        Event festival = Fixtures.registered(platform, eventFor(TRAN_PHU));
        Registration approved = Lifecycle.bringTo(platform, festival, RegistrationStatus.APPROVED);

        assertRefused(service.awardPlaque(new AwardPlaque(festival.id().value(), approved.version(), CITY)),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
    }
}
