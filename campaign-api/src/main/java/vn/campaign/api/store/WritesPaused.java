package vn.campaign.api.store;

import java.util.Objects;

/**
 * A pause of the embedded store's writes ({@link EmbeddedMongoStore#pauseWrites()}): while it lasts, the store
 * read through {@link #connectionString()} does not change. Closing it lets the held writes through.
 */
public final class WritesPaused implements AutoCloseable {

    private final String connectionString;
    private final Runnable resume;
    private boolean closed;

    WritesPaused(String connectionString, Runnable resume) {
        this.connectionString = Objects.requireNonNull(connectionString, "connectionString");
        this.resume = Objects.requireNonNull(resume, "resume");
    }

    /**
     * Where to read the paused store, with the driver.
     *
     * @return a connection string including the database name
     */
    public String connectionString() {
        return connectionString;
    }

    /** Lets the held writes through; calling it again does nothing. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            resume.run();
        }
    }
}
