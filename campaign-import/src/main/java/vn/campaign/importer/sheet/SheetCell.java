package vn.campaign.importer.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.source.CellKind;

/**
 * A cell after decoding: its stored form and its text.
 */
record SheetCell(int column, CellKind kind, String raw, String text, @Nullable BigDecimal number,
        @Nullable LocalDateTime dateTime, @Nullable TextEncoding encoding, boolean formula) {

    boolean isBlank() {
        return text.isEmpty();
    }

    FieldValue toValue(Field field, @Nullable String mergedFrom) {
        return new FieldValue(field, column, kind, raw, text, number, dateTime, encoding, formula, mergedFrom);
    }
}
