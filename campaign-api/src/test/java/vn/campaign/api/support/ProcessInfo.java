package vn.campaign.api.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import vn.campaign.api.config.ProcessInfoFileWriter;
import vn.campaign.api.store.StoreKind;

/**
 * What a started server wrote to its process information file ({@code campaign.process.info-file}).
 *
 * @param pid                   the server's process id
 * @param httpPort              the HTTP port it listens on
 * @param storeKind             the kind of store in use
 * @param storeSummary          the one-line description of the store
 * @param storeConnectionString the embedded store's connection string, or {@code null} for an external one
 */
public record ProcessInfo(long pid, int httpPort, StoreKind storeKind, String storeSummary,
        @Nullable String storeConnectionString) {

    /**
     * Validates the values.
     *
     * @throws NullPointerException     if the store kind or summary is missing
     * @throws IllegalArgumentException if the pid or port is out of range
     */
    public ProcessInfo {
        Objects.requireNonNull(storeKind, "storeKind");
        Objects.requireNonNull(storeSummary, "storeSummary");
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive, was " + pid);
        }
        if (httpPort <= 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("httpPort must be between 1 and 65535, was " + httpPort);
        }
    }

    /**
     * Reads a file written by {@link ProcessInfoFileWriter}.
     *
     * @param file the file
     * @return its content
     * @throws IllegalArgumentException if a required key is missing
     */
    public static ProcessInfo read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new ProcessInfo(
                Long.parseLong(required(properties, ProcessInfoFileWriter.PID, file)),
                Integer.parseInt(required(properties, ProcessInfoFileWriter.HTTP_PORT, file)),
                StoreKind.valueOf(required(properties, ProcessInfoFileWriter.STORE_KIND, file)),
                required(properties, ProcessInfoFileWriter.STORE_SUMMARY, file),
                properties.getProperty(ProcessInfoFileWriter.STORE_CONNECTION_STRING));
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + " has no value for '" + key + "'");
        }
        return value;
    }

    /**
     * The embedded store's connection string.
     *
     * @return the connection string, or empty when the server uses an external MongoDB
     */
    public Optional<String> embeddedStore() {
        return Optional.ofNullable(storeConnectionString);
    }
}
