package vn.campaign.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * The values of an object as the audit trail keeps them: field name → text, absent fields left out.
 *
 * @since 0.1.0
 */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * A registration's values.
     *
     * @param r a work or an event
     * @return its values
     */
    public static Map<String, String> of(Registration r) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "campaign", r.campaign().value());
        put(m, "unit", r.unit().value());
        put(m, "name", r.name());
        put(m, "status", r.status().name());
        put(m, "statusReason", r.statusReason());
        put(m, "actualOn", r.actualOn());
        put(m, "version", r.version());
        if (r instanceof Work work) {
            WorkDetails d = work.details();
            put(m, "kind", d.kind().name());
            put(m, "plannedOn", d.plannedOn());
            put(m, "taskArea", d.taskArea());
            put(m, "location", d.location());
            put(m, "scale", d.scale());
            put(m, "investment", d.investment() == null ? null : d.investment().amount());
            put(m, "fundingSource", d.fundingSource());
            put(m, "investor", d.investor());
            put(m, "plaqueRequested", d.plaqueRequested());
            put(m, "plaqueAwarded", work.plaqueAwarded());
            put(m, "evidenceNotes", d.evidenceNotes());
        } else if (r instanceof Event event) {
            EventDetails d = event.details();
            put(m, "kind", d.kind().name());
            put(m, "startsOn", d.startsOn());
            put(m, "endsOn", d.endsOn());
            put(m, "taskArea", d.taskArea());
            put(m, "venue", d.venue());
            put(m, "host", d.host());
            put(m, "expectedParticipants", d.expectedParticipants());
            put(m, "evidenceNotes", d.evidenceNotes());
        }
        return m;
    }

    /**
     * A progress report's values.
     *
     * @param r the report
     * @return its values
     */
    public static Map<String, String> of(ProgressReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "campaign", r.campaign().value());
        put(m, "target", r.target());
        put(m, "unit", r.unit().value());
        put(m, "reportedOn", r.reportedOn());
        put(m, "value", r.value().toPlainString());
        put(m, "note", r.note());
        return m;
    }

    private static void put(Map<String, String> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, String.valueOf(value));
        }
    }
}
