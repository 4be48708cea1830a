package vn.campaign.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.api.security.GraphQlHttp.at;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;
import vn.campaign.api.mongo.CampaignDocument;
import vn.campaign.api.mongo.CampaignMapper;
import vn.campaign.api.security.Caller;
import vn.campaign.api.security.GraphQlHttp;
import vn.campaign.api.security.SecuredEndpoint;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.StoredCampaign;

/**
 * A data file written by an earlier release holds its built-in Directive 32 in the shape that release stored:
 * key tasks citing documents as bare strings, no register of documents, no directive text, no lifecycle fields,
 * no revision. Seeding upgrades it to this release's definition, keeping the office's closing and its final
 * report, counting the version on and recording the upgrade; a second start changes nothing; a campaign an
 * administrator defined under the code is left alone.
 */
@TestPropertySource(properties = "campaign.test.store-of-its-own=builtin-upgrade")
class BuiltInCampaignUpgradeIT extends EmbeddedStoreTestBase {

    private static final String CAMPAIGN = """
            query { campaign(code: "CT32-2022") {
              status version sourceText documents { number } finalReport { closedAt } } }""";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    @Autowired
    private CampaignAdministration administration;

    /** Directive 32 as the earlier release wrote it, with its store's raw document (no lifecycle fields). */
    private void storeTheEarlierReleasesDirective32() {
        CampaignDocument current = CampaignMapper.toDocument(Directive32.campaign());
        List<CampaignDocument.TaskAreaDocument> areas = current.taskAreas().stream()
                .map(a -> new CampaignDocument.TaskAreaDocument(a.code(), a.name(), a.nameEn(), a.keyTasks().stream()
                        .map(t -> new CampaignDocument.KeyTaskDocument(t.text(), t.textEn(),
                                t.documents().isEmpty() ? List.of() : List.of("Nghị quyết 02-NQ/ThU"), null))
                        .toList(), null))
                .toList();
        CampaignDocument earlier = new CampaignDocument(current.id(), current.name(), current.nameEn(),
                new CampaignDocument.DirectiveDocument("32-CT/Th.Uy", "2022-04-08", "Ban Thường vụ Thành ủy Hà Tĩnh",
                        "Standing Board of the Hà Tĩnh City Party Committee", null, null),
                current.organiser(), current.startsOn(), current.endsOn(), current.anniversaries().stream()
                        .map(a -> new CampaignDocument.AnniversaryDocument(a.name(), a.nameEn(), a.since(),
                                a.celebratedOn(), null)).toList(),
                areas, List.of(), List.of(), List.of(), null, null, null, null, null, null, null, null, List.of(), null,
                null, null, null, null, null, null, null);
        Document raw = new Document();
        mongoTemplate().getConverter().write(earlier, raw);
        for (String absent : List.of("status", "version", "builtInRevision", "definition", "format")) {
            raw.remove(absent);
        }
        mongoTemplate().getCollection(CampaignDocument.COLLECTION).replaceOne(new Document("_id", "CT32-2022"), raw);
        assertThat(platform.campaigns().findStored(Directive32.CODE)).get().satisfies(s -> {
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.builtInRevision()).isNull();
            assertThat(s.campaign().sourceText()).isEmpty();
        });
    }

    @Test
    void upgradesTheEarlierReleasesClosedDirective32KeepingItsClosingAndFinalReport() {
        storeTheEarlierReleasesDirective32();
        Map<String, Object> closed = admin("""
                mutation { closeCampaign(input: { code: "CT32-2022", expectedVersion: 1 }) {
                  campaign { status version finalReport { closedAt } } userErrors { code } } }""");
        assertThat(at(closed, "data.closeCampaign.campaign.version")).isEqualTo(2);
        Object closedAt = at(closed, "data.closeCampaign.campaign.finalReport.closedAt");
        assertThat(closedAt).isNotNull();

        PlatformSeeder.SeedReport report = new PlatformSeeder(administration, platform.units()).seed();

        assertThat(report).isEqualTo(new PlatformSeeder.SeedReport(0, 1, 0));
        Map<String, Object> upgraded = admin(CAMPAIGN);
        assertThat(at(upgraded, "data.campaign.status")).isEqualTo("CLOSED");
        assertThat(at(upgraded, "data.campaign.version")).isEqualTo(3);
        assertThat(at(upgraded, "data.campaign.finalReport.closedAt")).as("the closing's report").isEqualTo(closedAt);
        assertThat(at(upgraded, "data.campaign.sourceText")).asString().contains("Hà Tĩnh");
        assertThat((List<?>) at(upgraded, "data.campaign.documents"))
                .hasSameSizeAs(Directive32.campaign().documents());
        StoredCampaign stored = platform.campaigns().findStored(Directive32.CODE).orElseThrow();
        assertThat(stored.builtInRevision()).isEqualTo(Directive32.builtIn().revision());
        assertThat(stored.campaign()).isEqualTo(Directive32.campaign().closedOn(stored.campaign().closedOn()));
        List<AuditEntry> trail = platform.auditLog().findByObject(Directive32.CODE.value());
        assertThat(trail).extracting(AuditEntry::action).endsWith(AuditAction.CLOSE_CAMPAIGN,
                AuditAction.UPGRADE_CAMPAIGN);
        assertThat(trail.get(trail.size() - 1).after()).containsEntry("version", "3")
                .containsEntry("status", "CLOSED").containsEntry("previousRevision", "none");

        assertThat(new PlatformSeeder(administration, platform.units()).seed()).as("the next start")
                .isEqualTo(new PlatformSeeder.SeedReport(0, 0, 0));
        assertThat(at(admin(CAMPAIGN), "data.campaign.version")).isEqualTo(3);
    }

    @Test
    void leavesADirective32AnAdministratorDefinedAlone() {
        StoredCampaign current = platform.campaigns().findStored(Directive32.CODE).orElseThrow();
        StoredCampaign defined = new StoredCampaign(current.campaign().withStatus(CampaignStatus.OPEN),
                current.version() + 1, "code: CT32-2022\n", DefinitionFormat.YAML);
        assertThat(platform.campaigns().replace(defined, current.version())).isTrue();

        assertThat(new PlatformSeeder(administration, platform.units()).seed().campaignsUpgraded()).isZero();

        assertThat(platform.campaigns().findStored(Directive32.CODE)).contains(defined);
        // Leave the store's built-in as the other test expects to find it at its start.
        assertThat(platform.campaigns().replace(new StoredCampaign(current.campaign(), defined.version() + 1, null,
                null, current.builtInRevision()), defined.version())).isTrue();
    }

    private Map<String, Object> admin(String document) {
        Map<String, Object> response = GraphQlHttp.post(SecuredEndpoint.as(context, Caller.CITY_ADMIN).client(),
                document, Map.of());
        assertThat(response.get("errors")).as("errors of %s", document).isNull();
        return response;
    }
}
