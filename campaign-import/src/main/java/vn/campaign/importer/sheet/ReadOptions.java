package vn.campaign.importer.sheet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.campaign.importer.source.ReadLimits;

/**
 * How a file is read.
 *
 * @param limits           the limits on size, sheets, rows, columns and cell length
 * @param columnOverrides  explicit columns for some fields, taking precedence over the header synonyms
 * @param headerSearchRows how many non-blank rows at the top of a sheet are searched for the header
 * @param unitNames        the units a numbered group row may name ("3. UBND xã Thạch Trung")
 */
public record ReadOptions(ReadLimits limits, Map<Field, ColumnRef> columnOverrides, int headerSearchRows,
        UnitNames unitNames) {

    /** Default number of non-blank rows searched for the header. */
    public static final int DEFAULT_HEADER_SEARCH_ROWS = 30;

    /**
     * Checks the values and copies the overrides.
     *
     * @param limits the limits on size, sheets, rows, columns and cell length
     * @param columnOverrides explicit columns for some fields, taking precedence over the header synonyms
     * @param headerSearchRows how many non-blank rows at the top of a sheet are searched for the header
     * @param unitNames the units a numbered group row may name ("3. UBND xã Thạch Trung")
     */
    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(columnOverrides, "columnOverrides");
        columnOverrides = columnOverrides.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new EnumMap<>(columnOverrides));
        if (headerSearchRows < 1) {
            throw new IllegalArgumentException("headerSearchRows must be at least 1, was " + headerSearchRows);
        }
        Objects.requireNonNull(unitNames, "unitNames");
    }

    /**
     * Options that know no unit names.
     *
     * @param limits           the limits on size, sheets, rows, columns and cell length
     * @param columnOverrides  explicit columns for some fields
     * @param headerSearchRows how many non-blank rows at the top of a sheet are searched for the header
     */
    public ReadOptions(ReadLimits limits, Map<Field, ColumnRef> columnOverrides, int headerSearchRows) {
        this(limits, columnOverrides, headerSearchRows, UnitNames.none());
    }

    /**
     * The default options: default limits, no overrides, the header searched in the first 30 non-blank
     * rows.
     *
     * @return the default options
     */
    public static ReadOptions defaults() {
        return new ReadOptions(ReadLimits.defaults(), Map.of(), DEFAULT_HEADER_SEARCH_ROWS);
    }

    /**
     * These options with other limits.
     *
     * @param newLimits the limits
     * @return the changed options
     */
    public ReadOptions withLimits(ReadLimits newLimits) {
        return new ReadOptions(newLimits, columnOverrides, headerSearchRows, unitNames);
    }

    /**
     * These options with other column overrides.
     *
     * @param overrides the explicit column of each overridden field
     * @return the changed options
     */
    public ReadOptions withColumnOverrides(Map<Field, ColumnRef> overrides) {
        return new ReadOptions(limits, overrides, headerSearchRows, unitNames);
    }

    /**
     * These options with the units a group row may name.
     *
     * @param names the unit names, usually those of the campaign's units
     * @return the changed options
     */
    public ReadOptions withUnitNames(UnitNames names) {
        return new ReadOptions(limits, columnOverrides, headerSearchRows, names);
    }
}
