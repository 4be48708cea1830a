package vn.campaign.core.application;

import java.util.Objects;

/**
 * Command: the city awards a commemorative plaque to a work.
 *
 * @param workId          the work's id, as given
 * @param expectedVersion the version the caller read
 * @param awardedBy       the code of the unit that awards it; must be the campaign's organiser
 * @since 0.1.0
 */
public record AwardPlaque(String workId, long expectedVersion, String awardedBy) {

    /**
     * Validates the command.
     *
     * @param workId the work's id, as given
     * @param expectedVersion the version the caller read
     * @param awardedBy the code of the unit that awards it; must be the campaign's organiser
     */
    public AwardPlaque {
        Objects.requireNonNull(workId, "workId");
        Objects.requireNonNull(awardedBy, "awardedBy");
    }
}
