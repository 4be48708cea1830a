package vn.campaign.importer.sheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row that registers something: the unit in force and the value of each mapped field that is not
 * blank.
 *
 * @param sheet      the sheet name
 * @param rowNumber  the 1-based row number
 * @param unit       the unit text in force, decoded (from the unit column, else from the latest group
 *                   heading), or {@code null} when there is none; the unit is resolved later
 * @param unitSource where the unit text comes from
 * @param groups     the group headings in force, outermost first, without their numbering
 * @param values     the non-blank values, by field
 * @param hidden     whether the row is hidden in the workbook
 */
public record DataRow(String sheet, int rowNumber, @Nullable String unit, UnitSource unitSource, List<String> groups,
        Map<Field, FieldValue> values, boolean hidden) implements ReadRow {

    /**
     * Checks the values and copies the collections.
     *
     * @param sheet the sheet name
     * @param rowNumber the 1-based row number
     * @param unit the unit text in force, decoded (from the unit column, else from the latest group heading), or {@code null} when there is none; the unit is resolved later
     * @param unitSource where the unit text comes from
     * @param groups the group headings in force, outermost first, without their numbering
     * @param values the non-blank values, by field
     * @param hidden whether the row is hidden in the workbook
     */
    public DataRow {
        Objects.requireNonNull(sheet, "sheet");
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be 1 or more, was " + rowNumber);
        }
        Objects.requireNonNull(unitSource, "unitSource");
        if ((unit == null) != (unitSource == UnitSource.NONE)) {
            throw new IllegalArgumentException("a unit text needs its source, and source NONE has no text");
        }
        groups = List.copyOf(groups);
        EnumMap<Field, FieldValue> copy = new EnumMap<>(Field.class);
        values.forEach((field, value) -> {
            if (value.field() != field) {
                throw new IllegalArgumentException("the value under " + field + " is for " + value.field());
            }
            copy.put(field, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The value of a field.
     *
     * @param field a field
     * @return its value, or empty when the column is not mapped or the cell is blank
     */
    public Optional<FieldValue> value(Field field) {
        return Optional.ofNullable(values.get(field));
    }

    /**
     * The decoded text of a field.
     *
     * @param field a field
     * @return its text, or the empty string when it has no value
     */
    public String text(Field field) {
        FieldValue value = values.get(field);
        return value == null ? "" : value.text();
    }
}
