package vn.campaign.api.plaque;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.plaque.PlaqueLinks;
import vn.campaign.core.plaque.PlaqueRegister;

/** Builds the core's plaque register with {@code new} over the platform and the links' store. */
@Configuration(proxyBeanMethods = false)
public class PlaqueConfiguration {

    /** A configuration. */
    public PlaqueConfiguration() {
    }

    /**
     * The plaque register: links the campaign's plaque works to registered works, awarding plaques through the
     * platform's registration service (the one write path of works, which publishes their changes).
     *
     * @param platform the platform: campaigns, registrations, the registration service and the audit trail
     * @param links    the links' store
     * @param clock    the clock
     * @return the register
     */
    @Bean
    PlaqueRegister plaqueRegister(CampaignPlatform platform, PlaqueLinks links, Clock clock) {
        return new PlaqueRegister(platform.campaigns(), platform.registrations(), links,
                platform.registrationService(), platform.auditLog(), clock);
    }
}
