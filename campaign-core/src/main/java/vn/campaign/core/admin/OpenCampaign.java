package vn.campaign.core.admin;

import java.util.Objects;

/**
 * Open a draft campaign for registrations.
 *
 * @param code            the campaign's code, as given
 * @param expectedVersion the version the caller read
 * @since 0.3.0
 */
public record OpenCampaign(String code, long expectedVersion) {

    /**
     * Validates the command.
     *
     * @param code the campaign's code, as given
     * @param expectedVersion the version the caller read
     */
    public OpenCampaign {
        Objects.requireNonNull(code, "code");
    }
}
