package vn.campaign.api.platform;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Port: the reads of units the API needs beyond {@link vn.campaign.core.unit.Units}. Each method is one
 * round trip to the store.
 */
public interface UnitQueries {

    /**
     * A page of units in {@link UnitPosition} order.
     *
     * @param criteria which units
     * @param after    the position the page starts after, or {@code null} for the first page
     * @param size     the most units to return, at least 1
     * @return the page
     */
    Page<Unit> page(UnitCriteria criteria, @Nullable UnitPosition after, int size);

    /**
     * How many units meet some criteria.
     *
     * @param criteria which units
     * @return the number
     */
    long count(UnitCriteria criteria);

    /**
     * Every unit recorded under any of some codes, in {@link UnitPosition} order.
     *
     * @param codes unit codes
     * @return the units, every version of each code
     */
    List<Unit> findAllByCodes(Collection<UnitCode> codes);

    /**
     * The units that merged into a unit with any of some codes, in one round trip.
     *
     * @param codes the successors' codes
     * @return the merged-away units, in code order
     */
    List<Unit> findMergedInto(Collection<UnitCode> codes);
}
