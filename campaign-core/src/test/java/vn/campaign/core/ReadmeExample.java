package vn.campaign.core;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.registration.WorkDetails;

/**
 * The embedding example the README shows, line for line between the markers; {@link ReadmeExampleTest}
 * checks that the README still holds these lines and runs them.
 */
final class ReadmeExample {

    private ReadmeExample() {
    }

    static void run(PrintStream out) {
        // README:BEGIN
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemDefaultZone()); // Directive 32 + Hà Tĩnh units
        platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070", // Phường Trần Phú
                WorkDetails.of("Khánh thành Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                        .withTaskArea(new TaskAreaCode("CULTURE"))));
        ComplianceReport report = platform.complianceService().evaluate("CT32-2022").value();
        out.println(report.compliantUnits() + " of " + report.requiredUnits() + " wards and communes comply");
        for (UnitCompliance unit : report.nonCompliant()) {
            out.println(unit.unit().name() + ": " + unit.unmet().stream()
                    .map(o -> o.obligation().code() + " " + o.status()).toList());
        }
        // README:END
    }
}
