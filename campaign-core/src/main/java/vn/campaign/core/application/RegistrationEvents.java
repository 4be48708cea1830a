package vn.campaign.core.application;

/**
 * Where the {@link RegistrationService} tells that a registration was stored: once per successful write,
 * after the store accepted it, never for a write that was refused or failed. Live subscriptions and
 * notifications hang off it.
 *
 * <p>An implementation is called on the writer's thread: it must return quickly and must not throw (hand
 * the change to a buffer or a queue); a write is never undone because a listener failed.
 *
 * @since 0.4.0
 */
@FunctionalInterface
public interface RegistrationEvents {

    /**
     * A registration was stored.
     *
     * @param change what it was before and what it is now
     */
    void stored(StoredChange change);

    /**
     * Listeners that are told nothing: the default of a service built without any.
     *
     * @return a no-op
     */
    static RegistrationEvents none() {
        return change -> { };
    }
}
