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
 */
@Document(RegistrationDocument.COLLECTION)
public record RegistrationDocument(@MongoId(FieldType.STRING) String id, String type, String campaign, String unit,
        String name, String nameFolded, String kind, String status, @Nullable String statusReason,
        @Nullable String actualOn, long version, @Nullable String taskArea, @Nullable String evidenceNotes,
        @Nullable String plannedOn, @Nullable String location, @Nullable String scale, @Nullable Long investment,
        @Nullable String fundingSource, @Nullable String investor, @Nullable Boolean plaqueRequested,
        @Nullable Boolean plaqueAwarded, @Nullable String startsOn, @Nullable String endsOn, @Nullable String venue,
        @Nullable String host, @Nullable Integer expectedParticipants, @Nullable List<StatusChangeDocument> history,
        @Nullable String updatedAt) {

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
