package vn.campaign.api.platform;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitKind;

/**
 * Which units a list holds. Every criterion given must hold; an empty set or {@code null} does not filter.
 *
 * @param kinds   the unit kinds to keep; empty for all
 * @param search  words the unit's name must contain in order, at the start of a word, ignoring case and
 *                tone marks ("thach ha" finds "Xã Thạch Hạ"); {@code null} or blank for any name
 * @param validOn a day the unit must exist on; {@code null} for units of any time
 * @param parent  the code of the unit above; {@code null} for any
 */
public record UnitCriteria(Set<UnitKind> kinds, @Nullable String search, @Nullable LocalDate validOn,
        @Nullable String parent) {

    /** Copies the kinds and folds the search text. */
    public UnitCriteria {
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        search = search == null || VietnameseText.fold(search).isEmpty() ? null : VietnameseText.fold(search);
    }

    /**
     * Criteria that keep every unit.
     *
     * @return the criteria
     */
    public static UnitCriteria all() {
        return new UnitCriteria(Set.of(), null, null, null);
    }
}
