package vn.campaign.api.commendation.paper;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.api.document.HeadingSettings;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.paper.CommendationPapers;

/**
 * Builds the core's {@link CommendationPapers} over the platform and the commendation service. The organiser's
 * heading takes {@code campaign.report.place} and {@code campaign.report.issuer} as the summary report does; the
 * summary's number line ({@code campaign.report.number-line}, a report's) does not apply to these papers.
 */
@Configuration(proxyBeanMethods = false)
public class CommendationPaperConfiguration {

    /** A configuration. */
    public CommendationPaperConfiguration() {
    }

    /**
     * The papers of commendation.
     *
     * @param platform      the platform: campaigns, units, registrations
     * @param commendations the commendation service
     * @param clock         the clock that dates a proposal
     * @param place         the place to write, or blank for the organiser's name
     * @param issuer        the issuing body's lines separated by {@code |}, or blank
     * @return the service
     */
    @Bean
    CommendationPapers commendationPapers(CampaignPlatform platform, CommendationService commendations, Clock clock,
            @Value("${campaign.report.place:}") String place, @Value("${campaign.report.issuer:}") String issuer) {
        return new CommendationPapers(platform.campaigns(), platform.units(), platform.registrations(), commendations,
                clock, new HeadingSettings(place, issuer, ""));
    }
}
