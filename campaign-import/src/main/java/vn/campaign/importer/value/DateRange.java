package vn.campaign.importer.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import vn.campaign.core.time.Period;

/**
 * A date as written in a cell: the days it can mean (one day, or the first and last day of a month,
 * quarter or year) and how precisely it was written.
 *
 * @param period the first and last day, both included
 * @param precision how precisely the date was written
 */
public record DateRange(Period period, DatePrecision precision) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when a {@link DatePrecision#DAY} range spans more than one day
     *
     * @param period the first and last day, both included
     * @param precision how precisely the date was written
     */
    public DateRange {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(precision, "precision");
        if (precision == DatePrecision.DAY && !period.startsOn().equals(period.endsOn())) {
            throw new IllegalArgumentException("a day range must start and end on the same day, not " + period);
        }
    }

    /**
     * One day.
     *
     * @param day the day
     * @return the range
     */
    public static DateRange day(LocalDate day) {
        return new DateRange(Period.of(day, day), DatePrecision.DAY);
    }

    /**
     * A whole month.
     *
     * @param month the month
     * @return the range from its first to its last day
     */
    public static DateRange month(YearMonth month) {
        return new DateRange(Period.of(month.atDay(1), month.atEndOfMonth()), DatePrecision.MONTH);
    }

    /**
     * A whole quarter.
     *
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the range from its first to its last day
     * @throws IllegalArgumentException when the quarter is not 1 to 4
     */
    public static DateRange quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new DateRange(Period.of(first.atDay(1), first.plusMonths(2).atEndOfMonth()), DatePrecision.QUARTER);
    }

    /**
     * A whole year.
     *
     * @param year the year
     * @return the range from 1 January to 31 December
     */
    public static DateRange year(int year) {
        return new DateRange(Period.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), DatePrecision.YEAR);
    }

    /**
     * The first day.
     *
     * @return the first day of the range
     */
    public LocalDate first() {
        return period.startsOn();
    }

    /**
     * The last day.
     *
     * @return the last day of the range, equal to {@link #first()} for a day
     */
    public LocalDate last() {
        return period.endsOn();
    }
}
