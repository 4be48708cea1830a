package vn.campaign.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/** The seeder adds what is missing and leaves what is stored alone. */
class PlatformSeederTest {

    private static CampaignAdministration administration(InMemoryCampaigns campaigns, InMemoryUnits units) {
        return new CampaignAdministration(campaigns, units, new InMemoryAuditLog(), Clock.systemUTC());
    }

    @Test
    void storesTheDirective32CampaignAndEveryHaTinhUnitOnAnEmptyStore() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        InMemoryUnits units = new InMemoryUnits();

        PlatformSeeder.SeedReport report = new PlatformSeeder(administration(campaigns, units), units).seed();

        assertThat(report).isEqualTo(new PlatformSeeder.SeedReport(1, 0, HaTinhCity.units().size()));
        assertThat(campaigns.findByCode(Directive32.CODE)).contains(Directive32.campaign());
        assertThat(units.findAll()).containsExactlyInAnyOrderElementsOf(HaTinhCity.units());
    }

    @Test
    void addsNothingTheSecondTime() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        InMemoryUnits units = new InMemoryUnits();
        new PlatformSeeder(administration(campaigns, units), units).seed();

        PlatformSeeder.SeedReport again = new PlatformSeeder(administration(campaigns, units), units).seed();

        assertThat(again).isEqualTo(new PlatformSeeder.SeedReport(0, 0, 0));
        assertThat(units.findAll()).hasSize(HaTinhCity.units().size());
    }

    @Test
    void leavesAUnitEditedSinceTheFirstStartAsItIsAndAddsOnlyTheMissingOnes() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        InMemoryUnits units = new InMemoryUnits();
        Unit renamedCity = Unit.of("436", "Thành phố Hà Tĩnh (đã đổi tên)", UnitKind.CITY, null);
        units.save(renamedCity);

        PlatformSeeder.SeedReport report = new PlatformSeeder(administration(campaigns, units), units).seed();

        assertThat(report.unitsAdded()).isEqualTo(HaTinhCity.units().size() - 1);
        assertThat(units.findAllByCode(new UnitCode("436"))).containsExactly(renamedCity);
    }

    @Test
    void recordsTheBuiltInMergerOfAFormerCommuneStoredBeforeLineageWasKept() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        InMemoryUnits units = new InMemoryUnits();
        Unit thachMon = HaTinhCity.units().stream().filter(u -> u.name().equals("Xã Thạch Môn")).findFirst().orElseThrow();
        units.save(new Unit(thachMon.code(), thachMon.name(), thachMon.kind(), thachMon.parent(), thachMon.validFrom(),
                thachMon.validUntil()));

        new PlatformSeeder(administration(campaigns, units), units).seed();

        assertThat(units.findAllByCode(thachMon.code())).contains(thachMon);
        assertThat(thachMon.mergedInto()).isNotNull();
    }

    @Test
    void seedsWhateverCampaignsAndUnitsItIsGiven() {
        InMemoryUnits units = new InMemoryUnits();

        new PlatformSeeder(administration(new InMemoryCampaigns(), units), units, List.of(), List.of(HaTinhCity.city())).seed();

        assertThat(units.findAll()).containsExactly(HaTinhCity.city());
    }
}
