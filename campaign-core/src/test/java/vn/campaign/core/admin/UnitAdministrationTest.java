package vn.campaign.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.Succession;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

class UnitAdministrationTest {

    static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);
    static final LocalDate MERGER = LocalDate.of(2022, 5, 1);

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryUnits units = new InMemoryUnits();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CampaignPlatform platform = new CampaignPlatform(campaigns, units, new InMemoryRegistrations(),
            new InMemoryProgressReports(), audit, Fixtures.CLOCK);
    private final UnitAdministration admin = new UnitAdministration(units, audit, Fixtures.CLOCK).as(ADMIN);

    UnitAdministrationTest() {
        campaigns.save(vn.campaign.core.campaign.Directive32.campaign());
        units.saveAll(HaTinhCity.units());
    }

    @Test
    void theSeededHistoryHasXaThachMonAndXaThachDongMergedIntoXaDongMonOnNewYear2020() {
        Unit dongMon = units.findByCode(new UnitCode("18103"), LocalDate.of(2020, 1, 1)).orElseThrow();

        assertThat(dongMon.name()).isEqualTo("Xã Đồng Môn");
        assertThat(units.findMergedInto(dongMon)).extracting(Unit::name, Unit::validUntil)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Xã Thạch Môn", LocalDate.of(2019, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("Xã Thạch Đồng", LocalDate.of(2019, 12, 31)));
        assertThat(units.findAllByCode(HaTinhCity.THACH_DONG)).singleElement().extracting(Unit::mergedInto)
                .isEqualTo(new Succession(new UnitCode("18103"), "Xã Đồng Môn", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void registeringForAFormerCommuneNamesItsSuccessor() {
        Violation v = assertRefused(platform.registrationService().registerWork(Fixtures.workFor("18106")),
                RuleCode.UNIT_MERGED, Severity.ERROR, "unitCode");

        assertThat(v.message().en()).isEqualTo("Xã Thạch Đồng merged into Xã Đồng Môn on 01/01/2020.");
        assertThat(v.message().vi()).isEqualTo("Xã Thạch Đồng đã sáp nhập vào Xã Đồng Môn từ ngày 01/01/2020.");
    }

    @Test
    void addsAnOrganisationUnderItsParentAndRecordsIt() {
        Unit cell = Fixtures.succeeded(admin.define(new DefineUnit("18070-CB-TDP5", "Chi bộ tổ dân phố 5",
                UnitKind.PARTY_ORGANISATION, Fixtures.TRAN_PHU, null)));

        assertThat(cell.parent()).isEqualTo(new UnitCode(Fixtures.TRAN_PHU));
        assertThat(units.findAllByCode(new UnitCode("18070-CB-TDP5"))).containsExactly(cell);
        assertThat(audit.findByObject("18070-CB-TDP5@")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DEFINE_UNIT);
            assertThat(e.after()).containsEntry("parent", "18070").containsEntry("kind", "PARTY_ORGANISATION");
        });
    }

    @Test
    void refusesAnOrganisationWithoutParentAnUnknownParentAndATakenCode() {
        assertRefused(admin.define(new DefineUnit("X-1", "Công ty X", UnitKind.ENTERPRISE, null, null)),
                RuleCode.REQUIRED, Severity.ERROR, "parentCode");
        assertRefused(admin.define(new DefineUnit("X-1", "Công ty X", UnitKind.ENTERPRISE, "99999", null)),
                RuleCode.UNIT_NOT_VALID_ON, Severity.ERROR, "parentCode");
        assertRefused(admin.define(new DefineUnit(Fixtures.TRAN_PHU, "Phường Mới", UnitKind.WARD, "436", null)),
                RuleCode.UNIT_CODE_TAKEN, Severity.ERROR, "code");
        assertThat(units.findAllByCode(new UnitCode("X-1"))).isEmpty();
    }

    @Test
    void renamesTheUnitValidOnTheDayAndKeepsTheFormerNameInTheTrail() {
        Unit renamed = Fixtures.succeeded(admin.rename(new RenameUnit("18103", "Xã Đồng Môn mới", null)));

        assertThat(renamed.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(units.findAllByCode(new UnitCode("18103"))).extracting(Unit::name)
                .containsExactly("Xã Thạch Môn", "Xã Đồng Môn mới");
        assertThat(audit.findByObject("18103@2020-01-01")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RENAME_UNIT);
            assertThat(e.before()).containsEntry("name", "Xã Đồng Môn");
            assertThat(e.after()).containsEntry("name", "Xã Đồng Môn mới");
        });
    }

    @Test
    void aMergerDuringACampaignKeepsEarlierRegistrationsWithTheFormerUnitAndRefusesLaterOnesNamingTheSuccessor() {
        Unit into = Fixtures.succeeded(admin.merge(new MergeUnits(List.of(Fixtures.BAC_HA), Fixtures.TRAN_PHU, MERGER)));

        assertThat(into.code()).isEqualTo(new UnitCode(Fixtures.TRAN_PHU));
        Unit bacHa = units.findAllByCode(new UnitCode(Fixtures.BAC_HA)).get(0);
        assertThat(bacHa.validUntil()).isEqualTo(MERGER.minusDays(1));
        assertThat(bacHa.mergedInto()).isEqualTo(new Succession(into.code(), "Phường Trần Phú", MERGER));
        assertThat(units.findMergedInto(into)).containsExactly(bacHa);
        assertThat(audit.findByObject("18076@")).singleElement().extracting(e -> e.action())
                .isEqualTo(AuditAction.MERGE_UNIT);

        Fixtures.succeeded(platform.registrationService().registerWork(new RegisterWork(Fixtures.CAMPAIGN,
                Fixtures.BAC_HA, Fixtures.aWork().named("Khởi công chợ Bắc Hà").plannedOn(MERGER.minusDays(1)).build())));
        Violation v = assertRefused(platform.registrationService().registerWork(new RegisterWork(Fixtures.CAMPAIGN,
                Fixtures.BAC_HA, Fixtures.aWork().named("Khánh thành chợ Bắc Hà").plannedOn(MERGER).build())),
                RuleCode.UNIT_MERGED, Severity.ERROR, "unitCode");
        assertThat(v.message().en()).isEqualTo("Phường Bắc Hà merged into Phường Trần Phú on 01/05/2022.");
        Fixtures.succeeded(platform.registrationService().registerWork(new RegisterWork(Fixtures.CAMPAIGN,
                Fixtures.TRAN_PHU, Fixtures.aWork().named("Khánh thành chợ Bắc Hà").plannedOn(MERGER).build())));
    }

    @Test
    void refusesAMergerOfUnknownUnitsIntoItselfOrIntoNothing() {
        assertRefused(admin.merge(new MergeUnits(List.of("99999"), Fixtures.TRAN_PHU, MERGER)),
                RuleCode.UNIT_NOT_VALID_ON, Severity.ERROR, "from", "0");
        assertRefused(admin.merge(new MergeUnits(List.of(Fixtures.TRAN_PHU), Fixtures.TRAN_PHU, MERGER)),
                RuleCode.MERGE_INTO_ITSELF, Severity.ERROR, "from", "0");
        assertRefused(admin.merge(new MergeUnits(List.of(Fixtures.BAC_HA), "99999", MERGER)),
                RuleCode.UNIT_NOT_VALID_ON, Severity.ERROR, "into");
        assertThat(units.findAllByCode(new UnitCode(Fixtures.BAC_HA))).singleElement()
                .satisfies(u -> assertThat(u.validUntil()).isNull());
    }

    @Test
    void onlyACityAdministratorAdministersUnits() {
        UnitAdministration officer = admin.as(new Actor.User("o", Role.UNIT_OFFICER, new UnitCode(Fixtures.TRAN_PHU)));

        assertRefused(officer.define(new DefineUnit("18070-X", "Chi bộ X", UnitKind.PARTY_ORGANISATION,
                Fixtures.TRAN_PHU, null)), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(officer.rename(new RenameUnit(Fixtures.TRAN_PHU, "X", null)), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(officer.merge(new MergeUnits(List.of(Fixtures.BAC_HA), Fixtures.TRAN_PHU, MERGER)),
                RuleCode.FORBIDDEN, Severity.ERROR);
        assertThat(audit.findByObject("18076@")).isEmpty();
    }
}
