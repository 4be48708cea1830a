package vn.campaign.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive range of days, from {@code startsOn} to {@code endsOn}, both included.
 *
 * @param startsOn the first day
 * @param endsOn   the last day, not before {@code startsOn}
 * @since 0.1.0
 */
public record Period(LocalDate startsOn, LocalDate endsOn) {

    /**
     * Validates the period.
     *
     * @param startsOn the first day
     * @param endsOn the last day, not before {@code startsOn}
     */
    public Period {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException(
                    "period ends on " + endsOn + ", before it starts on " + startsOn);
        }
    }

    /**
     * A period of the given days.
     *
     * @param startsOn the first day
     * @param endsOn   the last day
     * @return the period
     */
    public static Period of(LocalDate startsOn, LocalDate endsOn) {
        return new Period(startsOn, endsOn);
    }

    /**
     * Whether a day lies in this period.
     *
     * @param day a day
     * @return {@code true} when {@code startsOn <= day <= endsOn}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /**
     * Whether this period and another share at least one day.
     *
     * @param other another period
     * @return {@code true} when they overlap
     */
    public boolean overlaps(Period other) {
        return !other.endsOn.isBefore(startsOn) && !other.startsOn.isAfter(endsOn);
    }

    @Override
    public String toString() {
        return startsOn + ".." + endsOn;
    }
}
