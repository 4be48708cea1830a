package vn.campaign.api.exports;

import java.util.Objects;

/**
 * A column of an exported sheet.
 *
 * @param header its header, in the importer's vocabulary where the importer reads the field
 * @param type   how its cells are written
 */
record ExportColumn(String header, Type type) {

    /** Validates the column. */
    ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    /** How a column's cells are written. */
    enum Type {
        /** A whole number: the row's sequence number, a count of people. */
        NUMBER,
        /** Text. */
        TEXT,
        /** A date cell shown dd/mm/yyyy. */
        DATE,
        /** An amount of đồng: a number cell shown #,##0. */
        AMOUNT,
        /** Text the reader does not see: the column is hidden. */
        HIDDEN_TEXT,
        /** A whole number the reader does not see: the column is hidden. */
        HIDDEN_NUMBER;

        boolean hidden() {
            return this == HIDDEN_TEXT || this == HIDDEN_NUMBER;
        }
    }

    boolean hidden() {
        return type.hidden();
    }
}
