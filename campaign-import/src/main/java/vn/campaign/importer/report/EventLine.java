package vn.campaign.importer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.EventKind;

/**
 * An event stored from one row: the values extracted, as the core stored them.
 *
 * @param sheet    the sheet name
 * @param row      the 1-based row number
 * @param unitCode the unit's code, resolved from the text of the row
 * @param name     the event's name, in NFC
 * @param kind     festival, cultural or sports event
 * @param startsOn its first day; the first day of the range when the cell gave a month or a quarter
 * @param endsOn   its last day, if given; likewise the first day of a month or quarter
 * @param venue    where it takes place, if given
 * @param change   whether the registration was created, updated or left unchanged
 * @param id       the registration's id in the store
 * @param changedFields the fields a row of an exported file changed ({@code plannedOn}, {@code investment},
 *                 …), as the core names them; empty unless the change is UPDATED by the row's system id
 * @param unitFrom        where the row's unit came from: "column", "group row", "title", "sheet name" or "file
 *                        name"; {@code null} when not known (a report of an older version)
 */
public record EventLine(String sheet, int row, String unitCode, String name, EventKind kind,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String venue, Saved.Change change,
        String id, List<String> changedFields,
        @Nullable String unitFrom) {

    /**
     * Checks the values.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param unitCode the unit's code, resolved from the text of the row
     * @param name the event's name, in NFC
     * @param kind festival, cultural or sports event
     * @param startsOn its first day; the first day of the range when the cell gave a month or a quarter
     * @param endsOn its last day, if given; likewise the first day of a month or quarter
     * @param venue where it takes place, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     * @param changedFields the fields a row of an exported file changed ({@code plannedOn}, {@code investment}, …), as the core names them; empty unless the change is UPDATED by the row's system id
     * @param unitFrom where the row's unit came from: "column", "group row", "title", "sheet name" or "file
     *        name"; {@code null} when not known (a report of an older version)
     */
    public EventLine {
        Objects.requireNonNull(sheet, "sheet");
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more, was " + row);
        }
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(id, "id");
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /**
     * A line with no changed fields named: a registration created, left unchanged, or updated by its natural
     * key.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param unitCode the unit's code, resolved from the text of the row
     * @param name the event's name, in NFC
     * @param kind festival, cultural or sports event
     * @param startsOn its first day; the first day of the range when the cell gave a month or a quarter
     * @param endsOn its last day, if given; likewise the first day of a month or quarter
     * @param venue where it takes place, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     */
    public EventLine(String sheet, int row, String unitCode, String name, EventKind kind,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String venue, Saved.Change change,
            String id) {
        this(sheet, row, unitCode, name, kind, startsOn, endsOn, venue, change, id, List.of());
    }

    /**
     * A line whose unit's origin is not known.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param unitCode the unit's code, resolved from the text of the row
     * @param name the event's name, in NFC
     * @param kind festival, cultural or sports event
     * @param startsOn its first day; the first day of the range when the cell gave a month or a quarter
     * @param endsOn its last day, if given; likewise the first day of a month or quarter
     * @param venue where it takes place, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     * @param changedFields the fields a row of an exported file changed ({@code plannedOn}, {@code investment},
     *        …), as the core names them; empty unless the change is UPDATED by the row's system id
     */
    public EventLine(String sheet, int row, String unitCode, String name, EventKind kind,
            @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String venue, Saved.Change change,
            String id, List<String> changedFields) {
        this(sheet, row, unitCode, name, kind, startsOn, endsOn, venue, change, id, changedFields, null);
    }
}
