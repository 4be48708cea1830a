package vn.campaign.importer.issue;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;

/**
 * Something found in one row: a value that could not be read, a unit that could not be resolved, a
 * rule of the campaign the row breaks (with the core's code), or an assumption the importer made.
 * An ERROR rejects the row; a WARNING lets it through.
 *
 * <p>The message is written once, by the stage that found the issue; the report prints it as it is.
 *
 * @param sheet    the sheet name (a CSV file has one sheet, named after the file)
 * @param row      the 1-based row number, as Excel shows it
 * @param column   the column letter, or {@code null} when no single column is at fault
 * @param code     the stable code: a value parser's ({@code DATE_UNREADABLE}), the importer's
 *                 ({@code UNIT_AMBIGUOUS}) or the core's rule code ({@code DATE_OUTSIDE_CAMPAIGN})
 * @param severity ERROR or WARNING
 * @param message  what is wrong, in Vietnamese and English
 * @param value    the cell's value as written, or {@code null} when there is none
 * @param field    the field of the registration concerned ({@code plannedOn}, {@code unitCode}), or
 *                 {@code null}
 */
public record Issue(String sheet, int row, @Nullable String column, IssueCode code, Severity severity, Message message,
        @Nullable String value, @Nullable FieldPath field) {

    /**
     * Checks the values.
     *
     * @param sheet the sheet name (a CSV file has one sheet, named after the file)
     * @param row the 1-based row number, as Excel shows it
     * @param column the column letter, or {@code null} when no single column is at fault
     * @param code the stable code: a value parser's ({@code DATE_UNREADABLE}), the importer's ({@code UNIT_AMBIGUOUS}) or the core's rule code ({@code DATE_OUTSIDE_CAMPAIGN})
     * @param severity ERROR or WARNING
     * @param message what is wrong, in Vietnamese and English
     * @param value the cell's value as written, or {@code null} when there is none
     * @param field the field of the registration concerned ({@code plannedOn}, {@code unitCode}), or {@code null}
     */
    public Issue {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        Objects.requireNonNull(code, "code");
        if (code.name().isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Whether the issue rejects its row.
     *
     * @return {@code true} for an ERROR
     */
    public boolean rejectsRow() {
        return severity == Severity.ERROR;
    }
}
