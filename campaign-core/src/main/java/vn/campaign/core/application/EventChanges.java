package vn.campaign.core.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * The changes a partial update makes to an event's details, field by field: a field left {@link Change#keep}
 * keeps its stored value, {@link Change#clear} empties it, {@link Change#set} replaces it.
 *
 * @param name                 the name; cleared, it is empty and refused as REQUIRED
 * @param kind                 the kind; cannot be cleared
 * @param startsOn             the first day
 * @param endsOn               the last day
 * @param taskArea             the task area
 * @param venue                where it takes place
 * @param host                 who hosts it
 * @param expectedParticipants how many people are expected
 * @param evidenceNotes        notes and references to evidence
 * @since 0.1.0
 */
public record EventChanges(Change<String> name,
        Change<EventKind> kind,
        Change<LocalDate> startsOn,
        Change<LocalDate> endsOn,
        Change<TaskAreaCode> taskArea,
        Change<String> venue,
        Change<String> host,
        Change<Integer> expectedParticipants,
        Change<String> evidenceNotes) {

    /**
     * Validates the changes.
     *
     * @param name the name; cleared, it is empty and refused as REQUIRED
     * @param kind the kind; cannot be cleared
     * @param startsOn the first day
     * @param endsOn the last day
     * @param taskArea the task area
     * @param venue where it takes place
     * @param host who hosts it
     * @param expectedParticipants how many people are expected
     * @param evidenceNotes notes and references to evidence
     */
    public EventChanges {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(taskArea, "taskArea");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(expectedParticipants, "expectedParticipants");
        Objects.requireNonNull(evidenceNotes, "evidenceNotes");
    }

    /**
     * No change at all: every field keeps its value.
     *
     * @return the changes
     */
    public static EventChanges none() {
        return new EventChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep());
    }

    /**
     * The details after these changes.
     *
     * @param stored the details stored
     * @return the merged details, still to be checked by the rules; the violation REQUIRED on {@code kind}
     *         when the kind is cleared
     */
    public Outcome<EventDetails> applyTo(EventDetails stored) {
        EventKind newKind = kind.applyTo(stored.kind());
        if (newKind == null) {
            return Outcome.failure(List.of(Violation.on(RuleCode.REQUIRED, "kind", "kind")));
        }
        return Outcome.success(new EventDetails(Objects.requireNonNullElse(name.applyTo(stored.name()), ""),
                newKind, startsOn.applyTo(stored.startsOn()), endsOn.applyTo(stored.endsOn()),
                taskArea.applyTo(stored.taskArea()), venue.applyTo(stored.venue()), host.applyTo(stored.host()),
                expectedParticipants.applyTo(stored.expectedParticipants()),
                evidenceNotes.applyTo(stored.evidenceNotes())), List.of());
    }

    /**
     * The same changes with another change of the name; cleared, it is empty and refused as REQUIRED.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withName(Change<String> change) {
        return new EventChanges(change, kind, startsOn, endsOn, taskArea, venue, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of the kind; cannot be cleared.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withKind(Change<EventKind> change) {
        return new EventChanges(name, change, startsOn, endsOn, taskArea, venue, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of the first day.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withStartsOn(Change<LocalDate> change) {
        return new EventChanges(name, kind, change, endsOn, taskArea, venue, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of the last day.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withEndsOn(Change<LocalDate> change) {
        return new EventChanges(name, kind, startsOn, change, taskArea, venue, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of the task area.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withTaskArea(Change<TaskAreaCode> change) {
        return new EventChanges(name, kind, startsOn, endsOn, change, venue, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of where it takes place.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withVenue(Change<String> change) {
        return new EventChanges(name, kind, startsOn, endsOn, taskArea, change, host, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of who hosts it.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withHost(Change<String> change) {
        return new EventChanges(name, kind, startsOn, endsOn, taskArea, venue, change, expectedParticipants, evidenceNotes);
    }
    /**
     * The same changes with another change of how many people are expected.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withExpectedParticipants(Change<Integer> change) {
        return new EventChanges(name, kind, startsOn, endsOn, taskArea, venue, host, change, evidenceNotes);
    }
    /**
     * The same changes with another change of notes and references to evidence.
     *
     * @param change the change
     * @return the changes
     */
    public EventChanges withEvidenceNotes(Change<String> change) {
        return new EventChanges(name, kind, startsOn, endsOn, taskArea, venue, host, expectedParticipants, change);
    }
}
