package vn.campaign.core.application;

import java.util.Objects;
import vn.campaign.core.registration.Registration;

/**
 * What registering-or-updating by natural key did, as the importer reports it.
 *
 * @param registration the registration as stored now
 * @param change       whether it was created, updated or left unchanged
 * @param <R>          work or event
 * @since 0.1.0
 */
public record Saved<R extends Registration>(R registration, Change change) {

    /**
     * Validates the result.
     *
     * @param registration the registration as stored now
     * @param change whether it was created, updated or left unchanged
     */
    public Saved {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(change, "change");
    }

    /**
     * What happened to a registration.
     *
     * @since 0.1.0
     */
    public enum Change {
        /** A new registration was stored. */
        CREATED,
        /** The registration with the same natural key got the new details. */
        UPDATED,
        /** The registration with the same natural key already had these details. */
        UNCHANGED
    }
}
