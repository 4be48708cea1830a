package vn.campaign.core.campaign;

/**
 * Whom a commendation goes to.
 *
 * @since 0.4.0
 */
public enum RecipientKind {
    /** Tập thể: a unit, a team, an organisation. */
    COLLECTIVE,
    /** Cá nhân: a person. */
    INDIVIDUAL
}
