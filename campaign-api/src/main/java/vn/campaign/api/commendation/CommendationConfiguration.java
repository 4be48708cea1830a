package vn.campaign.api.commendation;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.Commendations;
import vn.campaign.core.commendation.Decisions;

/** Builds the core's commendation service with {@code new} over the platform and the commendation store. */
@Configuration(proxyBeanMethods = false)
public class CommendationConfiguration {

    /** A configuration. */
    public CommendationConfiguration() {
    }

    /**
     * Proposals, their review and decisions.
     *
     * @param platform      the platform: campaigns, units, registrations
     * @param commendations the proposals' store
     * @param decisions     the decisions' store
     * @param clock         the clock
     * @return the service
     */
    @Bean
    CommendationService commendationService(CampaignPlatform platform, Commendations commendations,
            Decisions decisions, Clock clock) {
        return new CommendationService(platform.campaigns(), platform.units(), platform.registrations(),
                commendations, decisions, clock);
    }
}
