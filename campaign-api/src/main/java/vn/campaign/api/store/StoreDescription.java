package vn.campaign.api.store;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which store the running service uses, for logs, health and launchers.
 *
 * @param kind             the kind of store
 * @param summary          one line for people, without credentials, e.g. {@code embedded H2 file
 *                         /srv/campaign/data/campaign.mv on mongodb://127.0.0.1:40123/campaign}
 * @param connectionString the MongoDB connection string of the embedded server, which carries no
 *                         credentials; {@code null} for an external store, whose URI may hold a password
 */
public record StoreDescription(StoreKind kind, String summary, @Nullable String connectionString) {

    /**
     * Validates the description.
     *
     * @throws NullPointerException     if the kind or summary is missing
     * @throws IllegalArgumentException if the summary is blank, or an embedded store has no connection string
     */
    public StoreDescription {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        if (summary.isBlank()) {
            throw new IllegalArgumentException("summary must not be blank");
        }
        if (kind != StoreKind.EXTERNAL && connectionString == null) {
            throw new IllegalArgumentException("an embedded store (" + kind + ") needs its connection string");
        }
    }

    /**
     * The connection string of the embedded server.
     *
     * @return the connection string, or empty for an external store
     */
    public Optional<String> embeddedConnectionString() {
        return Optional.ofNullable(connectionString);
    }
}
