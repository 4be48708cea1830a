package vn.campaign.core.statistics;

import java.util.List;
import java.util.Objects;
import vn.campaign.core.registration.Vnd;

/**
 * The works' investment.
 *
 * @param total           the sum of every counted work's investment
 * @param byFundingSource the sum per funding source, sources in folded order and the unstated last
 * @since 0.2.0
 */
public record InvestmentStatistics(Vnd total, List<FundingSourceAmount> byFundingSource) {

    /**
     * Validates the statistics.
     *
     * @param total the sum of every counted work's investment
     * @param byFundingSource the sum per funding source, sources in folded order and the unstated last
     */
    public InvestmentStatistics {
        Objects.requireNonNull(total, "total");
        byFundingSource = List.copyOf(byFundingSource);
    }
}
