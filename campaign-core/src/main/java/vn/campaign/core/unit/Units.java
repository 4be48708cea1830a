package vn.campaign.core.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.campaign.core.time.Period;

/**
 * Port: where units are kept.
 *
 * @since 0.1.0
 */
public interface Units {

    /**
     * Every unit ever recorded under a code, oldest first.
     *
     * @param code a unit code
     * @return the units, possibly empty
     */
    List<Unit> findAllByCode(UnitCode code);

    /**
     * The unit that carries a code on a day.
     *
     * @param code a unit code
     * @param day  a day
     * @return the unit valid on that day, if any
     */
    default Optional<Unit> findByCode(UnitCode code, LocalDate day) {
        return findAllByCode(code).stream().filter(u -> u.isValidOn(day)).findFirst();
    }

    /**
     * The unit that carries a code during a period: the one valid on the most days of it.
     *
     * @param code   a unit code
     * @param period a period
     * @return the unit, if any is valid during the period
     */
    default Optional<Unit> findByCode(UnitCode code, Period period) {
        return findAllByCode(code).stream()
                .filter(u -> u.isValidDuring(period))
                .reduce((older, newer) -> newer.isValidOn(period.endsOn()) ? newer : older);
    }

    /**
     * Every unit recorded, in code order.
     *
     * @return all units
     */
    List<Unit> findAll();

    /**
     * Every unit that exists on at least one day of a period.
     *
     * @param period a period
     * @return the units, in code order
     */
    default List<Unit> findValidDuring(Period period) {
        return findAll().stream().filter(u -> u.isValidDuring(period)).toList();
    }

    /**
     * Adds a unit, or replaces the one with the same code and start of validity.
     *
     * @param unit the unit
     */
    void save(Unit unit);

    /**
     * Adds or replaces several units.
     *
     * @param units the units
     */
    default void saveAll(Collection<Unit> units) {
        units.forEach(this::save);
    }

    /**
     * The units that merged into a unit: those whose {@link Unit#mergedInto()} names its code on a day it
     * exists.
     *
     * @param successor a unit
     * @return the merged-away units, in code order
     * @since 0.3.0
     */
    default List<Unit> findMergedInto(Unit successor) {
        return findAll().stream().filter(u -> u.mergedInto() != null && u.mergedInto().code().equals(successor.code())
                && successor.isValidOn(u.mergedInto().on())).toList();
    }
}
