package vn.campaign.core.plaque;

import java.util.Objects;

/**
 * Command: the city says which registered work a plaque work of its campaign's list stands for.
 *
 * @param campaignCode    the campaign's code, as given
 * @param plaqueWork      the plaque work's key, as given
 * @param workId          the registered work's id, as given
 * @param expectedVersion the version of the plaque work's link the caller read (0 for one never linked)
 * @since 0.4.0
 */
public record LinkPlaqueWork(String campaignCode, String plaqueWork, String workId, long expectedVersion) {

    /**
     * Validates the command.
     *
     * @param campaignCode the campaign's code, as given
     * @param plaqueWork the plaque work's key, as given
     * @param workId the registered work's id, as given
     * @param expectedVersion the version of the plaque work's link the caller read (0 for one never linked)
     */
    public LinkPlaqueWork {
        Objects.requireNonNull(campaignCode, "campaignCode");
        Objects.requireNonNull(plaqueWork, "plaqueWork");
        Objects.requireNonNull(workId, "workId");
    }
}
