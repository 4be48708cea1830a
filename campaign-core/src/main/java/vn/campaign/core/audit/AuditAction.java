package vn.campaign.core.audit;

/**
 * What a change did.
 *
 * @since 0.1.0
 */
public enum AuditAction {
    /** A work or an event was registered. */
    REGISTER,
    /** Its details were edited. */
    UPDATE,
    /** The city approved it. */
    APPROVE,
    /** The city rejected it. */
    REJECT,
    /** It took place. */
    COMPLETE,
    /** It was withdrawn. */
    CANCEL,
    /** The city awarded the work a plaque. */
    AWARD_PLAQUE,
    /** A unit reported progress on a target. */
    REPORT_PROGRESS,
    /** A file was imported. */
    IMPORT
}
