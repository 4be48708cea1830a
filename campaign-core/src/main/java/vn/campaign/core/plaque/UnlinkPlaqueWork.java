package vn.campaign.core.plaque;

import java.util.Objects;

/**
 * Command: the city says a plaque work of its campaign's list stands for no registered work (any more).
 *
 * @param campaignCode    the campaign's code, as given
 * @param plaqueWork      the plaque work's key, as given
 * @param expectedVersion the version of the plaque work's link the caller read
 * @since 0.4.0
 */
public record UnlinkPlaqueWork(String campaignCode, String plaqueWork, long expectedVersion) {

    /**
     * Validates the command.
     *
     * @param campaignCode the campaign's code, as given
     * @param plaqueWork the plaque work's key, as given
     * @param expectedVersion the version of the plaque work's link the caller read
     */
    public UnlinkPlaqueWork {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(plaqueWork, "plaqueWork");
    }
}
