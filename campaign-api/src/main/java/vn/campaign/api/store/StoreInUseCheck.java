package vn.campaign.api.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops a server at once, with one line, when another process already holds its embedded store file. Without
 * it the store bean fails deep inside the context's start and Spring prints a long trace. The check runs when
 * the environment is ready (after logging is set up, before anything starts), tries the same lock the H2
 * store takes, and lets it go at once; it does nothing for an external MongoDB, the in-memory store, or a
 * file that does not exist yet.
 */
public final class StoreInUseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(StoreInUseCheck.class);

    /** The exit status of a server that cannot start. */
    static final int EXIT_STATUS = 1;

    /** A check. */
    public StoreInUseCheck() {
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Optional<String> refusal = refusal(event.getEnvironment());
        if (refusal.isPresent()) {
            LOG.error(refusal.get());
            System.exit(EXIT_STATUS);
        }
    }

    /**
     * Why the server must not start, when another process holds its store file.
     *
     * @param environment the server's settings
     * @return the one-line message, or empty when the store is free (or not an embedded file)
     */
    static Optional<String> refusal(ConfigurableEnvironment environment) {
        if (EmbeddedStoreCondition.externalProperty(environment) != null) {
            return Optional.empty();
        }
        StoreProperties properties = Binder.get(environment).bindOrCreate("campaign.store", StoreProperties.class);
        Path file = properties.path().toAbsolutePath().normalize();
        if (properties.embedded() != EmbeddedBackend.H2 || !Files.isRegularFile(file) || !isLocked(file)) {
            return Optional.empty();
        }
        return Optional.of(EmbeddedMongoStore.inUseMessage(file));
    }

    private static boolean isLocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // the store's own opening reports what is wrong with the file
        }
    }
}
