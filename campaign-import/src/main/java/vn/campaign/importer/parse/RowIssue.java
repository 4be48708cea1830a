package vn.campaign.importer.parse;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.IssueCode;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.FieldValue;

/**
 * Something found in one data row.
 *
 * @param sheet    the sheet name
 * @param row      the 1-based row number
 * @param column   the column letter, or {@code null} when no single column is at fault
 * @param field    the field concerned, or {@code null}
 * @param code     the stable code: a {@link RowIssueCode} or a value parser's
 *                 {@link vn.campaign.importer.value.ValueIssueCode}
 * @param severity ERROR rejects the row, WARNING lets it through
 * @param message  what is wrong: in Vietnamese the code's description with the cell's text, in English
 *                 precise enough to fix the cell
 * @param rawValue the cell as stored, or the empty string when there is none
 */
public record RowIssue(String sheet, int row, @Nullable String column, @Nullable Field field, IssueCode code,
        Severity severity, Message message, String rawValue) {

    /**
     * Checks the values.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param column the column letter, or {@code null} when no single column is at fault
     * @param field the field concerned, or {@code null}
     * @param code the stable code: a {@link RowIssueCode} or a value parser's {@link vn.campaign.importer.value.ValueIssueCode}
     * @param severity ERROR rejects the row, WARNING lets it through
     * @param message what is wrong: in Vietnamese the code's description with the cell's text, in English precise enough to fix the cell
     * @param rawValue the cell as stored, or the empty string when there is none
     */
    public RowIssue {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rawValue, "rawValue");
    }

    /**
     * Whether the issue rejects its row.
     *
     * @return {@code true} for an ERROR
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The value an issue of a row shows: the decoded text of the field's cell, else the raw value.
     *
     * @param row   the data row
     * @param field the field concerned, or {@code null}
     * @param raw   the cell as stored, or the empty string
     * @return the text, or {@code null} when there is none
     */
    public static @Nullable String shown(DataRow row, @Nullable Field field, String raw) {
        FieldValue cell = field == null ? null : row.values().get(field);
        return cell != null ? cell.text() : raw.isEmpty() ? null : raw;
    }
}
