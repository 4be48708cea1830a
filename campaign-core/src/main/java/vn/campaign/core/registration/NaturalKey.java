package vn.campaign.core.registration;

import java.util.Objects;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.UnitCode;

/**
 * What makes a registration the same as another whatever its id: the campaign, the unit and the name
 * folded for matching (case, tone marks, đ/d and spacing ignored). Every registrations store keeps it
 * unique among live registrations ({@link RegistrationStatus#isLive()}), so that a unit cannot register the
 * same work or event twice while one is registered, returned, approved or completed; a rejected or cancelled
 * one no longer holds its name.
 *
 * @param campaign   the campaign
 * @param unit       the registering unit
 * @param foldedName the name in its folded form ({@link VietnameseText#fold})
 * @since 0.1.0
 */
public record NaturalKey(CampaignCode campaign, UnitCode unit, String foldedName) {

    /**
     * Checks the parts.
     *
     * @param campaign the campaign
     * @param unit the registering unit
     * @param foldedName the name in its folded form ({@link VietnameseText#fold})
     */
    public NaturalKey {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(foldedName, "foldedName");
        if (foldedName.isBlank()) {
            throw new IllegalArgumentException("the folded name of a natural key must not be blank");
        }
    }

    /**
     * The key of a name as written, folded here.
     *
     * @param campaign the campaign
     * @param unit     the unit
     * @param name     the name as written
     * @return the key
     */
    public static NaturalKey of(CampaignCode campaign, UnitCode unit, String name) {
        return new NaturalKey(campaign, unit, VietnameseText.fold(name));
    }

    /**
     * The key of a stored registration.
     *
     * @param registration the registration
     * @return its key
     */
    public static NaturalKey of(Registration registration) {
        return of(registration.campaign(), registration.unit(), registration.name());
    }
}
