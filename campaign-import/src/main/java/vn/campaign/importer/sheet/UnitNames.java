package vn.campaign.importer.sheet;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitNameMatcher;

/**
 * Tells whether a text names one of the units a sheet may list, so that a numbered row such as
 * "3. UBND xã Thạch Trung" or "1 | P.Bắc Hà" is read as the unit of the rows below it. The reader knows no
 * units of its own: the runner gives those of the campaign, matched with the core's {@link UnitNameMatcher}.
 */
@FunctionalInterface
public interface UnitNames {

    /**
     * Whether the text names exactly one of the units.
     *
     * @param text a heading's text, without its numbering
     * @return {@code true} when it names one unit
     */
    boolean names(String text);

    /**
     * No units: only headings that start with a unit word ("Phường …", "Xã …") are read as units.
     *
     * @return the empty set of names
     */
    static UnitNames none() {
        return text -> false;
    }

    /**
     * The names of some units, as the core's matcher reads them ("P.Bắc Hà", "xã Thạch Trung", "Bắc Hà").
     *
     * @param units the units, usually those valid during the campaign
     * @return their names
     */
    static UnitNames of(Collection<Unit> units) {
        UnitTexts texts = new UnitTexts(List.copyOf(Objects.requireNonNull(units, "units")));
        return new UnitNames() {
            @Override
            public boolean names(String text) {
                return texts.names(text);
            }

            @Override
            public Optional<String> findIn(String text, boolean bareNames) {
                return texts.findIn(text, bareNames).map(Unit::name);
            }
        };
    }

    /**
     * The one unit a longer text names (a title row, a sheet name, a file name), as {@link UnitTexts#findIn}.
     *
     * @param text the text
     * @param bareNames whether a name without its kind ("Văn Yên") counts
     * @return the unit's name, or empty; always empty for {@link #none()}
     */
    default Optional<String> findIn(String text, boolean bareNames) {
        return Optional.empty();
    }
}
