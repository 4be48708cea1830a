package vn.campaign.core.application;

import java.util.Objects;
import vn.campaign.core.registration.WorkDetails;

/**
 * Command: a unit registers a celebratory work for a campaign.
 *
 * @param campaignCode the campaign's code, as given
 * @param unitCode     the unit's code, as given
 * @param details      what the unit states
 * @since 0.1.0
 */
public record RegisterWork(String campaignCode, String unitCode, WorkDetails details) implements Registering {

    /**
     * Validates the command.
     *
     * @param campaignCode the campaign's code, as given
     * @param unitCode the unit's code, as given
     * @param details what the unit states
     */
    public RegisterWork {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(details, "details");
    }
}
