package vn.campaign.core.admin;

/**
 * What installing a campaign a release ships did ({@link CampaignAdministration#install}).
 *
 * @since 0.4.0
 */
public enum BuiltInInstall {
    /** The store had no campaign with its code: it is stored, at version 1. */
    ADDED,
    /** The store held it from an earlier release with another definition: it now has this release's. */
    UPGRADED,
    /** The store holds it with this release's definition already: nothing changed. */
    CURRENT,
    /** An administrator defined a campaign with its code through {@code defineCampaign}: it is left alone. */
    REDEFINED_KEPT
}
