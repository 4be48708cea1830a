package vn.campaign.core.commendation;

/**
 * A step of the review of commendation proposals. The city administration is the only step today; further
 * steps (the emulation office, then the leadership) are new constants, in order, and {@link #next()} moves an
 * approval along.
 *
 * @since 0.4.0
 */
public enum ReviewStep {
    /** The city's administrators check and approve the proposal. */
    CITY_ADMIN;

    /**
     * The step after this one.
     *
     * @return the next step, or {@code null} when this is the last
     */
    public @org.jspecify.annotations.Nullable ReviewStep next() {
        ReviewStep[] all = values();
        return ordinal() + 1 < all.length ? all[ordinal() + 1] : null;
    }
}
