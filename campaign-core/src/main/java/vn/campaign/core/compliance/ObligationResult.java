package vn.campaign.core.compliance;

import java.util.Objects;
import vn.campaign.core.campaign.Obligation;

/**
 * One obligation of one unit, evaluated.
 *
 * @param obligation the obligation
 * @param status     satisfied, pending or missing
 * @param approved   how many approved or completed registrations count towards it
 * @param pending    how many registrations still waiting for approval would count towards it
 * @since 0.1.0
 */
public record ObligationResult(Obligation obligation, ObligationStatus status, int approved, int pending) {

    /**
     * Validates the result.
     *
     * @param obligation the obligation
     * @param status satisfied, pending or missing
     * @param approved how many approved or completed registrations count towards it
     * @param pending how many registrations still waiting for approval would count towards it
     */
    public ObligationResult {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(status, "status");
        if (approved < 0 || pending < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
