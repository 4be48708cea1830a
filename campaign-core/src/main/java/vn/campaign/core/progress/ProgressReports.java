package vn.campaign.core.progress;

import java.util.List;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Port: where progress reports are kept. Reports are only ever added.
 *
 * @since 0.1.0
 */
public interface ProgressReports {

    /**
     * Keeps a report.
     *
     * @param report the report
     */
    void add(ProgressReport report);

    /**
     * Every report of a campaign, in the order they were recorded.
     *
     * @param campaign a campaign code
     * @return the reports
     */
    List<ProgressReport> findByCampaign(CampaignCode campaign);
}
