package vn.campaign.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.newRegistrationOf;
import static vn.campaign.core.fixture.ViolationAssertions.assertOnly;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class UnitPolicyTest {

    private final UnitPolicy policy = new UnitPolicy();
    private final WorkDetails work = aWork().build();

    @Test
    void passesAWardOfTheCity() {
        assertThat(policy.check(newRegistrationOf(Fixtures.TRAN_PHU, work))).isEmpty();
    }

    @Test
    void passesCode18103During2022WhenItIsXaDongMon() {
        assertThat(Fixtures.haTinhUnitsWithCode(Fixtures.DONG_MON)).hasSize(2);

        assertThat(policy.check(newRegistrationOf(Fixtures.DONG_MON, work))).isEmpty();
    }

    @Test
    void passesCode18103ForACampaignIn2018WhenItWasXaThachMon() {
        RegistrationCheck in2018 = new RegistrationCheck(Fixtures.campaignIn2018(), Fixtures.DONG_MON,
                Fixtures.haTinhUnitsWithCode(Fixtures.DONG_MON), aWork().plannedOn(LocalDate.of(2018, 5, 19)).build(),
                null, null);

        assertThat(policy.check(in2018)).isEmpty();
    }

    @Test
    void refusesAUnitCodeThatNeverExisted() {
        Violation v = assertOnly(policy.check(newRegistrationOf("99999", work)),
                RuleCode.UNIT_UNKNOWN, Severity.ERROR, "unitCode");
        assertThat(v.message().vi()).isEqualTo("Không có đơn vị mã 99999.");
        assertThat(v.message().en()).isEqualTo("There is no unit with code 99999.");
    }

    @Test
    void refusesAUnitMergedAwayBeforeTheCampaign() {
        RegistrationCheck check = new RegistrationCheck(Directive32.campaign(), "18106",
                List.of(Fixtures.communeMergedAwayIn2019()), work, null, null);

        Violation v = assertOnly(policy.check(check), RuleCode.UNIT_NOT_VALID, Severity.ERROR, "unitCode");
        assertThat(v.message().en()).isEqualTo("Unit 18106 does not exist during the campaign (2022-04-01..2022-06-15).");
    }

    @Test
    void refusesAUnitCreatedAfterTheCampaign() {
        RegistrationCheck check = new RegistrationCheck(Directive32.campaign(), "18200",
                List.of(Fixtures.wardCreatedIn2025()), work, null, null);

        assertOnly(policy.check(check), RuleCode.UNIT_NOT_VALID, Severity.ERROR, "unitCode");
    }

    @Test
    void passesAUnitThatExistsOnSomeDaysOfTheCampaign() {
        Unit mergedOnFirstOfMay = new Unit(new UnitCode("18106"), "Xã Thạch Đồng", UnitKind.COMMUNE,
                new UnitCode("436"), null, LocalDate.of(2022, 4, 30));
        RegistrationCheck check = new RegistrationCheck(Directive32.campaign(), "18106", List.of(mergedOnFirstOfMay),
                work, null, null);

        assertThat(policy.check(check)).isEmpty();
    }

    @Test
    void leavesABlankUnitCodeToTheRequiredFieldsRule() {
        assertThat(policy.check(newRegistrationOf(" ", work))).isEmpty();
    }
}
