package vn.campaign.api.platform;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a list keeps only the overdue registrations or only the others, judged on a day: a registration is
 * overdue when it is APPROVED and its due day (a work's planned day, an event's last day) is before that day,
 * as {@link vn.campaign.core.registration.Registration#isOverdueOn(LocalDate)} says.
 *
 * @param overdue {@code true} to keep the overdue ones; {@code false} to keep every other registration
 * @param today   the day to judge on, the platform clock's today
 */
public record OverdueCriterion(boolean overdue, LocalDate today) {

    /** Validates the criterion. */
    public OverdueCriterion {
        Objects.requireNonNull(today, "today");
    }
}
