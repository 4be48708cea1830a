package vn.campaign.importer.sheet;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One-line descriptions of read rows, so that a test can state a sheet's rows exactly and readably.
 */
final class Rows {

    private Rows() {
    }

    /**
     * A data row as {@code 7 | P. Bắc Hà (COLUMN) | SEQUENCE@A=1 NAME@C=… } with each value's decoded text,
     * and {@code <-merged B12} or {@code (formula)} where they apply; a skipped row as
     * {@code 14 TOTAL Tổng cộng} (or {@code 15-16 BLANK …} for a run).
     */
    static String describe(ReadRow row) {
        if (row instanceof SkippedRow skipped) {
            String rows = skipped.rowNumber() == skipped.lastRowNumber() ? String.valueOf(skipped.rowNumber())
                    : skipped.rowNumber() + "-" + skipped.lastRowNumber();
            return rows + " " + skipped.reason() + " " + skipped.detail();
        }
        DataRow data = (DataRow) row;
        String values = data.values().values().stream().map(Rows::value).collect(Collectors.joining(" | "));
        return data.rowNumber() + " | " + data.unit() + " (" + data.unitSource() + ") | " + values;
    }

    private static String value(FieldValue value) {
        String text = value.field() + "@" + value.letter() + "=" + value.text();
        if (value.formula()) {
            text += " (formula)";
        }
        if (value.mergedFrom() != null) {
            text += " <-merged " + value.mergedFrom();
        }
        return text;
    }

    static List<String> describe(SheetRead sheet) {
        return sheet.rows().stream().map(Rows::describe).toList();
    }
}
