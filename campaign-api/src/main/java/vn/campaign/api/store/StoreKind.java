package vn.campaign.api.store;

/**
 * The kind of store the running service uses.
 */
public enum StoreKind {

    /** The embedded server with its H2 file backend. */
    EMBEDDED_H2,

    /** The embedded server with its in-memory backend. */
    EMBEDDED_MEMORY,

    /** A MongoDB server given by {@code spring.mongodb.uri} (or {@code spring.mongodb.host}). */
    EXTERNAL
}
