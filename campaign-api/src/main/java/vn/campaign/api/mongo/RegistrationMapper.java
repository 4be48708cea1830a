package vn.campaign.api.mongo;

import java.time.Instant;
import java.util.List;
import vn.campaign.api.mongo.RegistrationDocument.ReviewDocument;
import vn.campaign.api.mongo.RegistrationDocument.StatusChangeDocument;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Reviews;
import vn.campaign.core.registration.StatusChange;
import vn.campaign.core.registration.Timeline;
import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;

/** Maps works and events to and from their documents. */
public final class RegistrationMapper {

    private RegistrationMapper() {
    }

    /**
     * The document of a work or an event.
     *
     * @param registration the registration
     * @return its document
     */
    public static RegistrationDocument toDocument(Registration registration) {
        return registration instanceof Work w ? work(w) : event((Event) registration);
    }

    private static RegistrationDocument work(Work w) {
        WorkDetails d = w.details();
        return new RegistrationDocument(w.id().value(), RegistrationType.WORK.name(), w.campaign().value(),
                w.unit().value(), d.name(), w.foldedName(), d.kind().name(), w.status().name(), w.statusReason(),
                Dates.text(w.actualOn()), w.version(), code(d.taskArea()), d.evidenceNotes(), Dates.text(d.plannedOn()),
                d.location(), d.scale(), d.investment() == null ? null : d.investment().amount(), d.fundingSource(),
                d.investor(), d.plaqueRequested(), w.plaqueAwarded(), null, null, null, null, null,
                history(w.timeline()), updatedAt(w.timeline()), reviews(w.reviews()), nameKey(w));
    }

    private static RegistrationDocument event(Event e) {
        EventDetails d = e.details();
        return new RegistrationDocument(e.id().value(), RegistrationType.EVENT.name(), e.campaign().value(),
                e.unit().value(), d.name(), e.foldedName(), d.kind().name(), e.status().name(), e.statusReason(),
                Dates.text(e.actualOn()), e.version(), code(d.taskArea()), d.evidenceNotes(), null, null, null, null,
                null,
                null, null, null, Dates.text(d.startsOn()), Dates.text(d.endsOn()), d.venue(), d.host(),
                d.expectedParticipants(), history(e.timeline()), updatedAt(e.timeline()), reviews(e.reviews()),
                nameKey(e));
    }

    /**
     * The work or event a document holds.
     *
     * @param doc the document
     * @return the registration
     * @throws IllegalArgumentException when the document's type is neither WORK nor EVENT
     */
    public static Registration toDomain(RegistrationDocument doc) {
        RegistrationId id = new RegistrationId(doc.id());
        CampaignCode campaign = new CampaignCode(doc.campaign());
        UnitCode unit = new UnitCode(doc.unit());
        RegistrationStatus status = RegistrationStatus.valueOf(doc.status());
        return switch (RegistrationType.valueOf(doc.type())) {
            case WORK -> new Work(id, campaign, unit, new WorkDetails(doc.name(), WorkKind.valueOf(doc.kind()),
                    Dates.day(doc.plannedOn()), taskArea(doc.taskArea()), doc.location(), doc.scale(),
                    doc.investment() == null ? null : new Vnd(doc.investment()), doc.fundingSource(), doc.investor(),
                    Boolean.TRUE.equals(doc.plaqueRequested()), doc.evidenceNotes()),
                    status, doc.statusReason(), Dates.day(doc.actualOn()), Boolean.TRUE.equals(doc.plaqueAwarded()),
                    doc.version(), timeline(doc), reviews(doc));
            case EVENT -> new Event(id, campaign, unit, new EventDetails(doc.name(), EventKind.valueOf(doc.kind()),
                    Dates.day(doc.startsOn()), Dates.day(doc.endsOn()), taskArea(doc.taskArea()), doc.venue(),
                    doc.host(),
                    doc.expectedParticipants(), doc.evidenceNotes()),
                    status, doc.statusReason(), Dates.day(doc.actualOn()), doc.version(), timeline(doc), reviews(doc));
        };
    }

    private static @Nullable List<StatusChangeDocument> history(Timeline timeline) {
        return timeline.isKnown() ? timeline.history().stream()
                .map(c -> new StatusChangeDocument(c.status().name(), Dates.text(c.at()))).toList() : null;
    }

    private static String nameKey(Registration r) {
        return RegistrationDocument.nameKey(r.foldedName(), r.id().value(), r.status().isLive());
    }

    private static @Nullable List<ReviewDocument> reviews(Reviews reviews) {
        return reviews.entries().isEmpty() ? null : reviews.entries().stream()
                .map(r -> new ReviewDocument(r.step().name(), r.decision().name(), r.reason(), r.by(),
                        Dates.text(r.at())))
                .toList();
    }

    /** The review history of a document; none for one stored before reviews were kept. */
    private static Reviews reviews(RegistrationDocument doc) {
        List<ReviewDocument> reviews = doc.reviews();
        return reviews == null || reviews.isEmpty() ? Reviews.none() : new Reviews(reviews.stream()
                .map(r -> new Review(ReviewStep.valueOf(r.step()), ReviewDecision.valueOf(r.decision()), r.reason(),
                        r.by(), Dates.instant(r.at())))
                .toList());
    }

    private static @Nullable String updatedAt(Timeline timeline) {
        Instant at = timeline.updatedAt();
        return at == null ? null : Dates.text(at);
    }

    /** The timeline of a document; unknown for one stored before times were kept. */
    private static Timeline timeline(RegistrationDocument doc) {
        List<StatusChangeDocument> history = doc.history();
        String updatedAt = doc.updatedAt();
        if (history == null || history.isEmpty() || updatedAt == null) {
            return Timeline.unknown();
        }
        return new Timeline(history.stream()
                .map(c -> new StatusChange(RegistrationStatus.valueOf(c.status()), Dates.instant(c.at()))).toList(),
                Dates.instant(updatedAt));
    }

    private static @Nullable String code(@Nullable TaskAreaCode area) {
        return area == null ? null : area.value();
    }

    private static @Nullable TaskAreaCode taskArea(@Nullable String code) {
        return code == null ? null : new TaskAreaCode(code);
    }
}
