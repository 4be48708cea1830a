package vn.campaign.api.mongo;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * A work or an event as stored in the {@code registrations} collection: one flat document per
 * registration, its {@code type} telling which. Fields that belong to the other type are absent.
 *
 * <p>The natural key (campaign, unit, nameFolded) is unique across works and events; {@code version}
 * counts the changes and guards every replacement.
 *
 * @param id                   the registration's id (a UUID)
 * @param type                 {@code WORK} or {@code EVENT}
 * @param campaign             the campaign's code
 * @param unit                 the registering unit's code
 * @param name                 the name, NFC
 * @param nameFolded           the name folded: the last part of the natural key, and what search matches
 * @param kind                 the name of the work kind or event kind
 * @param status               the name of the registration status
 * @param statusReason         why it was rejected or cancelled
 * @param actualOn             the day it took place (ISO-8601)
 * @param version              the number of changes since it was registered
 * @param taskArea             the task area code
 * @param evidenceNotes        notes and references to evidence
 * @param plannedOn            a work's planned day (ISO-8601)
 * @param location             a work's location
 * @param scale                a work's scale
 * @param investment           a work's investment in đồng
 * @param fundingSource        a work's funding source
 * @param investor             a work's investor
 * @param plaqueRequested      whether a work asks for a plaque
 * @param plaqueAwarded        whether a work was awarded a plaque
 * @param startsOn             an event's first day (ISO-8601)
 * @param endsOn               an event's last day (ISO-8601)
 * @param venue                an event's venue
 * @param host                 an event's host
 * @param expectedParticipants an event's expected participants
 * @param history              the statuses taken, oldest first, each with its instant; absent (or empty) when not
 *                             known, as in documents stored before times were kept
 * @param updatedAt            when anything of it last changed (a sortable instant); absent when not known
 * @param reviews              the review history, oldest first; absent (or empty) when never reviewed in steps
 * @param nameKey              the last part of the unique natural key: {@code nameFolded} while the registration is
 *                             live, {@code nameFolded#id} once rejected or cancelled, so that it no longer holds its
 *                             name; absent in documents stored before, until the start-up backfill
 *                             ({@link MongoIndexes#create()}) sets it
 */
@Document(RegistrationDocument.COLLECTION)
public record RegistrationDocument(@MongoId(FieldType.STRING) String id, String type, String campaign, String unit,
        String name, String nameFolded, String kind, String status, @Nullable String statusReason,
        @Nullable String actualOn, long version, @Nullable String taskArea, @Nullable String evidenceNotes,
        @Nullable String plannedOn, @Nullable String location, @Nullable String scale, @Nullable Long investment,
        @Nullable String fundingSource, @Nullable String investor, @Nullable Boolean plaqueRequested,
        @Nullable Boolean plaqueAwarded, @Nullable String startsOn, @Nullable String endsOn, @Nullable String venue,
        @Nullable String host, @Nullable Integer expectedParticipants, @Nullable List<StatusChangeDocument> history,
        @Nullable String updatedAt, @Nullable List<ReviewDocument> reviews, @Nullable String nameKey) {

    /** The collection's name. */
    public static final String COLLECTION = "registrations";

    /** Validates the document. */
    public RegistrationDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameFolded, "nameFolded");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The {@code nameKey} of a registration: its folded name while live, made unique by its id once rejected or
     * cancelled. A folded name holds only letters, digits and single spaces, so {@code #} never occurs in it and
     * an ended registration's key never equals a live one's.
     *
     * @param nameFolded the folded name
     * @param id         the registration's id
     * @param live       whether its status is live
     * @return the key
     */
    public static String nameKey(String nameFolded, String id, boolean live) {
        return live ? nameFolded : nameFolded + "#" + id;
    }

    /**
     * One entry of the review history.
     *
     * @param step     the name of the review step
     * @param decision the name of the decision
     * @param reason   why, if given
     * @param by       who decided
     * @param at       when (a sortable instant)
     */
    public record ReviewDocument(String step, String decision, @Nullable String reason, String by, String at) {

        /** Validates the entry. */
        public ReviewDocument {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One entry of the status history.
     *
     * @param status the name of the status taken
     * @param at     when (a sortable instant)
     */
    public record StatusChangeDocument(String status, String at) {

        /** Validates the entry. */
        public StatusChangeDocument {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }
}
