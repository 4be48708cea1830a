package vn.campaign.core.statistics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.unit.UnitCode;

/**
 * Which registrations statistics count; every criterion given must hold, an empty set or {@code null} does
 * not filter.
 *
 * @param units     only the registrations of these units
 * @param taskAreas only those serving these task areas
 * @param from      only those whose day (a work's planned day, an event's first day) is on or after this day
 * @param to        only those whose day is on or before this day
 * @since 0.2.0
 */
public record StatisticsFilter(Set<UnitCode> units, Set<TaskAreaCode> taskAreas, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    private static final StatisticsFilter NONE = new StatisticsFilter(Set.of(), Set.of(), null, null);

    /**
     * Validates the filter.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     *
     * @param units only the registrations of these units
     * @param taskAreas only those serving these task areas
     * @param from only those whose day (a work's planned day, an event's first day) is on or after this day
     * @param to only those whose day is on or before this day
     */
    public StatisticsFilter {
        units = Set.copyOf(Objects.requireNonNull(units, "units"));
        taskAreas = Set.copyOf(Objects.requireNonNull(taskAreas, "taskAreas"));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /**
     * The filter that keeps everything.
     *
     * @return the filter
     */
    public static StatisticsFilter none() {
        return NONE;
    }

    /**
     * Whether a registration passes the filter.
     *
     * @param r a registration
     * @return {@code true} when every criterion holds
     */
    public boolean keeps(Registration r) {
        if (!units.isEmpty() && !units.contains(r.unit())) {
            return false;
        }
        if (!taskAreas.isEmpty() && (r.taskArea() == null || !taskAreas.contains(r.taskArea()))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        LocalDate day = r.day();
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
