package vn.campaign.core.admin;

import java.util.Objects;
import vn.campaign.core.campaign.DefinitionFormat;

/**
 * Define a campaign from a document, as a draft.
 *
 * @param document the definition, in the format given ({@code docs/campaign-definition.md})
 * @param format   its notation
 * @param dryRun   only validate: store nothing, record nothing
 * @since 0.3.0
 */
public record DefineCampaign(String document, DefinitionFormat format, boolean dryRun) {

    /**
     * Validates the command.
     *
     * @param document the definition, in the format given ({@code docs/campaign-definition.md})
     * @param format its notation
     * @param dryRun only validate: store nothing, record nothing
     */
    public DefineCampaign {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
    }
}
