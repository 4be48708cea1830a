package vn.campaign.core.closing;

import java.util.List;
import java.util.Optional;
import vn.campaign.core.campaign.CampaignCode;

/**
 * Where final reports are kept: written once, never changed. Each closing of a campaign adds one, keyed by the
 * campaign and the version the closing gave it; reopening keeps the former ones as history.
 *
 * @since 0.4.0
 */
public interface FinalReports {

    /**
     * Keeps a report.
     *
     * @param report the report
     * @return {@code false} when a report of the same campaign and version is already kept (nothing is changed)
     */
    boolean add(FinalReport report);

    /**
     * The report of a campaign's closing at a version.
     *
     * @param campaign the campaign
     * @param version  the version its closing gave it
     * @return the report, if that closing kept one
     */
    Optional<FinalReport> find(CampaignCode campaign, long version);

    /**
     * Every report of a campaign, oldest closing first.
     *
     * @param campaign the campaign
     * @return its reports
     */
    List<FinalReport> history(CampaignCode campaign);
}
