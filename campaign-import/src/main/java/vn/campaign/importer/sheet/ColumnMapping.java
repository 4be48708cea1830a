package vn.campaign.importer.sheet;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column each field is read from: each field from at most one column, each column for at most one
 * field.
 *
 * @param columns the mapped columns, in field order
 */
public record ColumnMapping(List<MappedColumn> columns) {

    /**
     * Checks that no field and no column is mapped twice, and sorts by field.
     *
     * @param columns the mapped columns, in field order
     */
    public ColumnMapping {
        columns = columns.stream().sorted(Comparator.comparing(MappedColumn::field)).toList();
        for (int i = 0; i < columns.size(); i++) {
            for (int j = i + 1; j < columns.size(); j++) {
                if (columns.get(i).field() == columns.get(j).field()) {
                    throw new IllegalArgumentException("field " + columns.get(i).field() + " is mapped twice");
                }
                if (columns.get(i).column() == columns.get(j).column()) {
                    throw new IllegalArgumentException("column " + columns.get(i).letter() + " is mapped to "
                            + columns.get(i).field() + " and " + columns.get(j).field());
                }
            }
        }
    }

    /**
     * No field mapped.
     *
     * @return the empty mapping
     */
    public static ColumnMapping none() {
        return new ColumnMapping(List.of());
    }

    /**
     * The column of a field.
     *
     * @param field a field
     * @return its column, or empty when the field is not mapped
     */
    public Optional<MappedColumn> column(Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /**
     * The field read from a column.
     *
     * @param column 0-based column index
     * @return the field, or empty when the column is not mapped
     */
    public Optional<Field> field(int column) {
        return columns.stream().filter(c -> c.column() == column).map(MappedColumn::field).findFirst();
    }

    /**
     * The mapping as field → column letter, in field order; handy in reports and tests.
     *
     * @return the letters by field
     */
    public Map<Field, String> letters() {
        Map<Field, String> letters = new LinkedHashMap<>();
        columns.forEach(c -> letters.put(c.field(), c.letter()));
        return letters;
    }
}
