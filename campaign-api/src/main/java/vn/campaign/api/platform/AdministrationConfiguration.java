package vn.campaign.api.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.admin.UnitAdministration;
import vn.campaign.core.application.CampaignPlatform;

/**
 * Builds the core's administration services (campaigns defined, opened and copied; units defined, renamed and
 * merged) with {@code new} over the platform's stores and audit trail.
 */
@Configuration(proxyBeanMethods = false)
public class AdministrationConfiguration {

    /**
     * The administration of campaigns.
     *
     * @param platform the platform, whose stores and audit trail it uses
     * @param clock    the clock
     * @return the service
     */
    @Bean
    CampaignAdministration campaignAdministration(CampaignPlatform platform, Clock clock) {
        return new CampaignAdministration(platform.campaigns(), platform.units(), platform.auditLog(), clock);
    }

    /**
     * The administration of units.
     *
     * @param platform the platform, whose stores and audit trail it uses
     * @param clock    the clock
     * @return the service
     */
    @Bean
    UnitAdministration unitAdministration(CampaignPlatform platform, Clock clock) {
        return new UnitAdministration(platform.units(), platform.auditLog(), clock);
    }
}
