package vn.campaign.core.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a registration stands in its lifecycle.
 *
 * <pre>
 * REGISTERED ─┬─▶ APPROVED ─┬─▶ COMPLETED
 *             │             └─▶ CANCELLED
 *             ├─▶ REJECTED
 *             └─▶ CANCELLED
 * </pre>
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
    CANCELLED;

    /**
     * The statuses this one may change to.
     *
     * @return the allowed next statuses; empty for a final status
     */
    public Set<RegistrationStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(COMPLETED, CANCELLED);
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
     * Whether a registration in this status may still have its details edited.
     *
     * @return {@code true} while registered or approved
     */
    public boolean isEditable() {
        return this == REGISTERED || this == APPROVED;
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
