package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;
import static vn.campaign.core.fixture.ViolationAssertions.codes;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.UnitCode;

class PlaquePolicyTest {

    private static final UnitCode THE_CITY = new UnitCode(Fixtures.CITY);

    private final PlaquePolicy policy = new PlaquePolicy();
    private final Campaign campaign = Directive32.campaign();

    @ParameterizedTest(name = "a {0} work may receive a plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"APPROVED", "COMPLETED"})
    void allowsTheCityToAwardAnApprovedOrCompletedWork(RegistrationStatus status) {
        assertThat(policy.check(campaign, Fixtures.workIn(status), THE_CITY)).isEmpty();
    }

    @ParameterizedTest(name = "a {0} work may not receive a plaque")
    @EnumSource(value = RegistrationStatus.class, names = {"REGISTERED", "REJECTED", "CANCELLED"})
    void refusesAWorkThatIsNotApproved(RegistrationStatus status) {
        Violation v = assertOnly(policy.check(campaign, Fixtures.workIn(status), THE_CITY),
                RuleCode.PLAQUE_WORK_NOT_APPROVED, Severity.ERROR);
        assertThat(v.message().en()).isEqualTo("Only an approved work can receive a plaque (current status: " + status + ").");
    }

    @Test
    void refusesAnAwardByAWard() {
        Violation v = assertOnly(policy.check(campaign, Fixtures.workIn(RegistrationStatus.APPROVED),
                new UnitCode(Fixtures.TRAN_PHU)), RuleCode.PLAQUE_NOT_BY_CITY, Severity.ERROR, "awardedBy");
        assertThat(v.message().vi()).isEqualTo("Chỉ 436 được quyết định gắn biển công trình.");
    }

    @Test
    void refusesASecondPlaque() {
        assertOnly(policy.check(campaign, Fixtures.workIn(RegistrationStatus.APPROVED).withPlaqueAwarded(), THE_CITY),
                RuleCode.PLAQUE_ALREADY_AWARDED, Severity.ERROR);
    }

    @Test
    void theOrganiserOfAnotherCampaignAwardsItsPlaques() {
        Campaign d = Directive32.campaign();
        Campaign hongLinh = d.withOrganiser(new UnitCode("437"))
                .withPeriod(Period.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 15)));

        assertThat(policy.check(hongLinh, Fixtures.workIn(RegistrationStatus.APPROVED), new UnitCode("437"))).isEmpty();
        assertOnly(policy.check(hongLinh, Fixtures.workIn(RegistrationStatus.APPROVED), THE_CITY),
                RuleCode.PLAQUE_NOT_BY_CITY, Severity.ERROR, "awardedBy");
    }

    @Test
    void reportsEveryReasonAtOnce() {
        Work awardedThenCancelled = Fixtures.workIn(RegistrationStatus.APPROVED).withPlaqueAwarded()
                .withStatus(RegistrationStatus.CANCELLED, "Thiếu kinh phí", null);

        assertThat(codes(policy.check(campaign, awardedThenCancelled, new UnitCode(Fixtures.TRAN_PHU))))
                .containsExactly("PLAQUE_NOT_BY_CITY", "PLAQUE_WORK_NOT_APPROVED", "PLAQUE_ALREADY_AWARDED");
    }
}
