package vn.campaign.core.closing;

import java.util.Objects;

/**
 * Reopen a closed campaign, saying why.
 *
 * @param code            the campaign's code, as given
 * @param expectedVersion the version the caller read
 * @param reason          why it is reopened; required
 * @since 0.4.0
 */
public record ReopenCampaign(String code, long expectedVersion, String reason) {

    /**
     * Validates the command.
     *
     * @param code            the campaign's code, as given
     * @param expectedVersion the version the caller read
     * @param reason          why it is reopened
     */
    public ReopenCampaign {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
