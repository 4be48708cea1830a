package vn.campaign.importer.report;

import java.util.Objects;

/**
 * The column chosen for one field of a sheet.
 *
 * @param field  the field ({@code UNIT}, {@code NAME}, {@code PLANNED_DATE}, {@code AMOUNT}, …)
 * @param column the column letter
 * @param header the column's header text (empty when it has none)
 * @param source how it was chosen: {@code HEADER_SYNONYM} or {@code EXPLICIT}
 */
public record ColumnChoice(String field, String column, String header, String source) {

    /**
     * Checks the values.
     *
     * @param field the field ({@code UNIT}, {@code NAME}, {@code PLANNED_DATE}, {@code AMOUNT}, …)
     * @param column the column letter
     * @param header the column's header text (empty when it has none)
     * @param source how it was chosen: {@code HEADER_SYNONYM} or {@code EXPLICIT}
     */
    public ColumnChoice {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(source, "source");
    }
}
