package vn.campaign.importer.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.WorkKind;

/**
 * A work stored from one row: the values extracted, as the core stored them.
 *
 * @param sheet           the sheet name
 * @param row             the 1-based row number
 * @param unitCode        the unit's code, resolved from the text of the row
 * @param name            the work's name, in NFC
 * @param kind            inauguration or groundbreaking
 * @param plannedOn       the planned ceremony day; the first day when the cell gave a month or a quarter
 * @param investmentVnd   the investment in đồng, if given
 * @param plaqueRequested whether a commemorative plaque is asked for
 * @param location        where the work is, if given
 * @param fundingSource   where the money comes from, if given
 * @param investor        the investor, if given
 * @param change          whether the registration was created, updated or left unchanged
 * @param id              the registration's id in the store
 * @param changedFields   the fields a row of an exported file changed ({@code plannedOn}, {@code investment},
 *                        …), as the core names them; empty unless the change is UPDATED by the row's system id
 * @param unitFrom        where the row's unit came from: "column", "group row", "title", "sheet name" or "file
 *                        name"; {@code null} when not known (a report of an older version)
 */
public record WorkLine(String sheet, int row, String unitCode, String name, WorkKind kind,
        @Nullable LocalDate plannedOn, @Nullable Long investmentVnd, boolean plaqueRequested,
        @Nullable String location, @Nullable String fundingSource, @Nullable String investor,
        Saved.Change change, String id, List<String> changedFields,
        @Nullable String unitFrom) {

    /**
     * Checks the values.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param unitCode the unit's code, resolved from the text of the row
     * @param name the work's name, in NFC
     * @param kind inauguration or groundbreaking
     * @param plannedOn the planned ceremony day; the first day when the cell gave a month or a quarter
     * @param investmentVnd the investment in đồng, if given
     * @param plaqueRequested whether a commemorative plaque is asked for
     * @param location where the work is, if given
     * @param fundingSource where the money comes from, if given
     * @param investor the investor, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     * @param changedFields the fields a row of an exported file changed ({@code plannedOn}, {@code investment}, …), as the core names them; empty unless the change is UPDATED by the row's system id
     * @param unitFrom where the row's unit came from: "column", "group row", "title", "sheet name" or "file
     *        name"; {@code null} when not known (a report of an older version)
     */
    public WorkLine {
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
     * @param name the work's name, in NFC
     * @param kind inauguration or groundbreaking
     * @param plannedOn the planned ceremony day; the first day when the cell gave a month or a quarter
     * @param investmentVnd the investment in đồng, if given
     * @param plaqueRequested whether a commemorative plaque is asked for
     * @param location where the work is, if given
     * @param fundingSource where the money comes from, if given
     * @param investor the investor, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     */
    public WorkLine(String sheet, int row, String unitCode, String name, WorkKind kind,
            @Nullable LocalDate plannedOn, @Nullable Long investmentVnd, boolean plaqueRequested,
            @Nullable String location, @Nullable String fundingSource, @Nullable String investor,
            Saved.Change change, String id) {
        this(sheet, row, unitCode, name, kind, plannedOn, investmentVnd, plaqueRequested, location, fundingSource, investor,
                change, id, List.of());
    }

    /**
     * A line whose unit's origin is not known.
     *
     * @param sheet the sheet name
     * @param row the 1-based row number
     * @param unitCode the unit's code, resolved from the text of the row
     * @param name the work's name, in NFC
     * @param kind inauguration or groundbreaking
     * @param plannedOn the planned ceremony day; the first day when the cell gave a month or a quarter
     * @param investmentVnd the investment in đồng, if given
     * @param plaqueRequested whether a commemorative plaque is asked for
     * @param location where the work is, if given
     * @param fundingSource where the money comes from, if given
     * @param investor the investor, if given
     * @param change whether the registration was created, updated or left unchanged
     * @param id the registration's id in the store
     * @param changedFields the fields a row of an exported file changed ({@code plannedOn}, {@code investment},
     *        …), as the core names them; empty unless the change is UPDATED by the row's system id
     */
    public WorkLine(String sheet, int row, String unitCode, String name, WorkKind kind,
            @Nullable LocalDate plannedOn, @Nullable Long investmentVnd, boolean plaqueRequested,
            @Nullable String location, @Nullable String fundingSource, @Nullable String investor,
            Saved.Change change, String id, List<String> changedFields) {
        this(sheet, row, unitCode, name, kind, plannedOn, investmentVnd, plaqueRequested, location, fundingSource, investor,
                change, id, changedFields, null);
    }
}
