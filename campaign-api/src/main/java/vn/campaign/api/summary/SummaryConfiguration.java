package vn.campaign.api.summary;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.api.document.HeadingSettings;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.closing.FinalReports;
import vn.campaign.core.report.FinalSummaries;
import vn.campaign.core.report.SummaryReports;

/**
 * Builds the core's {@link SummaryReports} over the platform's stores. The heading is derived from the
 * campaign's organiser; {@code campaign.report.place}, {@code campaign.report.issuer} and
 * {@code campaign.report.number-line} replace its parts when set ({@link HeadingSettings}).
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
        return new SummaryReports(platform.campaigns(), platform.units(), platform.registrations(), clock,
                new HeadingSettings(place, issuer, numberLine));
    }

    /**
     * The summaries of closed campaigns, from their final reports.
     *
     * @param platform the platform, for its campaigns and units
     * @param reports  the final reports
     * @param place    the place to write, or blank for the organiser's name
     * @param issuer   the issuing body's lines separated by {@code |}, or blank
     * @param numberLine the document number line, or blank for {@code Số: /BC-UBND}
     * @return the service
     */
    @Bean
    FinalSummaries finalSummaries(CampaignPlatform platform, FinalReports reports,
            @Value("${campaign.report.place:}") String place,
            @Value("${campaign.report.issuer:}") String issuer,
            @Value("${campaign.report.number-line:}") String numberLine) {
        return new FinalSummaries(platform.campaigns(), platform.units(), reports,
                new HeadingSettings(place, issuer, numberLine));
    }
}
