package vn.campaign.core.access;

/**
 * What a signed-in user may do.
 *
 * @since 0.1.0
 */
public enum Role {
    /** City staff: everything, including approving, rejecting, awarding plaques and importing files. */
    CITY_ADMIN,
    /** A ward's or commune's officer: registers, edits and cancels their own unit's works, events and progress. */
    UNIT_OFFICER,
    /** Reads everything, writes nothing. */
    VIEWER,
    /**
     * The city's emulation office (văn phòng, bộ phận thi đua): reads everything and, at the review step a
     * campaign gives it, approves, returns or rejects registrations. Nothing else.
     *
     * @since 0.3.0
     */
    CITY_OFFICE,
    /**
     * The city's leadership (lãnh đạo): reads everything and, at the review step a campaign gives it,
     * approves, returns or rejects registrations. Nothing else.
     *
     * @since 0.3.0
     */
    CITY_LEADERSHIP
}
