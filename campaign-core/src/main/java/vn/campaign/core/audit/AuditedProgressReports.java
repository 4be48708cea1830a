package vn.campaign.core.audit;

import java.util.Objects;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.ProgressReports;

/**
 * Port: keeps a progress report together with the audit entry that records it, so that after a crash there
 * is never a report without its entry, nor an entry of a report that was not kept. The counterpart of
 * {@link AuditedRegistrations} for progress reports.
 *
 * @since 0.3.0
 */
public interface AuditedProgressReports {

    /**
     * Keeps a report and, in the same write, its entry.
     *
     * @param report the report
     * @param entry  the entry that records it
     */
    void add(ProgressReport report, AuditEntry entry);

    /**
     * The audited writes over a store and a trail: the store itself when it keeps a report and its entry in one
     * write (and the trail keeps entries), else the two writes in turn — the report, then the entry.
     *
     * @param store the progress reports
     * @param trail the audit trail
     * @return the audited writes
     */
    static AuditedProgressReports over(ProgressReports store, AuditLog trail) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(trail, "trail");
        if (store instanceof AuditedProgressReports atomic && trail.keepsEntries()) {
            return atomic;
        }
        return (report, entry) -> {
            store.add(report);
            trail.append(entry);
        };
    }
}
