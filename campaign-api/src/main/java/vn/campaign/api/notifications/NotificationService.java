package vn.campaign.api.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegistrationEvents;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.compliance.ObligationResult;
import vn.campaign.core.compliance.ObligationStatus;
import vn.campaign.core.compliance.UnitCompliance;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/**
 * Writes the notifications: told by the registration service of each stored write, it notes a status change
 * in the unit's inbox (a completion in the city's too); {@link #remind()} notes, in the days before a campaign's
 * registration deadline, each obligation a unit still misses, and each registration that became overdue. Each
 * new notification is offered to the live
 * subscribers and e-mailed to the unit's configured address, when mail is set up.
 */
public final class NotificationService implements RegistrationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final Notifications store;
    private final CampaignPlatform platform;
    private final Clock clock;
    private final @Nullable JavaMailSender mail;
    private final NotificationEmailProperties email;
    private final Sinks.Many<Notification> added = Sinks.many().multicast().directBestEffort();

    /**
     * A service.
     *
     * @param store    the notifications store
     * @param platform the core's services, for campaigns and compliance
     * @param clock    the platform clock: "today" for reminders
     * @param mail     the mail sender, or {@code null} when no mail server is configured
     * @param email    the addresses per unit
     */
    public NotificationService(Notifications store, CampaignPlatform platform, Clock clock,
            @Nullable JavaMailSender mail, NotificationEmailProperties email) {
        this.store = Objects.requireNonNull(store, "store");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mail = mail;
        this.email = Objects.requireNonNull(email, "email");
    }

    @Override
    public void stored(StoredChange change) {
        if (!change.statusChanged()) {
            return;
        }
        Registration after = change.after();
        String what = after instanceof Work ? "Công trình" : "Sự kiện";
        String whatEn = after instanceof Work ? "Work" : "Event";
        String status = after.status().name();
        String title = what + " \"" + after.name() + "\": " + statusVi(after.status());
        String titleEn = whatEn + " \"" + after.name() + "\": " + status.toLowerCase(Locale.ROOT);
        add(new Notification(UUID.randomUUID().toString(), Inbox.of(after.unit()), Notification.Kind.STATUS_CHANGED,
                title, titleEn, after.id().value(), clock.instant(), false));
        if (after.status() == RegistrationStatus.COMPLETED) {
            add(new Notification(UUID.randomUUID().toString(), Inbox.CITY, Notification.Kind.STATUS_CHANGED,
                    title + " (" + after.unit().value() + ")", titleEn + " (" + after.unit().value() + ")",
                    after.id().value(), clock.instant(), false));
        }
    }

    /**
     * Notes a reminder for each obligation a unit still misses, for each campaign whose registration deadline is
     * at most its {@code reminderDays} away (deadline day included), and each registration that became overdue
     * (once per registration). Each reminder is written once per unit,
     * obligation and day, however often this runs: the scheduler calls it daily, a test directly.
     *
     * @return how many reminders were new
     */
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Campaign campaign : platform.campaigns().findAll()) {
            sent += overdue(campaign, today);
            LocalDate deadline = campaign.registrationDeadline();
            if (today.isAfter(deadline) || today.isBefore(deadline.minusDays(campaign.reminderDays()))) {
                continue;
            }
            ComplianceReport report = platform.complianceService().evaluate(campaign.code().value()).value();
            for (UnitCompliance unit : report.nonCompliant()) {
                for (ObligationResult result : unit.unmet()) {
                    if (result.status() != ObligationStatus.MISSING) {
                        continue;
                    }
                    String key = "reminder:" + campaign.code().value() + ":" + unit.unit().code().value() + ":"
                            + result.obligation().code() + ":" + today;
                    boolean added = add(new Notification(key, Inbox.of(unit.unit().code()), Notification.Kind.REMINDER,
                            "Nhắc: còn thiếu \"" + result.obligation().name() + "\"; hạn đăng ký " + deadline,
                            "Reminder: \"" + result.obligation().nameEn() + "\" is still missing; registration deadline "
                                    + deadline, null, clock.instant(), false));
                    if (added) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    /** One notification per overdue registration, in its unit's inbox, the first day it is overdue. */
    private int overdue(Campaign campaign, LocalDate today) {
        int sent = 0;
        for (Registration registration : platform.registrations().findByCampaign(campaign.code())) {
            if (!registration.isOverdueOn(today)) {
                continue;
            }
            String what = registration instanceof Work ? "Công trình" : "Sự kiện";
            String whatEn = registration instanceof Work ? "Work" : "Event";
            boolean added = add(new Notification("overdue:" + registration.id().value(), Inbox.of(registration.unit()),
                    Notification.Kind.OVERDUE,
                    what + " \"" + registration.name() + "\" đã quá hạn " + registration.dueDay()
                            + " mà chưa ghi nhận hoàn thành",
                    whatEn + " \"" + registration.name() + "\" is overdue since " + registration.dueDay()
                            + " with no completion recorded", registration.id().value(), clock.instant(), false));
            if (added) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The notifications added from now on, for live subscribers; one that does not keep up misses some.
     *
     * @return the stream
     */
    public Flux<Notification> added() {
        return added.asFlux().onBackpressureLatest();
    }

    /**
     * How many live subscribers the notifications have now.
     *
     * @return the count
     */
    public int subscriberCount() {
        return added.currentSubscriberCount();
    }

    /**
     * Offers to this instance's live subscribers a notification another instance stored (and e-mailed): it is
     * neither stored nor e-mailed again.
     *
     * @param notification the notification, as stored by the other instance
     */
    public void publishStoredElsewhere(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        offer(notification);
    }

    private boolean add(Notification notification) {
        if (!store.add(notification)) {
            return false;
        }
        offer(notification);
        mail(notification);
        return true;
    }

    private void offer(Notification notification) {
        synchronized (added) {
            added.tryEmitNext(notification);
        }
    }

    private void mail(Notification notification) {
        UnitCode unit = notification.inbox().unit();
        String to = unit == null ? null : email.units().get(unit.value());
        if (mail == null || unit == null || to == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(email.from());
        message.setTo(to);
        message.setSubject(notification.title());
        message.setText(notification.title() + "\n\n" + notification.titleEn() + "\n");
        try {
            mail.send(message);
        } catch (MailException e) {
            // The notification is stored and shown in the inbox; the e-mail is a courtesy.
            LOG.warn("Notification {} not e-mailed to unit {}: {}", notification.id(), unit.value(), e.getMessage());
        }
    }

    private static String statusVi(RegistrationStatus status) {
        return switch (status) {
            case REGISTERED -> "đã chuyển về trạng thái đăng ký";
            case RETURNED -> "đã được trả lại để bổ sung";
            case APPROVED -> "đã được duyệt";
            case REJECTED -> "không được duyệt";
            case COMPLETED -> "đã hoàn thành";
            case CANCELLED -> "đã hủy";
        };
    }

}
