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
    IMPORT,
    /** A campaign was defined as a draft, or its draft redefined (since 0.3.0). */
    DEFINE_CAMPAIGN,
    /** A draft campaign was opened for registrations (since 0.3.0). */
    OPEN_CAMPAIGN,
    /** A campaign was started as a copy of another (since 0.3.0). */
    COPY_CAMPAIGN,
    /** A unit or an organisation was added (since 0.3.0). */
    DEFINE_UNIT,
    /** A unit was renamed (since 0.3.0). */
    RENAME_UNIT,
    /** A unit merged into another (since 0.3.0). */
    MERGE_UNIT,
    /** A review step approved the registration, which waits for the next step (since 0.3.0). */
    APPROVE_STEP,
    /** A reviewer returned the registration to its unit for more information (since 0.3.0). */
    RETURN,
    /** The unit (or the city) resubmitted a returned registration for review (since 0.3.0). */
    RESUBMIT,
    /** A unit's change sent an approved registration back to review (since 0.3.0). */
    REOPEN,
    /** A campaign was closed and its final report kept (since 0.4.0). */
    CLOSE_CAMPAIGN,
    /** A closed campaign was reopened, with a reason (since 0.4.0). */
    REOPEN_CAMPAIGN,
    /** The city linked a plaque work of its campaign's list to a registered work (since 0.4.0). */
    LINK_PLAQUE_WORK,
    /** The city unlinked a plaque work from the registered work it stood for (since 0.4.0). */
    UNLINK_PLAQUE_WORK,
    /**
     * A built-in campaign stored by an earlier release took the built-in definition of this one, keeping what the
     * office changed at run time (since 0.4.0).
     */
    UPGRADE_CAMPAIGN
}
