package vn.campaign.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class ComplianceEvaluatorTest {

    private final Campaign campaign = Directive32.campaign();

    @Test
    void ignoresRegistrationsOfAnotherCampaign() {
        Work elsewhere = approvedWork(new CampaignCode("CT-2023"), Fixtures.TRAN_PHU);

        ComplianceReport report = ComplianceEvaluator.evaluate(campaign, HaTinhCity.units(), List.of(elsewhere));

        assertThat(report.campaign()).isEqualTo(Directive32.CODE);
        assertThat(report.compliantUnits()).isZero();
        assertThat(tranPhu(report).obligations()).hasSize(2).allSatisfy(r -> assertThat(r.approved()).isZero());
    }

    @Test
    void leavesOutUnitsThatDoNotExistDuringTheCampaign() {
        ComplianceReport report = ComplianceEvaluator.evaluate(campaign,
                List.of(Fixtures.communeMergedAwayIn2019(), Fixtures.wardCreatedIn2025(), HaTinhCity.city()), List.of());

        assertThat(report.units()).isEmpty();
        assertThat(report.requiredUnits()).isZero();
    }

    @Test
    void acrossTheMergerCode18103IsBoundOnceAsXaDongMonAndXaThachDongCountsUntilItMerged() {
        Campaign acrossMerger = Fixtures.campaignLikeDirective32During("TEST-2019",
                Period.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 31)));

        ComplianceReport report = ComplianceEvaluator.evaluate(acrossMerger, HaTinhCity.units(), List.of());

        assertThat(report.units()).filteredOn(u -> u.unit().code().value().equals(Fixtures.DONG_MON))
                .singleElement().satisfies(u -> assertThat(u.unit().name()).isEqualTo("Xã Đồng Môn"));
        assertThat(report.units()).extracting(u -> u.unit().name()).contains("Xã Thạch Đồng");
        assertThat(report.requiredUnits()).isEqualTo(16);
    }

    @Test
    void countsAnApprovedWorkAndAnApprovedEventOfAUnit() {
        Work work = approvedWork(Directive32.CODE, Fixtures.TRAN_PHU);
        Event event = Event.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU),
                Fixtures.event(Fixtures.LOTUS_FESTIVAL)).withStatus(RegistrationStatus.APPROVED, null, null);

        ComplianceReport report = ComplianceEvaluator.evaluate(campaign, HaTinhCity.units(),
                List.<Registration>of(work, event));

        assertThat(tranPhu(report).compliant()).isTrue();
        assertThat(report.compliantUnits()).isEqualTo(1);
        assertThat(report.nonCompliant()).hasSize(14);
    }

    @Test
    void aPartyCellIsBoundOnlyByTheOrganisationsDutyAndAWardNotByIt() {
        Unit partyCell = Unit.of("CB-TDP5-TRANPHU", "Chi bộ tổ dân phố 5 phường Trần Phú", UnitKind.PARTY_ORGANISATION,
                Fixtures.TRAN_PHU);
        List<Unit> units = new java.util.ArrayList<>(HaTinhCity.units());
        units.add(partyCell);
        Event commemoration = Event.register(Directive32.CODE, partyCell.code(), Fixtures.event(Fixtures.LOTUS_FESTIVAL))
                .withStatus(RegistrationStatus.APPROVED, null, null);

        ComplianceReport report = ComplianceEvaluator.evaluate(campaign, units, List.<Registration>of(commemoration));

        assertThat(report.requiredUnits()).isEqualTo(16);
        UnitCompliance cell = report.units().stream().filter(u -> u.unit().equals(partyCell)).findFirst().orElseThrow();
        assertThat(cell.obligations()).extracting(r -> r.obligation().code()).containsExactly("ORGANISATIONS_COMMEMORATE");
        assertThat(cell.compliant()).isTrue();
        assertThat(tranPhu(report).obligations()).extracting(r -> r.obligation().code())
                .containsExactly("WORK_REQUIRED", "EVENT_REQUIRED");
    }

    private static Work approvedWork(CampaignCode campaign, String unit) {
        return Work.register(campaign, new UnitCode(unit), Fixtures.work(Fixtures.HALL_OF_TDP_5))
                .withStatus(RegistrationStatus.APPROVED, null, null);
    }

    private static UnitCompliance tranPhu(ComplianceReport report) {
        return report.units().stream().filter(u -> u.unit().code().value().equals(Fixtures.TRAN_PHU)).findFirst()
                .orElseThrow();
    }
}
