package vn.campaign.core.campaign;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as its store keeps it: the campaign, the version every change increments (so that a change
 * made on a stale read is refused rather than overwriting another), and the definition document as the
 * administrator gave it.
 *
 * @param campaign   the campaign
 * @param version    1 when first stored, then one more at each change
 * @param definition the definition as given, or {@code null} for a built-in campaign or a copy
 * @param format     the definition's notation, or {@code null} when there is no definition
 * @param builtInRevision for a campaign a release ships ({@link BuiltInCampaign}), the revision of the built-in
 *                   definition it was stored from; {@code null} for any other, and for a built-in one stored by a
 *                   release that did not record it (since 0.4.0)
 * @since 0.3.0
 */
public record StoredCampaign(Campaign campaign, long version, @Nullable String definition,
        @Nullable DefinitionFormat format, @Nullable String builtInRevision) {

    /**
     * Validates the stored campaign.
     *
     * @param campaign the campaign
     * @param version 1 when first stored, then one more at each change
     * @param definition the definition as given, or {@code null} for a built-in campaign or a copy
     * @param format the definition's notation, or {@code null} when there is no definition
     * @param builtInRevision the revision of the built-in definition it was stored from, or {@code null}
     * @throws IllegalArgumentException for a version below 1, a definition without its format (or the reverse),
     *                                  or a built-in revision beside an administrator's definition document
     */
    public StoredCampaign {
        Objects.requireNonNull(campaign, "campaign");
        if (builtInRevision != null && definition != null) {
            throw new IllegalArgumentException("campaign " + campaign.code() + " is either built in (revision "
                    + builtInRevision + ") or defined by a document, not both");
        }
        if (version < 1) {
            throw new IllegalArgumentException("a stored campaign's version starts at 1, got " + version);
        }
        if ((definition == null) != (format == null)) {
            throw new IllegalArgumentException("a definition and its format go together");
        }
    }

    /**
     * A stored campaign that is not built in.
     *
     * @param campaign   the campaign
     * @param version    1 when first stored, then one more at each change
     * @param definition the definition as given, or {@code null} for a copy
     * @param format     the definition's notation, or {@code null} when there is no definition
     */
    public StoredCampaign(Campaign campaign, long version, @Nullable String definition,
            @Nullable DefinitionFormat format) {
        this(campaign, version, definition, format, null);
    }

    /**
     * A campaign stored for the first time, with no definition document.
     *
     * @param campaign the campaign
     * @return version 1 of it
     */
    public static StoredCampaign first(Campaign campaign) {
        return new StoredCampaign(campaign, 1, null, null);
    }

    /**
     * The next version, with another campaign and the same definition.
     *
     * @param changed the changed campaign
     * @return the next version
     */
    public StoredCampaign next(Campaign changed) {
        return new StoredCampaign(changed, version + 1, definition, format, builtInRevision);
    }
}
