package vn.campaign.core.compliance;

import java.util.Objects;
import vn.campaign.core.campaign.Obligation;

/**
 * One obligation of one unit, evaluated.
 *
 * @param obligation the obligation
 * @param status     satisfied, pending or missing
 * @param approved   how many registrations meet it: approved or completed ones while the campaign runs, completed
 *                   ones only from the day after its end
 * @param pending    how many registrations would count towards it but do not yet: those waiting for approval,
 *                   and from the day after the campaign's end the approved ones never completed
 * @param overdue    how many of the approved registrations counted (in {@code approved} while the campaign
 *                   runs, in {@code pending} after it) are overdue: their due day passed without completion
 * @since 0.1.0
 */
public record ObligationResult(Obligation obligation, ObligationStatus status, int approved, int pending,
        int overdue) {

    /**
     * Validates the result.
     *
     * @param obligation the obligation
     * @param status satisfied, pending or missing
     * @param approved how many approved or completed registrations count towards it
     * @param pending how many registrations still waiting for approval would count towards it
     * @param overdue how many of the approved registrations counted (in {@code approved} while the campaign
     *        runs, in {@code pending} after it) are overdue: their due day passed without completion
     */
    public ObligationResult {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(status, "status");
        if (approved < 0 || pending < 0 || overdue < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (overdue > approved + pending) {
            throw new IllegalArgumentException("overdue (" + overdue + ") exceeds the registrations counted ("
                    + (approved + pending) + ")");
        }
    }

    /**
     * A result with no overdue registration.
     *
     * @param obligation the obligation
     * @param status     satisfied, pending or missing
     * @param approved   how many registrations meet it
     * @param pending    how many would count towards it but do not yet
     */
    public ObligationResult(Obligation obligation, ObligationStatus status, int approved, int pending) {
        this(obligation, status, approved, pending, 0);
    }
}
