package vn.campaign.api.summary;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.report.ReportHeading;
import vn.campaign.core.report.SummaryReports;

/**
 * Builds the core's {@link SummaryReports} over the platform's stores. The heading is derived from the
 * campaign's organiser; {@code campaign.report.place} (the place before the date), {@code campaign.report.issuer}
 * (the issuing body, lines separated by {@code |}) and {@code campaign.report.number-line} replace its parts
 * when set, since the place an office writes is its own convention.
 */
@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

    /** A configuration. */
    public SummaryConfiguration() {
    }

    /**
     * The summary reports.
     *
     * @param platform   the platform, for its stores
     * @param clock      the clock that dates the reports
     * @param place      the place to write, or blank for the organiser's name
     * @param issuer     the issuing body's lines separated by {@code |}, or blank for the organiser's people's committee
     * @param numberLine the document number line, or blank for {@code Số: /BC-UBND}
     * @return the service
     */
    @Bean
    SummaryReports summaryReports(CampaignPlatform platform, Clock clock,
            @Value("${campaign.report.place:}") String place,
            @Value("${campaign.report.issuer:}") String issuer,
            @Value("${campaign.report.number-line:}") String numberLine) {
        return new SummaryReports(platform.campaigns(), platform.units(), platform.registrations(), clock, heading -> {
            ReportHeading adjusted = heading;
            if (!place.isBlank()) {
                adjusted = adjusted.withPlace(place.strip());
            }
            if (!issuer.isBlank()) {
                List<String> lines = Arrays.stream(issuer.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
                adjusted = adjusted.withIssuer(lines);
            }
            if (!numberLine.isBlank()) {
                adjusted = adjusted.withNumberLine(numberLine.strip());
            }
            return adjusted;
        });
    }
}
