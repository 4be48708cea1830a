package vn.campaign.core.campaign;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a campaign reviews registrations: its steps in order, and what a unit's change to an approved
 * registration does. Approval at a step moves a registration to the next step; only the last step's approval
 * makes it APPROVED. Directive 32 has one step ({@link #single()}).
 *
 * @param steps           the steps in order: at least one, each role at most once
 * @param approvedChanges what a unit's change to an approved registration does
 * @since 0.3.0
 */
public record ReviewProcess(List<ReviewStep> steps, ApprovedChanges approvedChanges) {

    private static final ReviewProcess SINGLE = new ReviewProcess(List.of(ReviewStep.CITY_ADMIN), ApprovedChanges.REVIEW);

    /**
     * Validates the process.
     *
     * @throws IllegalArgumentException for no step, or a role named at two steps
     *
     * @param steps the steps in order: at least one, each role at most once
     * @param approvedChanges what a unit's change to an approved registration does
     */
    public ReviewProcess {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        Objects.requireNonNull(approvedChanges, "approvedChanges");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a review needs at least one step, one of "
                    + EnumSet.allOf(ReviewStep.class));
        }
        Set<ReviewStep> seen = EnumSet.noneOf(ReviewStep.class);
        for (ReviewStep step : steps) {
            if (!seen.add(step)) {
                throw new IllegalArgumentException("review step " + step + " is listed twice in " + steps);
            }
        }
    }

    /**
     * The default: one step, the city administrator's, and a unit's change to an approved registration sends it
     * back to review.
     *
     * @return the single-step process
     */
    public static ReviewProcess single() {
        return SINGLE;
    }

    /**
     * The first step, where every review starts and restarts.
     *
     * @return the first step
     */
    public ReviewStep first() {
        return steps.get(0);
    }

    /**
     * Whether a step is the last: its approval makes a registration APPROVED.
     *
     * @param step a step
     * @return {@code true} for the last step
     */
    public boolean isLast(ReviewStep step) {
        return steps.get(steps.size() - 1) == step;
    }

    /**
     * Whether the campaign's review has a step.
     *
     * @param step a step
     * @return {@code true} when listed
     */
    public boolean has(ReviewStep step) {
        return steps.contains(step);
    }

    /**
     * The step after a number of approvals in a row.
     *
     * @param approvals how many steps approved since the review (re)started
     * @return the step waiting for a decision
     * @throws IllegalArgumentException when there are as many approvals as steps or more: no step is left
     */
    public ReviewStep stepAfter(int approvals) {
        if (approvals < 0 || approvals >= steps.size()) {
            throw new IllegalArgumentException("a review of " + steps.size() + " step(s) " + steps
                    + " has no step after " + approvals + " approval(s)");
        }
        return steps.get(approvals);
    }
}
