package vn.campaign.api.store;

/**
 * Where the embedded store keeps its documents ({@code campaign.store.embedded}).
 */
public enum EmbeddedBackend {

    /** An H2 MVStore file at {@code campaign.store.path}; data persists across restarts. */
    H2,

    /** Process memory only; data is lost when the process ends. Meant for fast tests. */
    MEMORY
}
