package vn.campaign.api.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store, bound from {@code campaign.store.*}. They are ignored when
 * {@code spring.mongodb.uri} points the service at an external MongoDB.
 *
 * @param embedded the embedded backend: {@code h2} (default, a file) or {@code memory}
 * @param path     the H2 store file; relative paths are resolved against the working directory
 * @param port     the loopback port the embedded server listens on; {@code 0} picks a free one
 * @param database the database name the application uses on the embedded server
 */
@ConfigurationProperties("campaign.store")
public record StoreProperties(
        @DefaultValue("h2") EmbeddedBackend embedded,
        @DefaultValue("./data/campaign.mv") Path path,
        @DefaultValue("0") int port,
        @DefaultValue("campaign") String database) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,63}");

    /**
     * Validates the settings.
     *
     * @throws NullPointerException     if a value is missing
     * @throws IllegalArgumentException if the port is outside 0–65535 or the database name is not a plain
     *                                  MongoDB database name
     */
    public StoreProperties {
        Objects.requireNonNull(embedded, "embedded");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(database, "database");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(
                    "campaign.store.port must be between 0 and 65535, was " + port);
        }
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("campaign.store.database must be 1 to 63 letters, digits, '_'"
                    + " or '-', was '" + database + "'");
        }
    }
}
