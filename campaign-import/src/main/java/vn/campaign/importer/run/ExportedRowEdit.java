package vn.campaign.importer.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.importer.mapping.CellRef;
import vn.campaign.importer.mapping.MappedRow;

/**
 * A row of an exported file as an edit of the registration it was exported from: the stored details, with
 * each field the file carries (its column is in the sheet) replaced by the row's value. A field the file
 * does not carry — a column deleted, or one the importer does not read (task area, scale, host, expected
 * participants) — keeps its stored value; a blank cell in a column the file carries clears the field.
 *
 * @param details       the details wanted, whole
 * @param changedFields the fields whose value differs from the stored one, as the core names them, in the
 *                      order of the details
 */
record ExportedRowEdit(RegistrationDetails details, List<String> changedFields) {

    /** Checks the values and copies the list. */
    ExportedRowEdit {
        Objects.requireNonNull(details, "details");
        changedFields = List.copyOf(changedFields);
    }

    /**
     * The edit a row of works makes to a stored work.
     *
     * @param stored the stored work's details
     * @param row    the row
     * @return the details wanted and the fields changed
     */
    static ExportedRowEdit of(WorkDetails stored, MappedRow.WorkRow row) {
        Fields f = new Fields(row.cells());
        WorkDetails file = row.command().details();
        WorkDetails wanted = new WorkDetails(
                f.required("name", stored.name(), file.name()),
                f.required("kind", stored.kind(), file.kind()),
                f.optional("plannedOn", stored.plannedOn(), file.plannedOn()),
                stored.taskArea(),
                f.optional("location", stored.location(), file.location()),
                stored.scale(),
                f.optional("investment", stored.investment(), file.investment()),
                f.optional("fundingSource", stored.fundingSource(), file.fundingSource()),
                f.optional("investor", stored.investor(), file.investor()),
                f.required("plaqueRequested", stored.plaqueRequested(), file.plaqueRequested()),
                f.optional("evidenceNotes", stored.evidenceNotes(), file.evidenceNotes()));
        return new ExportedRowEdit(wanted, f.changed);
    }

    /**
     * The edit a row of events makes to a stored event.
     *
     * @param stored the stored event's details
     * @param row    the row
     * @return the details wanted and the fields changed
     */
    static ExportedRowEdit of(EventDetails stored, MappedRow.EventRow row) {
        Fields f = new Fields(row.cells());
        EventDetails file = row.command().details();
        EventDetails wanted = new EventDetails(
                f.required("name", stored.name(), file.name()),
                f.required("kind", stored.kind(), file.kind()),
                f.optional("startsOn", stored.startsOn(), file.startsOn()),
                f.optional("endsOn", stored.endsOn(), file.endsOn()),
                stored.taskArea(),
                f.optional("venue", stored.venue(), file.venue()),
                stored.host(),
                stored.expectedParticipants(),
                f.optional("evidenceNotes", stored.evidenceNotes(), file.evidenceNotes()));
        return new ExportedRowEdit(wanted, f.changed);
    }

    /** Picks each field from the file when the file carries it, noting the ones that change. */
    private static final class Fields {
        private final Map<FieldPath, CellRef> carried;
        private final List<String> changed = new ArrayList<>();

        Fields(Map<FieldPath, CellRef> carried) {
            this.carried = carried;
        }

        /** A field every registration has. */
        <T> T required(String field, T stored, T file) {
            return carries(field, stored, file) ? file : stored;
        }

        /** A field that may be empty. */
        <T> @Nullable T optional(String field, @Nullable T stored, @Nullable T file) {
            return carries(field, stored, file) ? file : stored;
        }

        /** Whether the file carries the field; notes it as changed when its value differs from the stored one. */
        private boolean carries(String field, @Nullable Object stored, @Nullable Object file) {
            if (!carried.containsKey(FieldPath.of(field))) {
                return false;
            }
            if (!Objects.equals(stored, file)) {
                changed.add(field);
            }
            return true;
        }
    }
}
