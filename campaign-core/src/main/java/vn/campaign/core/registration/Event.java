package vn.campaign.core.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * An event a unit registers: a traditional folk festival (lễ hội văn hóa dân gian truyền thống), a
 * cultural or a sports event.
 *
 * <p>An event holds only the combinations its lifecycle can reach: a reason only when rejected (always) or
 * cancelled, the day it took place only when completed (always); and it changes status only as
 * {@link RegistrationStatus#canBecome} allows. Anything else is refused at once.
 *
 * @param id           its identity
 * @param campaign     the campaign
 * @param unit         the unit that registered it
 * @param details      what the unit stated
 * @param status       where it stands
 * @param statusReason why it was rejected or cancelled
 * @param actualOn     the day it took place, once completed
 * @param version      the number of changes since it was registered
 * @param timeline     when it was registered, last changed and took each status (since 0.2.0)
 * @param reviews      its review history, oldest first (since 0.3.0)
 * @since 0.1.0
 */
public record Event(RegistrationId id, CampaignCode campaign, UnitCode unit, EventDetails details,
        RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, long version,
        Timeline timeline, Reviews reviews) implements Registration {

    /**
     * Validates the event.
     *
     * @throws IllegalArgumentException for a negative version, a reason without a rejection or a
     *                                  cancellation (or a rejection without one), or a day it took place
     *                                  without a completion (or a completion without one), or a known timeline
     *                                  whose last status is not the event's
     *
     * @param id its identity
     * @param campaign the campaign
     * @param unit the unit that registered it
     * @param details what the unit stated
     * @param status where it stands
     * @param statusReason why it was rejected or cancelled
     * @param actualOn the day it took place, once completed
     * @param version the number of changes since it was registered
     * @param timeline when it was registered, last changed and took each status (since 0.2.0)
     * @param reviews its review history, oldest first (since 0.3.0)
     */
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        statusReason = VietnameseText.normalizeOptional(statusReason);
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, got " + version);
        }
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(reviews, "reviews");
        StatusInvariants.check(id, status, statusReason, actualOn, false);
        StatusInvariants.checkTimeline(id, status, timeline);
    }

    /**
     * An event whose times are not known.
     *
     * @param id           its identity
     * @param campaign     the campaign
     * @param unit         the unit that registered it
     * @param details      what the unit stated
     * @param status       where it stands
     * @param statusReason why it was rejected or cancelled
     * @param actualOn     the day it took place, once completed
     * @param version      the number of changes since it was registered
     */
    public Event(RegistrationId id, CampaignCode campaign, UnitCode unit, EventDetails details,
            RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, long version) {
        this(id, campaign, unit, details, status, statusReason, actualOn, version, Timeline.unknown());
    }

    /**
     * An event never reviewed in steps (its review history empty), as stored before reviews were kept.
     *
     * @param id           its identity
     * @param campaign     the campaign
     * @param unit         the unit that registered it
     * @param details      what the unit stated
     * @param status       where it stands
     * @param statusReason why it was rejected, returned or cancelled
     * @param actualOn     the day it took place, once completed
     * @param version      the number of changes since it was registered
     * @param timeline     when it was registered, last changed and took each status
     * @since 0.2.0
     */
    public Event(RegistrationId id, CampaignCode campaign, UnitCode unit, EventDetails details,
            RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, long version,
            Timeline timeline) {
        this(id, campaign, unit, details, status, statusReason, actualOn, version, timeline, Reviews.none());
    }

    /**
     * A newly registered event whose registration time is not known (see {@link #register(CampaignCode,
     * UnitCode, EventDetails, Instant)}).
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param details  what the unit stated
     * @return the event, REGISTERED, version 0, with a new id
     */
    public static Event register(CampaignCode campaign, UnitCode unit, EventDetails details) {
        return new Event(RegistrationId.random(), campaign, unit, details, RegistrationStatus.REGISTERED, null, null, 0);
    }

    /**
     * An event registered at an instant.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param details  what the unit stated
     * @param at       when it is registered
     * @return the event, REGISTERED, version 0, with a new id and a timeline starting at {@code at}
     * @since 0.2.0
     */
    public static Event register(CampaignCode campaign, UnitCode unit, EventDetails details, Instant at) {
        return new Event(RegistrationId.random(), campaign, unit, details, RegistrationStatus.REGISTERED, null, null, 0,
                Timeline.registeredAt(at));
    }

    @Override
    public String name() {
        return details.name();
    }

    @Override
    public @Nullable TaskAreaCode taskArea() {
        return details.taskArea();
    }

    @Override
    public @Nullable LocalDate day() {
        return details.startsOn();
    }

    /**
     * The kind of event.
     *
     * @return festival, cultural or sports
     */
    public EventKind kind() {
        return details.kind();
    }

    /**
     * The last day, as its details state it.
     *
     * @return the last day
     */
    public @Nullable LocalDate endsOn() {
        return details.endsOn();
    }

    /**
     * Where it takes place, as its details state it.
     *
     * @return where it takes place
     */
    public @Nullable String venue() {
        return details.venue();
    }

    /**
     * Who hosts it, as its details state it.
     *
     * @return who hosts it
     */
    public @Nullable String host() {
        return details.host();
    }

    /**
     * How many people are expected, as its details state it.
     *
     * @return how many people are expected
     */
    public @Nullable Integer expectedParticipants() {
        return details.expectedParticipants();
    }

    /**
     * The notes and references to evidence, as its details state it.
     *
     * @return the notes and references to evidence
     */
    public @Nullable String evidenceNotes() {
        return details.evidenceNotes();
    }

    /**
     * A copy with other details and the next version.
     *
     * @param changed the new details
     * @return the copy
     */
    public Event withDetails(EventDetails changed) {
        return new Event(id, campaign, unit, changed, status, statusReason, actualOn, version + 1, timeline, reviews);
    }

    /**
     * A copy with other details and the next version, changed at an instant.
     *
     * @param changed the new details
     * @param at      when
     * @return the copy, its timeline updated at {@code at}
     * @since 0.2.0
     */
    public Event withDetails(EventDetails changed, Instant at) {
        return new Event(id, campaign, unit, changed, status, statusReason, actualOn, version + 1, timeline.edited(at),
                reviews);
    }

    @Override
    public Event withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day) {
        return withStatus(next, reason, day, Timeline.unknown());
    }

    @Override
    public Event withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day, Instant at) {
        return withStatus(next, reason, day, timeline.changed(next, at));
    }

    @Override
    public Event withTimeline(Timeline recovered) {
        return new Event(id, campaign, unit, details, status, statusReason, actualOn, version, recovered, reviews);
    }

    @Override
    public Event reviewed(ReviewProcess process, ReviewDecision decision, @Nullable String reason, String by,
            Instant at) {
        Reviewing d = Reviewing.decide(id, status, reviews, process, decision, reason, by, at);
        if (d.status() == status) {
            return new Event(id, campaign, unit, details, status, statusReason, actualOn, version + 1,
                    timeline.edited(at), reviews.with(d.review()));
        }
        StatusInvariants.checkTransition(id, status, d.status());
        return new Event(id, campaign, unit, details, d.status(), d.status().takesReason() ? reason : null, null,
                version + 1, timeline.changed(d.status(), at), reviews.with(d.review()));
    }

    @Override
    public Event reopened(ReviewProcess process, String by, Instant at) {
        return reopened(details, process, by, at);
    }

    /**
     * A copy of an approved event with other details, sent back to review: REGISTERED, waiting for the first
     * step, the reopening recorded in its reviews, with the next version.
     *
     * @param changed the new details
     * @param process the campaign's review
     * @param by      who changed it
     * @param at      when
     * @return the copy
     * @throws IllegalStateException when the event is not APPROVED
     * @since 0.3.0
     */
    public Event reopened(EventDetails changed, ReviewProcess process, String by, Instant at) {
        Review reopening = Reviewing.reopening(id, status, process, by, at);
        return new Event(id, campaign, unit, changed, RegistrationStatus.REGISTERED, null, null, version + 1,
                timeline.changed(RegistrationStatus.REGISTERED, at), reviews.with(reopening));
    }

    private Event withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day,
            Timeline changed) {
        StatusInvariants.checkTransition(id, status, next);
        return new Event(id, campaign, unit, details, next, next.takesReason() ? reason : null,
                next.takesActualDay() ? day : null, version + 1, changed, reviews);
    }
}
