package vn.campaign.core.statistics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.Vnd;

/**
 * The investment of one funding source.
 *
 * @param fundingSource the source as most works spell it, or {@code null} for works that state none
 * @param amount        the sum of their investments
 * @since 0.2.0
 */
public record FundingSourceAmount(@Nullable String fundingSource, Vnd amount) {

    /**
     * Validates the amount.
     *
     * @param fundingSource the source as most works spell it, or {@code null} for works that state none
     * @param amount the sum of their investments
     */
    public FundingSourceAmount {
        Objects.requireNonNull(amount, "amount");
    }
}
