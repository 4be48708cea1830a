package vn.campaign.api.evidence;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.campaign.core.application.CampaignPlatform;

/** Builds the evidence service over the platform's registrations and the evidence store. */
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    /** A configuration. */
    public EvidenceConfiguration() {
    }

    /**
     * The evidence service.
     *
     * @param platform the platform, for its registrations and campaigns
     * @param store    the evidence store
     * @param limits   the size limits
     * @param clock    the clock that dates uploads
     * @return the service
     */
    @Bean
    EvidenceService evidenceService(CampaignPlatform platform, EvidenceStore store, EvidenceProperties limits,
            Clock clock) {
        return new EvidenceService(platform.registrations(), store, new FileInspector(ArchiveLimits.EVIDENCE), limits,
                clock, platform.campaigns());
    }
}
