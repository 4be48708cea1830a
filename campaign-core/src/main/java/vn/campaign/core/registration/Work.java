package vn.campaign.core.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * A celebratory work (công trình chào mừng): an inauguration or a groundbreaking a unit registers.
 *
 * <p>A work holds only the combinations its lifecycle can reach: a reason only when rejected (always) or
 * cancelled, the day it took place only when completed (always), a plaque only once approved; and it
 * changes status only as {@link RegistrationStatus#canBecome} allows. Anything else is refused at once.
 *
 * @param id            its identity
 * @param campaign      the campaign
 * @param unit          the unit that registered it
 * @param details       what the unit stated
 * @param status        where it stands
 * @param statusReason  why it was rejected or cancelled
 * @param actualOn      the day the ceremony took place, once completed
 * @param plaqueAwarded whether the city awarded it a commemorative plaque
 * @param version       the number of changes since it was registered
 * @param timeline      when it was registered, last changed and took each status (since 0.2.0)
 * @param reviews       its review history, oldest first (since 0.3.0)
 * @since 0.1.0
 */
public record Work(RegistrationId id, CampaignCode campaign, UnitCode unit, WorkDetails details,
        RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, boolean plaqueAwarded,
        long version, Timeline timeline, Reviews reviews) implements Registration {

    /**
     * Validates the work.
     *
     * @throws IllegalArgumentException for a negative version, a reason without a rejection or a
     *                                  cancellation (or a rejection without one), a day it took place
     *                                  without a completion (or a completion without one), or a plaque on a
     *                                  work never approved, or a known timeline whose last status is not the
     *                                  work's
     *
     * @param id its identity
     * @param campaign the campaign
     * @param unit the unit that registered it
     * @param details what the unit stated
     * @param status where it stands
     * @param statusReason why it was rejected or cancelled
     * @param actualOn the day the ceremony took place, once completed
     * @param plaqueAwarded whether the city awarded it a commemorative plaque
     * @param version the number of changes since it was registered
     * @param timeline when it was registered, last changed and took each status (since 0.2.0)
     * @param reviews its review history, oldest first (since 0.3.0)
     */
    public Work {
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
        StatusInvariants.check(id, status, statusReason, actualOn, plaqueAwarded);
        StatusInvariants.checkTimeline(id, status, timeline);
    }

    /**
     * A work whose times are not known.
     *
     * @param id            its identity
     * @param campaign      the campaign
     * @param unit          the unit that registered it
     * @param details       what the unit stated
     * @param status        where it stands
     * @param statusReason  why it was rejected or cancelled
     * @param actualOn      the day the ceremony took place, once completed
     * @param plaqueAwarded whether the city awarded it a commemorative plaque
     * @param version       the number of changes since it was registered
     */
    public Work(RegistrationId id, CampaignCode campaign, UnitCode unit, WorkDetails details,
            RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn,
            boolean plaqueAwarded, long version) {
        this(id, campaign, unit, details, status, statusReason, actualOn, plaqueAwarded, version, Timeline.unknown());
    }

    /**
     * A work never reviewed in steps (its review history empty), as stored before reviews were kept.
     *
     * @param id            its identity
     * @param campaign      the campaign
     * @param unit          the unit that registered it
     * @param details       what the unit stated
     * @param status        where it stands
     * @param statusReason  why it was rejected, returned or cancelled
     * @param actualOn      the day the ceremony took place, once completed
     * @param plaqueAwarded whether the city awarded it a commemorative plaque
     * @param version       the number of changes since it was registered
     * @param timeline      when it was registered, last changed and took each status
     * @since 0.2.0
     */
    public Work(RegistrationId id, CampaignCode campaign, UnitCode unit, WorkDetails details,
            RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn,
            boolean plaqueAwarded, long version, Timeline timeline) {
        this(id, campaign, unit, details, status, statusReason, actualOn, plaqueAwarded, version, timeline,
                Reviews.none());
    }

    /**
     * A newly registered work whose registration time is not known (see {@link #register(CampaignCode, UnitCode,
     * WorkDetails, Instant)}).
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param details  what the unit stated
     * @return the work, REGISTERED, version 0, with a new id
     */
    public static Work register(CampaignCode campaign, UnitCode unit, WorkDetails details) {
        return new Work(RegistrationId.random(), campaign, unit, details, RegistrationStatus.REGISTERED, null, null,
                false, 0);
    }

    /**
     * A work registered at an instant.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param details  what the unit stated
     * @param at       when it is registered
     * @return the work, REGISTERED, version 0, with a new id and a timeline starting at {@code at}
     * @since 0.2.0
     */
    public static Work register(CampaignCode campaign, UnitCode unit, WorkDetails details, Instant at) {
        return new Work(RegistrationId.random(), campaign, unit, details, RegistrationStatus.REGISTERED, null, null,
                false, 0, Timeline.registeredAt(at));
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
        return details.plannedOn();
    }

    /**
     * The kind of work.
     *
     * @return inauguration or groundbreaking
     */
    public WorkKind kind() {
        return details.kind();
    }

    /**
     * The planned ceremony day, as its details state it.
     *
     * @return the planned ceremony day
     */
    public @Nullable LocalDate plannedOn() {
        return details.plannedOn();
    }

    /**
     * Where it is, as its details state it.
     *
     * @return where it is
     */
    public @Nullable String location() {
        return details.location();
    }

    /**
     * Its size, as its details state it.
     *
     * @return its size
     */
    public @Nullable String scale() {
        return details.scale();
    }

    /**
     * The total investment, as its details state it.
     *
     * @return the total investment
     */
    public @Nullable Vnd investment() {
        return details.investment();
    }

    /**
     * Where the money comes from, as its details state it.
     *
     * @return where the money comes from
     */
    public @Nullable String fundingSource() {
        return details.fundingSource();
    }

    /**
     * The investor, as its details state it.
     *
     * @return the investor
     */
    public @Nullable String investor() {
        return details.investor();
    }

    /**
     * Whether the unit asks for a commemorative plaque, as its details state it.
     *
     * @return whether the unit asks for a commemorative plaque
     */
    public boolean plaqueRequested() {
        return details.plaqueRequested();
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
    public Work withDetails(WorkDetails changed) {
        return new Work(id, campaign, unit, changed, status, statusReason, actualOn, plaqueAwarded, version + 1,
                timeline, reviews);
    }

    /**
     * A copy with other details and the next version, changed at an instant.
     *
     * @param changed the new details
     * @param at      when
     * @return the copy, its timeline updated at {@code at}
     * @since 0.2.0
     */
    public Work withDetails(WorkDetails changed, Instant at) {
        return new Work(id, campaign, unit, changed, status, statusReason, actualOn, plaqueAwarded, version + 1,
                timeline.edited(at), reviews);
    }

    /**
     * A copy that carries a plaque, with the next version.
     *
     * @return the copy
     * @throws IllegalStateException when the work is not approved or completed, or already carries a plaque
     */
    public Work withPlaqueAwarded() {
        return withPlaqueAwarded(timeline);
    }

    /**
     * A copy that carries a plaque, with the next version, awarded at an instant.
     *
     * @param at when
     * @return the copy, its timeline updated at {@code at}
     * @throws IllegalStateException when the work is not approved or completed, or already carries a plaque
     * @since 0.2.0
     */
    public Work withPlaqueAwarded(Instant at) {
        return withPlaqueAwarded(timeline.edited(at));
    }

    private Work withPlaqueAwarded(Timeline next) {
        if (!status.mayReceivePlaque()) {
            throw new IllegalStateException("work " + id + " is " + status
                    + ": only an approved or completed work receives a plaque");
        }
        if (plaqueAwarded) {
            throw new IllegalStateException("work " + id + " already carries a plaque");
        }
        return new Work(id, campaign, unit, details, status, statusReason, actualOn, true, version + 1, next, reviews);
    }

    @Override
    public Work withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day) {
        return withStatus(next, reason, day, Timeline.unknown());
    }

    @Override
    public Work withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day, Instant at) {
        return withStatus(next, reason, day, timeline.changed(next, at));
    }

    @Override
    public Work withTimeline(Timeline recovered) {
        return new Work(id, campaign, unit, details, status, statusReason, actualOn, plaqueAwarded, version, recovered,
                reviews);
    }

    @Override
    public Work reviewed(ReviewProcess process, ReviewDecision decision, @Nullable String reason, String by,
            Instant at) {
        Reviewing d = Reviewing.decide(id, status, reviews, process, decision, reason, by, at);
        if (d.status() == status) {
            return new Work(id, campaign, unit, details, status, statusReason, actualOn, plaqueAwarded, version + 1,
                    timeline.edited(at), reviews.with(d.review()));
        }
        StatusInvariants.checkTransition(id, status, d.status());
        return new Work(id, campaign, unit, details, d.status(), d.status().takesReason() ? reason : null, null,
                plaqueAwarded, version + 1, timeline.changed(d.status(), at), reviews.with(d.review()));
    }

    @Override
    public Work reopened(ReviewProcess process, String by, Instant at) {
        return reopened(details, process, by, at);
    }

    /**
     * A copy of an approved work with other details, sent back to review: REGISTERED, waiting for the first
     * step, the reopening recorded in its reviews, with the next version.
     *
     * @param changed the new details
     * @param process the campaign's review
     * @param by      who changed it
     * @param at      when
     * @return the copy
     * @throws IllegalStateException    when the work is not APPROVED
     * @throws IllegalArgumentException when it carries a plaque (a work waiting for review carries none)
     * @since 0.3.0
     */
    public Work reopened(WorkDetails changed, ReviewProcess process, String by, Instant at) {
        Review reopening = Reviewing.reopening(id, status, process, by, at);
        return new Work(id, campaign, unit, changed, RegistrationStatus.REGISTERED, null, null, plaqueAwarded,
                version + 1, timeline.changed(RegistrationStatus.REGISTERED, at), reviews.with(reopening));
    }

    private Work withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day,
            Timeline changed) {
        StatusInvariants.checkTransition(id, status, next);
        return new Work(id, campaign, unit, details, next, next.takesReason() ? reason : null,
                next.takesActualDay() ? day : null, plaqueAwarded, version + 1, changed, reviews);
    }
}
