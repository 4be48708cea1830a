package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.api.audit.mongo.MongoAuditLog;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.UnitCode;

/** The campaigns and progress reports adapters against a real store. */
class MongoCampaignsAndProgressIT {

    private static MongoFixture fixture;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @Test
    void storesTheDirective32CampaignAndReadsItBackEqualByCodeAndInBatch() {
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        campaigns.save(Directive32.campaign());
        campaigns.save(Directive32.campaign());

        assertThat(campaigns.findByCode(Directive32.CODE)).contains(Directive32.campaign());
        assertThat(campaigns.findByCodes(List.of(Directive32.CODE, new CampaignCode("NONE"))))
                .containsExactly(Directive32.campaign());
        assertThat(campaigns.findByCode(new CampaignCode("NONE"))).isEmpty();
    }

    @Test
    void addsAndReplacesWithAnAuditEntryInTheSameWriteAndStoresTheSameCampaignAsWithout() {
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        Campaign draft = Directive32.campaign().copyAs(new CampaignCode("CAU-2023"), "Thử", "Test",
                Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15)));
        StoredCampaign first = StoredCampaign.first(draft);
        AuditEntry entry = new AuditEntry(Instant.parse("2023-01-01T00:00:00Z"), "test", AuditAction.COPY_CAMPAIGN,
                "Campaign", "CAU-2023", null, Map.of("version", "1"));

        assertThat(campaigns.add(first, entry)).isTrue();
        assertThat(campaigns.add(first, entry)).as("the code is taken").isFalse();
        assertThat(campaigns.findStored(draft.code())).contains(first);
        StoredCampaign opened = first.next(draft.withStatus(CampaignStatus.OPEN));
        assertThat(campaigns.replace(opened, 2, entry)).as("a stale version").isFalse();
        assertThat(campaigns.replace(opened, 1, entry)).isTrue();
        assertThat(campaigns.findStored(draft.code())).contains(opened);
        assertThat(campaigns.findByCode(draft.code())).contains(opened.campaign());
        assertThat(new MongoAuditLog(fixture.template()).findByObject("CAU-2023")).hasSize(2);
    }

    @Test
    void addsACodeOnceAndReplacesOnlyTheVersionRead() {
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        Campaign draft = Directive32.campaign().copyAs(new CampaignCode("CAS-2023"), "Thử", "Test",
                Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 15)));
        StoredCampaign first = StoredCampaign.first(draft);

        assertThat(campaigns.add(first)).isTrue();
        assertThat(campaigns.add(first)).as("the code is taken").isFalse();
        StoredCampaign opened = first.next(draft.withStatus(CampaignStatus.OPEN));
        assertThat(campaigns.replace(opened, 2)).as("a stale version").isFalse();
        assertThat(campaigns.replace(opened, 1)).isTrue();
        assertThat(campaigns.replace(opened, 1)).as("version 1 is gone").isFalse();
        assertThat(campaigns.findStored(draft.code())).contains(opened);
        assertThat(campaigns.versions(List.of(draft.code(), new CampaignCode("NONE")))).isEqualTo(Map.of(draft.code(), 2L));
    }

    @Test
    void listsCampaignsNewestPeriodFirst() {
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        Campaign later = CampaignDefinitions.parse("""
                code: LATER-2023
                name: Đợt sau
                nameEn: A later campaign
                directive: {number: "1-CT", issuedOn: "2023-01-01", issuer: Thành ủy, issuerEn: City committee}
                organiser: "436"
                period: {from: "2023-01-01", to: "2023-03-01"}
                taskAreas: [{code: URBAN, name: Đô thị, nameEn: Urban}]
                """).orThrow();
        campaigns.save(Directive32.campaign());
        campaigns.save(later);

        assertThat(campaigns.findAll()).extracting(c -> c.code().value()).containsExactly("LATER-2023", "CT32-2022");
    }

    @Test
    void keepsProgressReportsOfACampaignInTheOrderRecorded() {
        MongoProgressReports reports = new MongoProgressReports(fixture.template());
        ProgressReport second = report("URBAN_TREES", "2022-05-02T00:00:00.5Z", "300");
        ProgressReport first = report("URBAN_TREES", "2022-05-02T00:00:00Z", "200.25");
        reports.add(second);
        reports.add(first);

        assertThat(reports.findByCampaign(Directive32.CODE)).containsExactly(first, second);
        assertThat(reports.findByCampaign(new CampaignCode("NONE"))).isEmpty();
    }

    private static ProgressReport report(String target, String recordedAt, String value) {
        return new ProgressReport(Directive32.CODE, target, new UnitCode("18070"), LocalDate.of(2022, 5, 1),
                new BigDecimal(value), null, Instant.parse(recordedAt));
    }
}
