package vn.campaign.core.rule;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.unit.Unit;

/**
 * What the registration rules look at: a registration or an edit, in its context.
 *
 * @param campaign      the campaign it is for
 * @param unitCode      the unit code as given
 * @param unitsWithCode every unit ever recorded under that code (empty when none)
 * @param details       what is stated
 * @param self          the registration being edited, or {@code null} for a new one
 * @param sameName      the unit's registration for the campaign whose name folds to the same text, if
 *                      any (the holder of the natural key)
 * @since 0.1.0
 */
public record RegistrationCheck(Campaign campaign, String unitCode, List<Unit> unitsWithCode,
        RegistrationDetails details, @Nullable RegistrationId self, @Nullable Registration sameName) {

    /**
     * Validates the check.
     *
     * @param campaign the campaign it is for
     * @param unitCode the unit code as given
     * @param unitsWithCode every unit ever recorded under that code (empty when none)
     * @param details what is stated
     * @param self the registration being edited, or {@code null} for a new one
     * @param sameName the unit's registration for the campaign whose name folds to the same text, if any (the holder of the natural key)
     */
    public RegistrationCheck {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(unitCode, "unitCode");
        unitsWithCode = List.copyOf(unitsWithCode);
        Objects.requireNonNull(details, "details");
    }
}
