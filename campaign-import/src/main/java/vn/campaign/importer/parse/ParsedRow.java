package vn.campaign.importer.parse;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Vnd;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.value.DateRange;

/**
 * A data row with its values read. A value that is blank, or could not be read, is {@code null}; the
 * reason is among the issues.
 *
 * @param source        the data row as read from the sheet
 * @param type          whether it registers a work or an event
 * @param sequence      the sequence number (STT), when it is a whole number
 * @param unit          the unit text in force (to be resolved later), or {@code null}
 * @param name          the name of the work or event
 * @param workKind      the kind of a work
 * @param eventKind     the kind of an event
 * @param plannedDate   the planned ceremony or event date: a day, month, quarter or year
 * @param startDate     the start date
 * @param endDate       the end date
 * @param location      the place
 * @param amount        the investment amount in đồng
 * @param fundingSource where the money comes from
 * @param investor      the investor
 * @param plaque        whether a plaque is asked for ({@code false} when the mark is blank)
 * @param notes         the notes
 * @param issues        everything found: cell issues, then each value's in the order the fields are read, then
 *                      the row-level ones (name, unit, date missing)
 */
public record ParsedRow(DataRow source, RowType type, @Nullable Integer sequence, @Nullable String unit,
        @Nullable String name, @Nullable WorkKind workKind, @Nullable EventKind eventKind,
        @Nullable DateRange plannedDate, @Nullable DateRange startDate, @Nullable DateRange endDate,
        @Nullable String location, @Nullable Vnd amount, @Nullable String fundingSource, @Nullable String investor,
        @Nullable Boolean plaque, @Nullable String notes, List<RowIssue> issues) {

    /**
     * Checks the values and copies the issues.
     *
     * @param source the data row as read from the sheet
     * @param type whether it registers a work or an event
     * @param sequence the sequence number (STT), when it is a whole number
     * @param unit the unit text in force (to be resolved later), or {@code null}
     * @param name the name of the work or event
     * @param workKind the kind of a work
     * @param eventKind the kind of an event
     * @param plannedDate the planned ceremony or event date: a day, month, quarter or year
     * @param startDate the start date
     * @param endDate the end date
     * @param location the place
     * @param amount the investment amount in đồng
     * @param fundingSource where the money comes from
     * @param investor the investor
     * @param plaque whether a plaque is asked for ({@code false} when the mark is blank)
     * @param notes the notes
     * @param issues everything found: cell issues, then each value's in the order the fields are read, then the row-level ones (name, unit, date missing)
     */
    public ParsedRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        issues = List.copyOf(issues);
        if (workKind != null && type != RowType.WORK || eventKind != null && type != RowType.EVENT) {
            throw new IllegalArgumentException("a " + type + " row cannot have a " + (workKind != null ? "work" : "event")
                    + " kind");
        }
    }

    /**
     * The sheet of the row.
     *
     * @return the sheet name
     */
    public String sheet() {
        return source.sheet();
    }

    /**
     * The 1-based row number.
     *
     * @return the row number
     */
    public int rowNumber() {
        return source.rowNumber();
    }

    /**
     * Whether an issue rejects the row.
     *
     * @return {@code true} when any issue is an ERROR
     */
    public boolean hasErrors() {
        return issues.stream().anyMatch(RowIssue::isError);
    }
}
