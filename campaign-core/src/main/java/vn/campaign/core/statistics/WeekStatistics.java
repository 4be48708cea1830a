package vn.campaign.core.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened in one ISO week (Monday to Sunday).
 *
 * @param weekStarting the Monday the week starts on
 * @param registered   how many registrations were registered that week
 * @param approved     how many were approved that week
 * @param completed    how many were completed that week
 * @since 0.2.0
 */
public record WeekStatistics(LocalDate weekStarting, int registered, int approved, int completed) {

    /**
     * Validates the week.
     *
     * @throws IllegalArgumentException when the week does not start on a Monday or a count is negative
     *
     * @param weekStarting the Monday the week starts on
     * @param registered how many registrations were registered that week
     * @param approved how many were approved that week
     * @param completed how many were completed that week
     */
    public WeekStatistics {
        Objects.requireNonNull(weekStarting, "weekStarting");
        if (weekStarting.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, got " + weekStarting + ", a "
                    + weekStarting.getDayOfWeek());
        }
        if (registered < 0 || approved < 0 || completed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
