package vn.campaign.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.campaign.BuiltInCampaign;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;

/**
 * The built-in Directive 32 campaign stored by an earlier release takes this release's definition when it has
 * changed, keeping what the office changed at run time; a campaign an administrator defined is never replaced.
 */
class BuiltInCampaignUpgradeTest {

    /** Directive 32 as an earlier release defined it: fewer task areas, a goal the directive never states. */
    static final String EARLIER_DEFINITION = """
            code: CT32-2022
            name: "Đợt thi đua cao điểm chào mừng 65 năm Ngày Bác Hồ về thăm Hà Tĩnh"
            nameEn: "Peak emulation campaign"
            directive: {number: "32-CT/Th.Uy", issuedOn: "2022-04-08", issuer: "Ban Thường vụ Thành ủy Hà Tĩnh", issuerEn: "Standing Board of the Hà Tĩnh City Party Committee"}
            organiser: "436"
            period: {from: "2022-04-01", to: "2022-06-15"}
            taskAreas:
              - {code: URBAN, name: "Chỉnh trang đô thị", nameEn: "Urban improvement"}
            targets:
              - {code: TREES, taskArea: URBAN, name: "Trồng cây xanh", nameEn: "Trees", goal: 100000, measure: cây, aggregation: SUM}
            """;

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryUnits units = new InMemoryUnits();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final CampaignAdministration administration = new CampaignAdministration(campaigns, units, audit,
            Fixtures.CLOCK);
    private final Campaign earlier = CampaignDefinitions.parse(EARLIER_DEFINITION).orThrow();

    BuiltInCampaignUpgradeTest() {
        units.saveAll(HaTinhCity.units());
    }

    @Test
    void storesTheBuiltInCampaignWithItsRevisionOnAnEmptyStore() {
        assertThat(administration.install(Directive32.builtIn())).isEqualTo(BuiltInInstall.ADDED);

        assertThat(campaigns.findStored(Directive32.CODE)).get().satisfies(s -> {
            assertThat(s.campaign()).isEqualTo(Directive32.campaign());
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.builtInRevision()).isEqualTo(Directive32.builtIn().revision()).startsWith("sha256:");
        });
        assertThat(administration.install(Directive32.builtIn())).as("a restart").isEqualTo(BuiltInInstall.CURRENT);
    }

    @Test
    void upgradesACampaignAnEarlierReleaseStoredAndClosedKeepingItsClosingAndCountingTheVersion() {
        campaigns.save(earlier);                                         // the earlier release's seeding: version 1
        campaigns.save(earlier.closedOn(LocalDate.of(2022, 6, 20)));     // closed by the office: version 2

        assertThat(administration.install(Directive32.builtIn())).isEqualTo(BuiltInInstall.UPGRADED);

        StoredCampaign upgraded = campaigns.findStored(Directive32.CODE).orElseThrow();
        assertThat(upgraded.version()).isEqualTo(3);
        assertThat(upgraded.builtInRevision()).isEqualTo(Directive32.builtIn().revision());
        assertThat(upgraded.campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(upgraded.campaign().closedOn()).isEqualTo(LocalDate.of(2022, 6, 20));
        assertThat(upgraded.campaign()).as("every field of the definition is this release's")
                .isEqualTo(Directive32.campaign().closedOn(LocalDate.of(2022, 6, 20)));
        assertThat(upgraded.campaign().target("TREES")).isEmpty();
        assertThat(audit.findByObject(Directive32.CODE.value())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.UPGRADE_CAMPAIGN);
            assertThat(e.actor()).isEqualTo("system:embedded");
            assertThat(e.before()).containsEntry("version", "2").containsEntry("status", "CLOSED")
                    .doesNotContainKey("builtInRevision");
            assertThat(e.after()).containsEntry("version", "3").containsEntry("status", "CLOSED")
                    .containsEntry("builtInRevision", Directive32.builtIn().revision())
                    .containsEntry("previousRevision", "none");
        });

        assertThat(administration.install(Directive32.builtIn())).as("a restart").isEqualTo(BuiltInInstall.CURRENT);
        assertThat(campaigns.findStored(Directive32.CODE).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void upgradesAnOpenCampaignStoredFromAnotherRevisionAndKeepsItOpen() {
        campaigns.add(new StoredCampaign(earlier, 4, null, null, BuiltInCampaign.revisionOf(EARLIER_DEFINITION, "")));

        assertThat(administration.install(Directive32.builtIn())).isEqualTo(BuiltInInstall.UPGRADED);

        StoredCampaign upgraded = campaigns.findStored(Directive32.CODE).orElseThrow();
        assertThat(upgraded.version()).isEqualTo(5);
        assertThat(upgraded.campaign()).isEqualTo(Directive32.campaign());
        assertThat(audit.findByObject(Directive32.CODE.value())).singleElement()
                .satisfies(e -> assertThat(e.after()).containsEntry("previousRevision",
                        BuiltInCampaign.revisionOf(EARLIER_DEFINITION, "")));
    }

    @Test
    void neverReplacesACampaignAnAdministratorDefinedUnderTheBuiltInCode() {
        StoredCampaign defined = new StoredCampaign(earlier, 2, EARLIER_DEFINITION, DefinitionFormat.YAML);
        campaigns.add(defined);

        assertThat(administration.install(Directive32.builtIn())).isEqualTo(BuiltInInstall.REDEFINED_KEPT);

        assertThat(campaigns.findStored(Directive32.CODE)).contains(defined);
        assertThat(audit.findByObject(Directive32.CODE.value())).isEmpty();
    }

    @Test
    void theRevisionIsAFingerprintOfTheDocumentAndItsText() {
        String revision = BuiltInCampaign.revisionOf(EARLIER_DEFINITION, "");

        assertThat(revision).matches("sha256:[0-9a-f]{64}").isEqualTo(BuiltInCampaign.revisionOf(EARLIER_DEFINITION, ""));
        assertThat(BuiltInCampaign.revisionOf(EARLIER_DEFINITION + " ", "")).isNotEqualTo(revision);
        assertThat(BuiltInCampaign.revisionOf(EARLIER_DEFINITION, "Chỉ thị")).isNotEqualTo(revision);
        assertThat(Directive32.builtIn().revision()).isNotEqualTo(revision);
    }
}
