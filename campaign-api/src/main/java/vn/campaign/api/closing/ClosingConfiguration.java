package vn.campaign.api.closing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.closing.CampaignClosing;
import vn.campaign.core.closing.FinalReports;

/** Builds the core's closing service with {@code new} over the platform and the final reports' store. */
@Configuration(proxyBeanMethods = false)
public class ClosingConfiguration {

    /** A configuration. */
    public ClosingConfiguration() {
    }

    /**
     * Closing and reopening campaigns.
     *
     * @param platform the platform: campaigns, statistics, progress reports, audit trail
     * @param reports  where final reports are kept
     * @param clock    the clock
     * @return the service
     */
    @Bean
    CampaignClosing campaignClosing(CampaignPlatform platform, FinalReports reports, Clock clock) {
        return new CampaignClosing(platform, reports, clock);
    }
}
