package vn.campaign.core.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
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
 * @since 0.1.0
 */
public record Event(RegistrationId id, CampaignCode campaign, UnitCode unit, EventDetails details,
        RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, long version)
        implements Registration {

    /**
     * Validates the event.
     *
     * @throws IllegalArgumentException for a negative version, a reason without a rejection or a
     *                                  cancellation (or a rejection without one), or a day it took place
     *                                  without a completion (or a completion without one)
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
        StatusInvariants.check(id, status, statusReason, actualOn, false);
    }

    /**
     * A newly registered event.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param details  what the unit stated
     * @return the event, REGISTERED, version 0, with a new id
     */
    public static Event register(CampaignCode campaign, UnitCode unit, EventDetails details) {
        return new Event(RegistrationId.random(), campaign, unit, details, RegistrationStatus.REGISTERED, null, null, 0);
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
     * A copy with other details and the next version.
     *
     * @param changed the new details
     * @return the copy
     */
    public Event withDetails(EventDetails changed) {
        return new Event(id, campaign, unit, changed, status, statusReason, actualOn, version + 1);
    }

    @Override
    public Event withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day) {
        StatusInvariants.checkTransition(id, status, next);
        return new Event(id, campaign, unit, details, next, next.takesReason() ? reason : null,
                next.takesActualDay() ? day : null, version + 1);
    }
}
