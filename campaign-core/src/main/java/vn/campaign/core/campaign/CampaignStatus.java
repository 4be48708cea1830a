package vn.campaign.core.campaign;

/**
 * Where a campaign stands in its lifecycle: defined as a {@link #DRAFT}, then {@link #OPEN} for
 * registrations, then {@link #CLOSED}.
 *
 * @since 0.3.0
 */
public enum CampaignStatus {
    /** Defined and still being prepared: it can be redefined, and it accepts no registrations. */
    DRAFT,
    /** Running: units register works and events for it. */
    OPEN,
    /**
     * Over: it accepts no more registrations nor changes, except evidence and completions during the closing grace
     * period; its final report is kept.
     */
    CLOSED;

    /**
     * Whether a campaign in this status may move to another: {@code DRAFT → OPEN}, {@code OPEN → CLOSED} and
     * back {@code CLOSED → OPEN} (reopening). Closing has further rules of its own (the campaign must have ended).
     *
     * @param target the status wanted
     * @return {@code true} when the change is allowed
     */
    public boolean canMoveTo(CampaignStatus target) {
        return (this == DRAFT && target == OPEN) || (this == OPEN && target == CLOSED)
                || (this == CLOSED && target == OPEN);
    }
}
