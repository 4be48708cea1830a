package vn.campaign.api.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.StatusChange;
import vn.campaign.core.registration.Timeline;

/**
 * Gives the registrations stored before timelines were kept their {@link Timeline}, recovered from the audit
 * trail: the REGISTER, APPROVE, REJECT, COMPLETE and CANCEL entries make the status history, the last entry
 * of any action the update instant.
 *
 * <p>Idempotent: only registrations whose timeline is unknown are touched, each by a replacement conditional
 * on the version read (which it keeps: recovering times is not a change of the registration), so a restart
 * finds nothing more to do and a concurrent change is never overwritten. A registration whose trail does not
 * end in its current status (or has no entry) is left unknown.
 */
public final class TimelineBackfill {

    private final Supplier<? extends Collection<Registration>> unknownTimelines;
    private final Registrations registrations;
    private final AuditLog audit;

    /**
     * A backfill over some stores.
     *
     * @param unknownTimelines the registrations whose timeline is unknown, read from the store each run
     * @param registrations the registrations
     * @param audit         the audit trail
     */
    public TimelineBackfill(Supplier<? extends Collection<Registration>> unknownTimelines,
            Registrations registrations, AuditLog audit) {
        this.unknownTimelines = Objects.requireNonNull(unknownTimelines, "unknownTimelines");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Recovers every unknown timeline the audit trail can tell.
     *
     * @return what was done
     */
    public Report run() {
        int recovered = 0;
        int left = 0;
        for (Registration r : unknownTimelines.get()) {
            if (r.timeline().isKnown()) {
                continue;
            }
            Optional<Timeline> timeline = recover(r, audit.findByObject(r.id().value()));
            if (timeline.isPresent()
                    && registrations.update(r.withTimeline(timeline.get()), r.version())
                    == Registrations.WriteResult.DONE) {
                recovered++;
            } else {
                left++;
            }
        }
        return new Report(recovered, left);
    }

    /**
     * The timeline an audit trail tells of a registration.
     *
     * @param registration the registration
     * @param entries      its audit entries, in any order
     * @return the timeline, or empty when the trail holds none that ends in the registration's status
     */
    static Optional<Timeline> recover(Registration registration, List<AuditEntry> entries) {
        List<AuditEntry> ordered = entries.stream()
                .filter(e -> e.objectId().equals(registration.id().value()))
                .sorted(Comparator.comparing(AuditEntry::at)).toList();
        if (ordered.isEmpty()) {
            return Optional.empty();
        }
        List<StatusChange> history = new ArrayList<>();
        for (AuditEntry e : ordered) {
            RegistrationStatus status = statusOf(e);
            if (status != null) {
                history.add(new StatusChange(status, e.at()));
            }
        }
        Instant updatedAt = ordered.get(ordered.size() - 1).at();
        if (history.isEmpty() || history.get(history.size() - 1).status() != registration.status()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Timeline(history, updatedAt));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a trail the lifecycle cannot explain is not trusted
        }
    }

    private static @Nullable RegistrationStatus statusOf(AuditEntry entry) {
        return switch (entry.action()) {
            case REGISTER -> RegistrationStatus.REGISTERED;
            case APPROVE -> RegistrationStatus.APPROVED;
            case REJECT -> RegistrationStatus.REJECTED;
            case COMPLETE -> RegistrationStatus.COMPLETED;
            case CANCEL -> RegistrationStatus.CANCELLED;
            case RETURN -> RegistrationStatus.RETURNED;
            case RESUBMIT, REOPEN -> RegistrationStatus.REGISTERED;
            case UPDATE, AWARD_PLAQUE, REPORT_PROGRESS, IMPORT, APPROVE_STEP, DEFINE_CAMPAIGN,
                    OPEN_CAMPAIGN, COPY_CAMPAIGN, DEFINE_UNIT, RENAME_UNIT, MERGE_UNIT, CLOSE_CAMPAIGN,
                    REOPEN_CAMPAIGN, LINK_PLAQUE_WORK, UNLINK_PLAQUE_WORK, UPGRADE_CAMPAIGN -> null;
        };
    }

    /**
     * What a backfill did.
     *
     * @param recovered how many registrations got their timeline
     * @param left      how many stay unknown (no usable trail, or changed meanwhile)
     */
    public record Report(int recovered, int left) {
    }
}
