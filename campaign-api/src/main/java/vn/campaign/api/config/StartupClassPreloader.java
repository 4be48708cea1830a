package vn.campaign.api.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads, in a background thread, the classes a start of the service is known to need, while the main thread
 * builds the Spring context: the same idea as Spring Boot's own {@code BackgroundPreinitializer}, applied to the
 * service's libraries.
 *
 * <p>Most of a start of the plain jar is loading classes: about 10,000 from the jar's nested libraries, each looked
 * up, read, inflated and defined one after the other by the thread that first needs it (docs/performance.md,
 * "Start-up"). The list {@value #RESOURCE}, written by a training start ({@code scripts/update-startup-classes.sh}),
 * names them in the order that start loaded them; this thread loads each with
 * {@link Class#forName(String, boolean, ClassLoader) Class.forName(name, false, loader)}: <em>loaded, not
 * initialised</em>, so no static initialiser runs earlier or in another thread than it would have, and nothing the
 * service does, or the order in which it does it, changes. When the main thread needs a class, it finds it
 * loaded, or waits for the one load in progress (class loaders lock per class name); either way the class is
 * loaded once. A name the class path does not have (a list made before a library changed) is skipped, and so is
 * a class whose loading fails: the thread that needs it meets the same error as before, where it did before.
 *
 * <p>Off with the system property {@value #PROPERTY}{@code =false} (to measure a start without it).
 */
public final class StartupClassPreloader {

    /** The class path resource listing the classes, one binary name a line; lines starting with # are comments. */
    public static final String RESOURCE = "vn/campaign/api/config/startup-classes.txt";

    /** The system property that turns the preloading off when {@code false}. */
    public static final String PROPERTY = "campaign.startup.preload";

    /** The name of the background thread. */
    static final String THREAD_NAME = "startup-class-preloader";

    private StartupClassPreloader() {
    }

    /**
     * What a preloading did.
     *
     * @param loaded  the listed classes now loaded (by this thread, or already before it asked)
     * @param skipped the listed names that could not be loaded: not on the class path, or failing to load
     */
    public record Outcome(int loaded, int skipped) {

        /**
         * Validates the counts.
         *
         * @param loaded  the listed classes now loaded
         * @param skipped the listed names that could not be loaded
         */
        public Outcome {
            if (loaded < 0 || skipped < 0) {
                throw new IllegalArgumentException("counts must not be negative, got " + loaded + " and " + skipped);
            }
        }
    }

    /**
     * Starts loading the listed classes in a daemon thread, unless {@value #PROPERTY} is {@code false} or the
     * list is not on the class path.
     *
     * @param loader the application's class loader, which loads the listed classes
     * @return the started thread, or empty when nothing was started
     */
    public static Optional<Thread> startInBackground(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").strip())) {
            return Optional.empty();
        }
        InputStream list = loader.getResourceAsStream(RESOURCE);
        if (list == null) {
            return Optional.empty();
        }
        Thread thread = new Thread(() -> {
            try (Reader reader = new InputStreamReader(list, StandardCharsets.UTF_8)) {
                preload(reader, loader);
            } catch (IOException | UncheckedIOException e) {
                // a list that cannot be read only means no preloading: the classes load when they are needed
            }
        }, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    /**
     * Loads, without initialising them, the classes a list names.
     *
     * @param list   the list: one binary class name a line, blank lines and lines starting with # ignored
     * @param loader the class loader that loads them
     * @return how many were loaded and how many skipped
     * @throws IOException when the list cannot be read
     */
    static Outcome preload(Reader list, ClassLoader loader) throws IOException {
        int loaded = 0;
        int skipped = 0;
        BufferedReader lines = new BufferedReader(list);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                skipped++;
            }
        }
        return new Outcome(loaded, skipped);
    }
}
