package vn.campaign.core.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.time.Period;

/**
 * Ceremony and event dates lie inside the campaign period ("Thời gian phát động thi đua: từ tháng
 * 4/2022 đến ngày 15/6/2022").
 *
 * @since 0.1.0
 */
public final class CampaignPeriodPolicy implements RegistrationPolicy {

    /** The policy. */
    public CampaignPeriodPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        Period period = check.campaign().period();
        List<Violation> found = new ArrayList<>();
        if (check.details() instanceof WorkDetails work) {
            inside(found, "plannedOn", work.plannedOn(), period);
        } else if (check.details() instanceof EventDetails event) {
            inside(found, "startsOn", event.startsOn(), period);
            inside(found, "endsOn", event.endsOn(), period);
        }
        return found;
    }

    /**
     * Adds a violation when a day lies outside a period.
     *
     * @param found  where violations go
     * @param field  the field holding the day
     * @param day    the day, or {@code null} when not given
     * @param period the campaign period
     */
    static void inside(List<Violation> found, String field, @Nullable LocalDate day, Period period) {
        if (day != null && !period.contains(day)) {
            found.add(Violation.on(RuleCode.DATE_OUTSIDE_CAMPAIGN, field, day, period));
        }
    }
}
