package vn.campaign.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.InMemoryAuditLog;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.StatusChange;
import vn.campaign.core.registration.Timeline;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/**
 * Registrations stored before timelines were kept get theirs from the audit trail, once: a second run does
 * nothing, and a trail that does not end in the registration's status is not trusted.
 */
class TimelineBackfillTest {

    private static final Instant REGISTERED = Instant.parse("2022-04-02T02:00:00Z");
    private static final Instant EDITED = Instant.parse("2022-04-03T02:00:00Z");
    private static final Instant APPROVED = Instant.parse("2022-04-05T03:00:00Z");

    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryRegistrations registrations = new InMemoryRegistrations();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final TimelineBackfill backfill = new TimelineBackfill(
            () -> registrations.findByCampaign(Directive32.campaign().code()), registrations, audit);

    @Test
    void recoversTheStatusHistoryAndLastChangeFromTheTrailOnceKeepingTheVersion() {
        campaigns.save(Directive32.campaign());
        Work legacy = approvedWithoutTimes("Nhà văn hóa tổ dân phố 5");
        registrations.insert(legacy);
        trail(legacy, REGISTERED, AuditAction.REGISTER);
        trail(legacy, APPROVED, AuditAction.APPROVE);
        trail(legacy, EDITED, AuditAction.UPDATE);

        TimelineBackfill.Report first = backfill.run();
        Registration recovered = registrations.findById(legacy.id()).orElseThrow();
        TimelineBackfill.Report second = backfill.run();

        assertThat(first).isEqualTo(new TimelineBackfill.Report(1, 0));
        assertThat(recovered.version()).isEqualTo(legacy.version());
        assertThat(recovered.timeline()).isEqualTo(new Timeline(List.of(
                new StatusChange(RegistrationStatus.REGISTERED, REGISTERED),
                new StatusChange(RegistrationStatus.APPROVED, APPROVED)), APPROVED));
        assertThat(second).isEqualTo(new TimelineBackfill.Report(0, 0));
    }

    @Test
    void leavesUnknownARegistrationWithoutATrailOrWhoseTrailEndsInAnotherStatus() {
        campaigns.save(Directive32.campaign());
        Work silent = approvedWithoutTimes("Cầu Nam Hà");
        Work contradicted = approvedWithoutTimes("Đường Hà Huy Tập");
        registrations.insert(silent);
        registrations.insert(contradicted);
        trail(contradicted, REGISTERED, AuditAction.REGISTER);

        assertThat(backfill.run()).isEqualTo(new TimelineBackfill.Report(0, 2));
        assertThat(registrations.findById(contradicted.id()).orElseThrow().timeline()).isEqualTo(Timeline.unknown());
    }

    private static Work approvedWithoutTimes(String name) {
        WorkDetails details = WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19));
        return new Work(Work.register(Directive32.CODE, new UnitCode("18070"), details).id(), Directive32.CODE,
                new UnitCode("18070"), details, RegistrationStatus.APPROVED, null, null, false, 3);
    }

    private void trail(Work work, Instant at, AuditAction action) {
        audit.append(new AuditEntry(at, "test", action, "Work", work.id().value(), null, Snapshots.of(work)));
    }
}
