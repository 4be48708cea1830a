package vn.campaign.api.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.campaign.core.access.Actor;
import vn.campaign.core.admin.BuiltInInstall;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.campaign.BuiltInCampaign;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.Units;

/**
 * Stores the built-in data on first start: the Directive 32 campaign and the units of Hà Tĩnh City (the
 * city, its wards and communes, and the historical Xã Thạch Môn and Xã Thạch Đồng with their merger into Xã
 * Đồng Môn).
 *
 * <p>Idempotent: what is already stored is left as it is — a campaign by its code, a unit by its code and
 * first day of validity — so a restart never duplicates anything. Two exceptions. A built-in campaign stored by an
 * earlier release whose built-in definition has changed since is upgraded to this release's definition, keeping
 * its status and closing ({@link CampaignAdministration#install}: told by the definition's revision, recorded in
 * the audit trail; a campaign an administrator defined under the same code is never touched). And lineage:
 * a stored built-in unit that ends on the built-in day but does not yet record the unit it merged into (a
 * store seeded before lineage was kept) gets it. Each unit is saved by its
 * (code, first day) key, which the store keeps unique, so two instances starting together cannot
 * duplicate a unit either.
 */
public final class PlatformSeeder {

    private final CampaignAdministration campaigns;
    private final Units units;
    private final List<BuiltInCampaign> builtInCampaigns;
    private final List<Unit> builtInUnits;

    /**
     * A seeder of the built-in Directive 32 campaign and Hà Tĩnh City units.
     *
     * @param campaigns the administration of campaigns, over the store and the audit trail
     * @param units     the units store
     */
    public PlatformSeeder(CampaignAdministration campaigns, Units units) {
        this(campaigns, units, List.of(Directive32.builtIn()), HaTinhCity.units());
    }

    /**
     * A seeder of some campaigns and units.
     *
     * @param campaigns        the administration of campaigns, over the store and the audit trail
     * @param units            the units store
     * @param builtInCampaigns the campaigns to store when absent, or to upgrade when their definition changed
     * @param builtInUnits     the units to store when absent
     */
    public PlatformSeeder(CampaignAdministration campaigns, Units units, List<BuiltInCampaign> builtInCampaigns,
            List<Unit> builtInUnits) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns").as(Actor.system("seeder"));
        this.units = Objects.requireNonNull(units, "units");
        this.builtInCampaigns = List.copyOf(builtInCampaigns);
        this.builtInUnits = List.copyOf(builtInUnits);
    }

    /**
     * Stores whatever built-in campaign or unit is missing, and upgrades a built-in campaign whose definition
     * changed.
     *
     * @return what was added and upgraded
     */
    public SeedReport seed() {
        int campaignsAdded = 0;
        int campaignsUpgraded = 0;
        for (BuiltInCampaign campaign : builtInCampaigns) {
            BuiltInInstall done = campaigns.install(campaign);
            campaignsAdded += done == BuiltInInstall.ADDED ? 1 : 0;
            campaignsUpgraded += done == BuiltInInstall.UPGRADED ? 1 : 0;
        }
        Set<UnitPosition> stored = new HashSet<>();
        units.findAll().forEach(u -> stored.add(UnitPosition.of(u)));
        List<Unit> missing = builtInUnits.stream().filter(u -> !stored.contains(UnitPosition.of(u))).toList();
        units.saveAll(missing);
        units.saveAll(lineageToRecord());
        return new SeedReport(campaignsAdded, campaignsUpgraded, missing.size());
    }

    /** The stored built-in units that merged into another, as built in, where the store lacks the merger. */
    private List<Unit> lineageToRecord() {
        List<Unit> merged = builtInUnits.stream().filter(u -> u.mergedInto() != null).toList();
        if (merged.isEmpty()) {
            return List.of();
        }
        List<Unit> stored = units.findAll();
        return merged.stream().filter(builtIn -> stored.stream().anyMatch(s -> UnitPosition.of(s).equals(
                UnitPosition.of(builtIn)) && s.mergedInto() == null && Objects.equals(s.validUntil(),
                        builtIn.validUntil()))).toList();
    }

    /**
     * What a seeding did.
     *
     * @param campaignsAdded    how many campaigns were stored
     * @param campaignsUpgraded how many stored built-in campaigns took a changed built-in definition
     * @param unitsAdded        how many units were stored
     */
    public record SeedReport(int campaignsAdded, int campaignsUpgraded, int unitsAdded) {

        /**
         * Validates the counts.
         *
         * @param campaignsAdded    how many campaigns were stored
         * @param campaignsUpgraded how many stored built-in campaigns took a changed built-in definition
         * @param unitsAdded        how many units were stored
         */
        public SeedReport {
            if (campaignsAdded < 0 || campaignsUpgraded < 0 || unitsAdded < 0) {
                throw new IllegalArgumentException("counts must not be negative, got " + campaignsAdded + ", "
                        + campaignsUpgraded + " and " + unitsAdded);
            }
        }
    }
}
