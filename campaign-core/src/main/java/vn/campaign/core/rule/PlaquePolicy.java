package vn.campaign.core.rule;

import java.util.ArrayList;
import java.util.List;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.UnitCode;

/**
 * A plaque is awarded only to an approved (or completed) work, only once, and only by the campaign's
 * organiser ("Thành phố lựa chọn và gắn biển công trình chào mừng").
 *
 * @since 0.1.0
 */
public final class PlaquePolicy {

    /** The policy. */
    public PlaquePolicy() {
    }

    /**
     * Checks an award.
     *
     * @param campaign  the work's campaign
     * @param work      the work as stored
     * @param awardedBy the unit that awards it
     * @return the violations, possibly none
     */
    public List<Violation> check(Campaign campaign, Work work, UnitCode awardedBy) {
        List<Violation> found = new ArrayList<>();
        if (!awardedBy.equals(campaign.organiser())) {
            found.add(Violation.on(RuleCode.PLAQUE_NOT_BY_CITY, "awardedBy", campaign.organiser()));
        }
        if (!work.status().mayReceivePlaque()) {
            found.add(Violation.of(RuleCode.PLAQUE_WORK_NOT_APPROVED, List.of(), work.status()));
        }
        if (work.plaqueAwarded()) {
            found.add(Violation.of(RuleCode.PLAQUE_ALREADY_AWARDED, List.of()));
        }
        return found;
    }
}
