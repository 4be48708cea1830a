package vn.campaign.api.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform clock under a test's control: "today" for overdue registrations, compliance and the summary.
 * A test class that imports {@link Configuration} gets a context of its own whose services read this clock.
 */
public final class MovableClock extends Clock {

    /** Hà Tĩnh's time zone, the platform's. */
    public static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now = Instant.now();

    /**
     * Moves the clock to ten in the morning of a day, Hà Tĩnh time.
     *
     * @param day the day
     */
    public void setTo(LocalDate day) {
        now = day.atTime(10, 0).atZone(HA_TINH).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return HA_TINH;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Puts a {@link MovableClock} in place of the platform's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        /**
         * The clock every service of the context reads.
         *
         * @return the clock
         */
        @Bean
        @Primary
        public MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
