package vn.campaign.core.closing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Final reports kept in memory, for embedders and tests.
 *
 * @since 0.4.0
 */
public final class InMemoryFinalReports implements FinalReports {

    private final List<FinalReport> reports = new CopyOnWriteArrayList<>();

    /** An empty store. */
    public InMemoryFinalReports() {
    }

    @Override
    public synchronized boolean add(FinalReport report) {
        if (find(report.campaign(), report.campaignVersion()).isPresent()) {
            return false;
        }
        return reports.add(report);
    }

    @Override
    public Optional<FinalReport> find(CampaignCode campaign, long version) {
        return reports.stream().filter(r -> r.campaign().equals(campaign) && r.campaignVersion() == version)
                .findFirst();
    }

    @Override
    public List<FinalReport> history(CampaignCode campaign) {
        List<FinalReport> out = new ArrayList<>(reports.stream().filter(r -> r.campaign().equals(campaign)).toList());
        out.sort(Comparator.comparingLong(FinalReport::campaignVersion));
        return List.copyOf(out);
    }
}
