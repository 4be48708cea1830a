package vn.campaign.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.security.TestTokens;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.SheetReport;
import vn.campaign.importer.report.WorkLine;
import vn.campaign.importer.run.ImportRunner;

/**
 * The importer reads an export back: a dry run of {@code campaign-import}'s library over the exported
 * workbook, against the server's registrations (a row's hidden system id must name a registration the
 * platform holds), finds every exported registration with its unit, name, kind, days and amount, and
 * rejects no row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportReimportIT extends EmbeddedStoreTestBase {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private ExportFixtures data;
    private ExportEndpoint admin;

    @BeforeAll
    void registerWorksAndEvents() {
        data = new ExportFixtures(platform);
        admin = ExportEndpoint.as(context, TestTokens.cityAdmin());
    }

    @Test
    void theImporterReadsEveryExportedWorkBackWithItsUnitNameDayAndAmount() {
        byte[] xlsx = admin.get(ExportController.WORKS_PATH, "campaign", "CT32-2022").getContentAsByteArray();
        int exported = ExportedSheet.read(xlsx).rows().size();

        FileReport read = dryRun("works.xlsx", xlsx);

        assertThat(read.error()).isNull();
        assertThat(read.issues()).filteredOn(i -> i.severity().name().equals("ERROR")).isEmpty();
        assertThat(read.counts().rejected()).isZero();
        assertThat(read.counts().read()).isEqualTo(exported);
        assertThat(read.works()).hasSize(exported);
        for (Work work : List.of(data.hall, data.road, data.park)) {
            WorkLine line = read.works().stream().filter(w -> w.name().equals(work.name())).findFirst().orElseThrow();
            assertThat(line.unitCode()).isEqualTo(work.unit().value());
            assertThat(line.kind()).isEqualTo(work.kind());
            assertThat(line.plannedOn()).isEqualTo(work.details().plannedOn());
            assertThat(line.investmentVnd()).isEqualTo(work.details().investment() == null ? null
                    : work.details().investment().amount());
            assertThat(line.plaqueRequested()).isEqualTo(work.details().plaqueRequested());
            assertThat(line.location()).isEqualTo(work.details().location());
            assertThat(line.fundingSource()).isEqualTo(work.details().fundingSource());
            assertThat(line.investor()).isEqualTo(work.details().investor());
        }
    }

    @Test
    void theImporterReadsEveryExportedEventBackWithItsUnitNameAndDays() {
        byte[] xlsx = admin.get(ExportController.EVENTS_PATH, "campaign", "CT32-2022").getContentAsByteArray();
        int exported = ExportedSheet.read(xlsx).rows().size();

        FileReport read = dryRun("events.xlsx", xlsx);

        assertThat(read.error()).isNull();
        assertThat(read.counts().rejected()).isZero();
        assertThat(read.counts().read()).isEqualTo(exported);
        assertThat(read.events()).hasSize(exported);
        for (Event event : List.of(data.festival, data.race)) {
            EventLine line = read.events().stream().filter(e -> e.name().equals(event.name())).findFirst()
                    .orElseThrow();
            assertThat(line.unitCode()).isEqualTo(event.unit().value());
            assertThat(line.kind()).isEqualTo(event.kind());
            assertThat(line.startsOn()).isEqualTo(event.details().startsOn());
            assertThat(line.endsOn()).isEqualTo(event.details().endsOn());
            assertThat(line.venue()).isEqualTo(event.details().venue());
        }
    }

    @Test
    void theImporterFindsTheHeaderUnderTheTitlesAndMapsEveryColumnItKnowsAndTheHiddenSystemColumnsLeavingTheRestAside() {
        byte[] xlsx = admin.get(ExportController.WORKS_PATH, "campaign", "CT32-2022").getContentAsByteArray();

        SheetReport sheet = dryRun("works.xlsx", xlsx).sheets().get(0);

        assertThat(sheet.kind()).isEqualTo("WORKS");
        assertThat(sheet.headerFirstRow()).isEqualTo(RegistrationWorkbook.HEADER_ROW + 1);
        assertThat(sheet.headerLastRow()).isEqualTo(RegistrationWorkbook.HEADER_ROW + 1);
        assertThat(sheet.columns()).extracting(c -> c.field() + "=" + c.header()).containsExactlyInAnyOrder(
                "SEQUENCE=STT", "UNIT=Đơn vị", "NAME=Tên công trình", "KIND=Loại", "PLANNED_DATE=Ngày dự kiến",
                "LOCATION=Địa điểm", "AMOUNT=Tổng kinh phí (đồng)", "FUNDING_SOURCE=Nguồn vốn", "INVESTOR=Chủ đầu tư",
                "PLAQUE=Gắn biển", "NOTES=Ghi chú", "REGISTRATION_ID=Mã hệ thống", "VERSION=Phiên bản");
        assertThat(sheet.unmappedColumns()).extracting(c -> c.header() + (c.hidden() ? " (hidden)" : ""))
                .containsExactly("Lĩnh vực", "Quy mô", "Trạng thái");
    }

    private FileReport dryRun(String fileName, byte[] xlsx) {
        ImportReport report = ImportRunner.dryRun(platform).importBytes(fileName, xlsx,
                "CT32-2022");
        assertThat(report.dryRun()).isTrue();
        return report.files().get(0);
    }
}
