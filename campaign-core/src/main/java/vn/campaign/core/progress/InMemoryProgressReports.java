package vn.campaign.core.progress;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Progress reports kept in memory, for embedders and tests. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryProgressReports implements ProgressReports {

    private final List<ProgressReport> reports = new CopyOnWriteArrayList<>();

    /** An empty store. */
    public InMemoryProgressReports() {
    }

    @Override
    public void add(ProgressReport report) {
        reports.add(report);
    }

    @Override
    public List<ProgressReport> findByCampaign(CampaignCode campaign) {
        return reports.stream().filter(r -> r.campaign().equals(campaign)).toList();
    }
}
