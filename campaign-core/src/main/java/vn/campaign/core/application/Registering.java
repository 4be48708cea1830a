package vn.campaign.core.application;

import vn.campaign.core.registration.RegistrationDetails;

/**
 * Command: a unit registers a work or an event for a campaign — what a batch of
 * {@link RegistrationService#registerOrUpdateAll} holds.
 *
 * @since 0.4.0
 */
public sealed interface Registering permits RegisterWork, RegisterEvent {

    /**
     * The campaign's code, as given.
     *
     * @return the code
     */
    String campaignCode();

    /**
     * The unit's code, as given.
     *
     * @return the code
     */
    String unitCode();

    /**
     * What the unit states.
     *
     * @return the details
     */
    RegistrationDetails details();
}
