package vn.campaign.core.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands in its lifecycle.
 *
 * <pre>
 * REGISTERED ─┬─▶ APPROVED ─┬─▶ COMPLETED
 *    ▲  ▲     │             ├─▶ CANCELLED
 *    │  │     │             └─▶ REGISTERED (a unit changed it: review again)
 *    │  │     ├─▶ REJECTED
 *    │  │     ├─▶ CANCELLED
 *    │  │     └─▶ RETURNED ─┬─▶ REGISTERED (resubmitted)
 *    │  └───────────────────┘└─▶ CANCELLED
 * </pre>
 *
 * <p>A campaign may review in several steps ({@code vn.campaign.core.campaign.ReviewProcess}): an approval at
 * a step before the last keeps the registration REGISTERED and is recorded in its {@link Review}s.
 *
 * @since 0.1.0
 */
public enum RegistrationStatus {
    /** Đã đăng ký: registered by its unit, waiting for the city. */
    REGISTERED,
    /** Đã duyệt: accepted by the city. */
    APPROVED,
    /** Không duyệt: refused by the city, with a reason. */
    REJECTED,
    /** Đã hoàn thành: the ceremony or event took place, on a recorded day. */
    COMPLETED,
    /** Đã hủy: withdrawn. */
    CANCELLED,
    /** Trả lại để bổ sung: returned to its unit for more information, with a reason; the unit edits and resubmits. */
    RETURNED;

    /**
     * The statuses this one may change to: the lifecycle's one table, read by the records' status changes
     * and by the lifecycle policy alike.
     *
     * @return the allowed next statuses; empty for a final status
     */
    public Set<RegistrationStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(APPROVED, REJECTED, CANCELLED, RETURNED);
            case APPROVED -> EnumSet.of(COMPLETED, CANCELLED, REGISTERED);
            case RETURNED -> EnumSet.of(REGISTERED, CANCELLED);
            case REJECTED, COMPLETED, CANCELLED -> EnumSet.noneOf(RegistrationStatus.class);
        };
    }

    /**
     * Whether this status may change to another.
     *
     * @param target the status wanted
     * @return {@code true} when the lifecycle allows it
     */
    public boolean canBecome(RegistrationStatus target) {
        return next().contains(target);
    }

    /**
     * Whether a registration in this status keeps the reason it was given: a rejection's, a return's or a
     * cancellation's. No other status carries a reason.
     *
     * @return {@code true} for REJECTED, RETURNED and CANCELLED
     */
    public boolean takesReason() {
        return this == REJECTED || this == CANCELLED || this == RETURNED;
    }

    /**
     * Whether a registration in this status must carry a reason: a rejection and a return are always
     * explained.
     *
     * @return {@code true} for REJECTED and RETURNED
     */
    public boolean requiresReason() {
        return this == REJECTED || this == RETURNED;
    }

    /**
     * Whether a registration in this status carries the day it actually took place: a completion does,
     * always, and no other status does.
     *
     * @return {@code true} for COMPLETED
     */
    public boolean takesActualDay() {
        return this == COMPLETED;
    }

    /**
     * Whether a work in this status may receive a commemorative plaque now.
     *
     * @return {@code true} for APPROVED and COMPLETED
     */
    public boolean mayReceivePlaque() {
        return this == APPROVED || this == COMPLETED;
    }

    /**
     * Whether a work in this status may carry a plaque: one that may receive it, or one cancelled after its
     * approval. A registered, returned or rejected work is not approved, so it never carries one.
     *
     * @return {@code false} for REGISTERED, RETURNED and REJECTED
     */
    public boolean mayCarryPlaque() {
        return mayReceivePlaque() || this == CANCELLED;
    }

    /**
     * Whether a registration in this status may still have its details edited.
     *
     * @return {@code true} while registered, returned or approved
     */
    public boolean isEditable() {
        return this == REGISTERED || this == RETURNED || this == APPROVED;
    }

    /**
     * Whether a registration in this status holds its name: a unit cannot register another of the same name
     * while one is live. A rejected or cancelled registration no longer blocks its name.
     *
     * @return {@code true} for REGISTERED, RETURNED, APPROVED and COMPLETED
     * @since 0.3.0
     */
    public boolean isLive() {
        return this != REJECTED && this != CANCELLED;
    }

    /**
     * Whether a registration in this status counts towards an obligation once approved: rejected and
     * cancelled ones never count.
     *
     * @return {@code false} for REJECTED and CANCELLED
     */
    public boolean counts() {
        return this != REJECTED && this != CANCELLED;
    }
}
