package vn.campaign.importer.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.source.CellKind;

/**
 * The value of one field in a data row, as stored and as decoded.
 *
 * @param field      the field
 * @param column     0-based index of the column it was read from
 * @param kind       what the cell holds
 * @param raw        the cell as stored: legacy text as its bytes' characters, a number in plain
 *                   decimal form, a date in ISO form
 * @param text       the decoded text: Unicode NFC with white space collapsed; for a number or date the
 *                   same as {@code raw}
 * @param number     the number of a NUMBER cell, the Excel serial of a DATE cell, else {@code null}
 * @param dateTime   the date of a DATE cell, else {@code null}
 * @param encoding   the encoding a TEXT cell was read in, else {@code null}
 * @param formula    whether the value is the cached result of a formula, which is never recalculated
 * @param mergedFrom the cell the value was taken from when this cell lies in a merged range below its
 *                   top-left cell (e.g. {@code B6}), else {@code null}
 */
public record FieldValue(Field field, int column, CellKind kind, String raw, String text, @Nullable BigDecimal number,
        @Nullable LocalDateTime dateTime, @Nullable TextEncoding encoding, boolean formula,
        @Nullable String mergedFrom) {

    /**
     * Checks the values.
     *
     * @param field the field
     * @param column 0-based index of the column it was read from
     * @param kind what the cell holds
     * @param raw the cell as stored: legacy text as its bytes' characters, a number in plain decimal form, a date in ISO form
     * @param text the decoded text: Unicode NFC with white space collapsed; for a number or date the same as {@code raw}
     * @param number the number of a NUMBER cell, the Excel serial of a DATE cell, else {@code null}
     * @param dateTime the date of a DATE cell, else {@code null}
     * @param encoding the encoding a TEXT cell was read in, else {@code null}
     * @param formula whether the value is the cached result of a formula, which is never recalculated
     * @param mergedFrom the cell the value was taken from when this cell lies in a merged range below its top-left cell (e.g. {@code B6}), else {@code null}
     */
    public FieldValue {
        Objects.requireNonNull(field, "field");
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0 or more, was " + column);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(text, "text");
        if ((kind == CellKind.TEXT) != (encoding != null)) {
            throw new IllegalArgumentException("a TEXT value, and only a TEXT value, has an encoding");
        }
    }

    /**
     * The column letter.
     *
     * @return the letter, {@code A} for column 0
     */
    public String letter() {
        return CellReference.convertNumToColString(column);
    }
}
