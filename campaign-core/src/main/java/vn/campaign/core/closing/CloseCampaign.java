package vn.campaign.core.closing;

import java.util.Objects;

/**
 * Close an open campaign whose last day has passed.
 *
 * @param code            the campaign's code, as given
 * @param expectedVersion the version the caller read
 * @since 0.4.0
 */
public record CloseCampaign(String code, long expectedVersion) {

    /**
     * Validates the command.
     *
     * @param code            the campaign's code, as given
     * @param expectedVersion the version the caller read
     */
    public CloseCampaign {
        Objects.requireNonNull(code, "code");
    }
}
