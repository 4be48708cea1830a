package vn.campaign.core.application;

import java.util.Objects;
import vn.campaign.core.registration.EventDetails;

/**
 * Command: a unit registers an event for a campaign.
 *
 * @param campaignCode the campaign's code, as given
 * @param unitCode     the unit's code, as given
 * @param details      what the unit states
 * @since 0.1.0
 */
public record RegisterEvent(String campaignCode, String unitCode, EventDetails details) implements Registering {

    /**
     * Validates the command.
     *
     * @param campaignCode the campaign's code, as given
     * @param unitCode the unit's code, as given
     * @param details what the unit states
     */
    public RegisterEvent {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(details, "details");
    }
}
