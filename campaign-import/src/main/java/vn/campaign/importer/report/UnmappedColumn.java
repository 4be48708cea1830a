package vn.campaign.importer.report;

import java.util.Objects;

/**
 * A header column that no field was read from.
 *
 * @param column the column letter
 * @param header its header text
 * @param hidden whether the column is hidden in the workbook
 */
public record UnmappedColumn(String column, String header, boolean hidden) {

    /**
     * Checks the values.
     *
     * @param column the column letter
     * @param header its header text
     * @param hidden whether the column is hidden in the workbook
     */
    public UnmappedColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(header, "header");
    }
}
