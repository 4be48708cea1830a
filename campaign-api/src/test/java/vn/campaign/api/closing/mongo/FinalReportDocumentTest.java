package vn.campaign.api.closing.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.closing.FinalReport;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.statistics.StatusCount;

class FinalReportDocumentTest {

    @Test
    void mapsAFinalReportBackUnchangedUnderAnIdOfTheCampaignAndVersion() {
        FinalReport report = new FinalReport(new CampaignCode("CT32-2022"), 5, Instant.parse("2022-06-16T03:00:00Z"),
                "admin@hatinh", LocalDate.of(2022, 6, 16),
                List.of(new FinalReport.UnitLine("18070", "Phường Trần Phú", false,
                        List.of(new FinalReport.ObligationLine("WARD_WORK", ObligationStatus.PENDING, 0, 1, 1)))),
                List.of(new StatusCount(RegistrationStatus.COMPLETED, 3), new StatusCount(RegistrationStatus.APPROVED, 1)),
                List.of(new StatusCount(RegistrationStatus.COMPLETED, 2)), 1_250_000_000L, 2,
                List.of(new FinalReport.TargetLine("T1", "Cây xanh", new BigDecimal("1000"), new BigDecimal("1200.5"),
                        true)));

        FinalReportDocument document = FinalReportDocument.of(report);

        assertThat(document.id()).isEqualTo("CT32-2022@5");
        assertThat(document.toReport()).isEqualTo(report);
    }
}
