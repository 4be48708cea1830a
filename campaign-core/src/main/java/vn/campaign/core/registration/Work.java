package vn.campaign.core.registration;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.CampaignCode;
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
 * @since 0.1.0
 */
public record Work(RegistrationId id, CampaignCode campaign, UnitCode unit, WorkDetails details,
        RegistrationStatus status, @Nullable String statusReason, @Nullable LocalDate actualOn, boolean plaqueAwarded,
        long version) implements Registration {

    /**
     * Validates the work.
     *
     * @throws IllegalArgumentException for a negative version, a reason without a rejection or a
     *                                  cancellation (or a rejection without one), a day it took place
     *                                  without a completion (or a completion without one), or a plaque on a
     *                                  work never approved
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
        StatusInvariants.check(id, status, statusReason, actualOn, plaqueAwarded);
    }

    /**
     * A newly registered work.
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
     * A copy with other details and the next version.
     *
     * @param changed the new details
     * @return the copy
     */
    public Work withDetails(WorkDetails changed) {
        return new Work(id, campaign, unit, changed, status, statusReason, actualOn, plaqueAwarded, version + 1);
    }

    /**
     * A copy that carries a plaque, with the next version.
     *
     * @return the copy
     * @throws IllegalStateException when the work is not approved or completed, or already carries a plaque
     */
    public Work withPlaqueAwarded() {
        if (!status.mayReceivePlaque()) {
            throw new IllegalStateException("work " + id + " is " + status
                    + ": only an approved or completed work receives a plaque");
        }
        if (plaqueAwarded) {
            throw new IllegalStateException("work " + id + " already carries a plaque");
        }
        return new Work(id, campaign, unit, details, status, statusReason, actualOn, true, version + 1);
    }

    @Override
    public Work withStatus(RegistrationStatus next, @Nullable String reason, @Nullable LocalDate day) {
        StatusInvariants.checkTransition(id, status, next);
        return new Work(id, campaign, unit, details, next, next.takesReason() ? reason : null,
                next.takesActualDay() ? day : null, plaqueAwarded, version + 1);
    }
}
