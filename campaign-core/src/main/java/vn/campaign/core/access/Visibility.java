package vn.campaign.core.access;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.unit.UnitCode;

/**
 * Which registrations a caller may see: every one, or the public ones (approved and completed) plus,
 * for a unit officer, all of their own unit's.
 *
 * @param everything whether every registration is visible
 * @param ownUnit    a unit whose registrations are all visible, or {@code null}
 * @since 0.1.0
 */
public record Visibility(boolean everything, @Nullable UnitCode ownUnit) {

    /** The statuses anyone may see. */
    public static final Set<RegistrationStatus> PUBLIC = EnumSet.of(RegistrationStatus.APPROVED,
            RegistrationStatus.COMPLETED);

    /**
     * Whether a registration is visible.
     *
     * @param registration a registration
     * @return {@code true} when the caller may see it
     */
    public boolean canSee(Registration registration) {
        return canSee(registration.unit(), registration.status());
    }

    /**
     * Whether the registrations of a unit in a status are visible.
     *
     * @param unit   their unit
     * @param status their status
     * @return {@code true} when the caller may see them
     * @since 0.5.0
     */
    public boolean canSee(UnitCode unit, RegistrationStatus status) {
        return everything || PUBLIC.contains(status) || unit.equals(ownUnit);
    }
}
