package vn.campaign.api.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.report.SummaryReport;
import vn.campaign.core.report.SummaryReports;

/** The heading's parts that configuration may replace, on the in-memory platform. */
class SummaryConfigurationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-04T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void withoutSettingsTheHeadingIsTheOrganisersPeoplesCommitteeDatedInHaTinh() {
        SummaryReport report = reports("", "", "").of("CT32-2022").orElseThrow();

        assertThat(report.heading()).isEqualTo(ReportHeading.ofPeoplesCommittee("Thành phố Hà Tĩnh"));
        assertThat(report.placeAndDate()).as("03:00 on 5 June in Hà Tĩnh").isEqualTo(
                "Thành phố Hà Tĩnh, ngày 05 tháng 6 năm 2022");
    }

    @Test
    void settingsReplaceThePlaceTheIssuerAndTheNumberLine() {
        SummaryReport report = reports(" Hà Tĩnh ", "UBND THÀNH PHỐ HÀ TĨNH | VĂN PHÒNG", "Số: 12/BC-VP")
                .of("CT32-2022").orElseThrow();

        assertThat(report.placeAndDate()).isEqualTo("Hà Tĩnh, ngày 05 tháng 6 năm 2022");
        assertThat(report.heading().issuerLines()).containsExactly("UBND THÀNH PHỐ HÀ TĨNH", "VĂN PHÒNG");
        assertThat(report.heading().numberLine()).isEqualTo("Số: 12/BC-VP");
        assertThat(report.heading().signerAuthority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void anUnknownCampaignHasNoReport() {
        assertThat(reports("", "", "").of("NO-SUCH")).isEmpty();
        assertThat(reports("", "", "").of("not a code!")).isEmpty();
    }

    private static SummaryReports reports(String place, String issuer, String numberLine) {
        return new SummaryConfiguration().summaryReports(CampaignPlatform.inMemory(CLOCK), CLOCK, place, issuer,
                numberLine);
    }
}
