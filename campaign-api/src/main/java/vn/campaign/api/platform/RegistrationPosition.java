package vn.campaign.api.platform;

import java.util.Objects;

import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.unit.UnitCode;

/**
 * Where a registration stands in the order of registration lists: by unit code, then by folded name, then
 * by id. The order is total and does not depend on when a registration was stored, so a page that starts
 * after a position stays valid when registrations are added.
 *
 * @param unit       the registering unit's code
 * @param foldedName the name in its folded form ({@link vn.campaign.core.text.VietnameseText#fold})
 * @param id         the registration's id
 */
public record RegistrationPosition(UnitCode unit, String foldedName, RegistrationId id) {

    /** Validates the position. */
    public RegistrationPosition {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(foldedName, "foldedName");
        Objects.requireNonNull(id, "id");
    }

    /**
     * The position of a registration.
     *
     * @param registration a work or an event
     * @return its position
     */
    public static RegistrationPosition of(Registration registration) {
        return new RegistrationPosition(registration.unit(), registration.foldedName(), registration.id());
    }
}
