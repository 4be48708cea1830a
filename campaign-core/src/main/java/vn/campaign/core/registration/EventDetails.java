package vn.campaign.core.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.text.VietnameseText;

/**
 * What a unit states about an event when it registers or edits it. Texts are stored in NFC; blank
 * optional texts become {@code null}. Business rules are checked by the rule policies, not here.
 *
 * @param name                 the event's name ("Lễ hội Văn Miếu Hà Tĩnh")
 * @param kind                 festival, cultural or sports event
 * @param startsOn             its first day
 * @param endsOn               its last day; {@code null} for a one-day event
 * @param taskArea             the code of the campaign's task area it serves, if stated
 * @param venue                where it takes place
 * @param host                 who hosts it
 * @param expectedParticipants how many people are expected
 * @param evidenceNotes        notes and references to evidence
 * @since 0.1.0
 */
public record EventDetails(String name, EventKind kind, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
        @Nullable TaskAreaCode taskArea, @Nullable String venue, @Nullable String host,
        @Nullable Integer expectedParticipants, @Nullable String evidenceNotes) implements RegistrationDetails {

    /**
     * Normalises the texts.
     *
     * @param name the event's name ("Lễ hội Văn Miếu Hà Tĩnh")
     * @param kind festival, cultural or sports event
     * @param startsOn its first day
     * @param endsOn its last day; {@code null} for a one-day event
     * @param taskArea the code of the campaign's task area it serves, if stated
     * @param venue where it takes place
     * @param host who hosts it
     * @param expectedParticipants how many people are expected
     * @param evidenceNotes notes and references to evidence
     */
    public EventDetails {
        name = VietnameseText.normalize(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(kind, "kind");
        venue = VietnameseText.normalizeOptional(venue);
        host = VietnameseText.normalizeOptional(host);
        evidenceNotes = VietnameseText.normalizeOptional(evidenceNotes);
    }

    /**
     * The details with only the required fields.
     *
     * @param name     the name
     * @param kind     the kind
     * @param startsOn the first day
     * @param endsOn   the last day, or {@code null}
     * @return the details
     */
    public static EventDetails of(String name, EventKind kind, LocalDate startsOn, @Nullable LocalDate endsOn) {
        return new EventDetails(name, kind, startsOn, endsOn, null, null, null, null, null);
    }

    /**
     * The last day: {@code endsOn}, or {@code startsOn} for a one-day event.
     *
     * @return the last day, or {@code null} when no start is known
     */
    public @Nullable LocalDate lastDay() {
        return endsOn != null ? endsOn : startsOn;
    }
}
