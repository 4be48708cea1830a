package vn.campaign.api.live;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Schedulers;

/** The in-process feed of stored registrations that the subscriptions read. */
@Configuration(proxyBeanMethods = false)
public class LiveConfiguration {

    /** A configuration. */
    public LiveConfiguration() {
    }

    /**
     * The feed, told by the registration service of each registration it stores.
     *
     * @param bufferSize how many changes a subscriber may fall behind before it is dropped
     * @return the feed
     */
    @Bean
    RegistrationFeed registrationFeed(@Value("${campaign.live.buffer-size:256}") int bufferSize) {
        return new RegistrationFeed(bufferSize, Schedulers.boundedElastic());
    }
}
