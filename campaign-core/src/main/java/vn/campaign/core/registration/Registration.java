package vn.campaign.core.registration;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * What a unit registers for a campaign: a celebratory {@link Work} or an {@link Event}.
 *
 * <p>Registrations are immutable; each change makes a new value with the next {@link #version()}.
 * The natural key is campaign + unit + folded name: a unit cannot register two things whose names
 * differ only in case, tone marks or spacing while both are live ({@link RegistrationStatus#isLive()}).
 *
 * @since 0.1.0
 */
public sealed interface Registration permits Work, Event {

    /**
     * Its identity.
     *
     * @return the id
     */
    RegistrationId id();

    /**
     * The campaign it is registered for.
     *
     * @return the campaign code
     */
    CampaignCode campaign();

    /**
     * The unit that registered it.
     *
     * @return the unit code
     */
    UnitCode unit();

    /**
     * Its name, in NFC.
     *
     * @return the name
     */
    String name();

    /**
     * The task area it serves, if stated.
     *
     * @return the task area code, or {@code null}
     */
    @Nullable TaskAreaCode taskArea();

    /**
     * Where it stands in its lifecycle.
     *
     * @return the status
     */
    RegistrationStatus status();

    /**
     * Why it was rejected, returned or cancelled, if it was.
     *
     * @return the reason, or {@code null}
     */
    @Nullable String statusReason();

    /**
     * The day it actually took place, once completed.
     *
     * @return the day, or {@code null}
     */
    @Nullable LocalDate actualOn();

    /**
     * How many times it has been changed since it was registered (0 when new). An update names the
     * version it read; a stale version is a conflict.
     *
     * @return the version
     */
    long version();

    /**
     * The name in its matching form: the last part of the natural key.
     *
     * @return the folded name
     */
    default String foldedName() {
        return VietnameseText.fold(name());
    }

    /**
     * What makes it the same as another whatever its id: campaign, unit and folded name.
     *
     * @return the natural key
     * @throws IllegalArgumentException when the name is blank (the rules never let one be stored)
     */
    default NaturalKey naturalKey() {
        return NaturalKey.of(this);
    }

    /**
     * The day the registration is about: a work's planned ceremony, an event's first day.
     *
     * @return the day, or {@code null} when not stated
     */
    @Nullable LocalDate day();

    /**
     * The day by which it should have taken place: a work's planned day, an event's last day (its first
     * day for a one-day event).
     *
     * @return the day, or {@code null} when not stated
     * @since 0.2.0
     */
    default @Nullable LocalDate dueDay() {
        return this instanceof Event event ? event.details().lastDay() : day();
    }

    /**
     * Whether it is overdue on a day: approved, and its {@link #dueDay() due day} has passed without its
     * completion being recorded. A registration in any other status, or without a due day, is never overdue.
     *
     * @param today the day to judge on
     * @return {@code true} when approved and the due day is before {@code today}
     * @since 0.2.0
     */
    default boolean isOverdueOn(LocalDate today) {
        return isOverdueOn(status(), today);
    }

    /**
     * Whether it would be overdue on a day in a given status: what {@link #isOverdueOn(LocalDate)} asks of the
     * current status, asked of the status its history shows on a past day.
     *
     * @param status the status to judge
     * @param today  the day to judge on
     * @return {@code true} when the status is APPROVED and the due day is before {@code today}
     * @since 0.2.0
     */
    default boolean isOverdueOn(RegistrationStatus status, LocalDate today) {
        LocalDate due = dueDay();
        return status == RegistrationStatus.APPROVED && due != null && due.isBefore(today);
    }

    /**
     * A copy in another status, with the next version. The change keeps only its own data: the reason for
     * a rejection or a cancellation, the day for a completion; whatever else is given is not kept.
     *
     * @param status   the new status
     * @param reason   the reason, for a rejection (required) or a cancellation
     * @param actualOn the day it took place, for a completion (required)
     * @return the copy
     * @throws IllegalStateException    when the lifecycle does not allow the change
     *                                  ({@link RegistrationStatus#canBecome})
     * @throws IllegalArgumentException for a rejection without a reason or a completion without a day
     */
    Registration withStatus(RegistrationStatus status, @Nullable String reason, @Nullable LocalDate actualOn);

    /**
     * When it was registered, last changed and took each status; unknown for a registration stored before
     * times were kept and not yet recovered from the audit trail.
     *
     * @return the timeline
     * @since 0.2.0
     */
    Timeline timeline();

    /**
     * A copy in another status, with the next version, changed at an instant: what the services call, so
     * that the status history grows by one change. The status change keeps only its own data, as
     * {@link #withStatus(RegistrationStatus, String, LocalDate)} does; without an instant the timeline
     * cannot be kept and becomes unknown.
     *
     * @param status   the new status
     * @param reason   the reason, for a rejection (required) or a cancellation
     * @param actualOn the day it took place, for a completion (required)
     * @param at       when the change is made
     * @return the copy
     * @throws IllegalStateException    when the lifecycle does not allow the change
     * @throws IllegalArgumentException for a rejection without a reason or a completion without a day
     * @since 0.2.0
     */
    Registration withStatus(RegistrationStatus status, @Nullable String reason, @Nullable LocalDate actualOn,
            Instant at);

    /**
     * The same registration, same version, with a timeline recovered from elsewhere (the audit trail).
     *
     * @param recovered the timeline
     * @return the copy
     * @throws IllegalArgumentException when the timeline is known and ends in another status
     * @since 0.2.0
     */
    Registration withTimeline(Timeline recovered);

    /**
     * Its review history, oldest first: every reviewer's decision and every reopening.
     *
     * @return the reviews
     * @since 0.3.0
     */
    Reviews reviews();

    /**
     * A copy after a reviewer's decision at the step it waits for under a campaign's review, with the next
     * version: an approval before the last step keeps it REGISTERED (the next step waits), the last step's
     * approval makes it APPROVED, a return makes it RETURNED and a rejection REJECTED, both with the reason.
     *
     * @param process  the campaign's review
     * @param decision APPROVED, RETURNED or REJECTED
     * @param reason   why: required for a return or a rejection
     * @param by       who decides
     * @param at       when
     * @return the copy, the decision appended to its reviews
     * @throws IllegalStateException    when it is not REGISTERED
     * @throws IllegalArgumentException for a reopening, a return or a rejection without a reason, or a review
     *                                  history the campaign's review cannot explain (an approval at a step it
     *                                  does not have)
     * @since 0.3.0
     */
    Registration reviewed(ReviewProcess process, ReviewDecision decision, @Nullable String reason, String by,
            Instant at);

    /**
     * A copy of an approved registration sent back to review, same details: REGISTERED, waiting for the first
     * step, the reopening recorded in its reviews.
     *
     * @param process the campaign's review
     * @param by      who sent it back
     * @param at      when
     * @return the copy
     * @throws IllegalStateException when it is not APPROVED
     * @since 0.3.0
     */
    Registration reopened(ReviewProcess process, String by, Instant at);
}
