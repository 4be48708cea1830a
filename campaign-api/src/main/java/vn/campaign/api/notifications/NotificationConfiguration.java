package vn.campaign.api.notifications;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.campaign.core.application.CampaignPlatform;

/** The notification service, told of stored registrations, and its daily reminder run. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationEmailProperties.class)
@EnableScheduling
public class NotificationConfiguration {

    /** A configuration. */
    public NotificationConfiguration() {
    }

    /**
     * The service, one of the platform's listeners (found when a registration is stored, so no cycle).
     *
     * @param store    the store
     * @param platform the core's services
     * @param clock    the platform clock
     * @param mail     the mail sender, when {@code spring.mail.host} is set
     * @param email    the addresses
     * @return the service
     */
    @Bean
    NotificationService notificationService(Notifications store, CampaignPlatform platform, Clock clock,
            ObjectProvider<JavaMailSender> mail, NotificationEmailProperties email) {
        return new NotificationService(store, platform, clock, mail.getIfAvailable(), email);
    }

    /**
     * Runs the reminders daily.
     *
     * @param service the service
     * @return the job
     */
    @Bean
    ReminderJob reminderJob(NotificationService service) {
        return new ReminderJob(service);
    }

    /** The daily reminder run, at 07:00 Hà Tĩnh time ({@code campaign.notifications.reminder-cron}). */
    public static final class ReminderJob {
        private final NotificationService service;

        ReminderJob(NotificationService service) {
            this.service = service;
        }

        /** Sends the day's reminders; each is sent once, so a second run in a day sends nothing. */
        @Scheduled(cron = "${campaign.notifications.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
        public void run() {
            service.remind();
        }
    }
}
