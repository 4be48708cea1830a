package vn.campaign.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import vn.campaign.api.store.StoreDescription;

/**
 * Writes a small properties file once the application is ready, when {@code campaign.process.info-file} is
 * set, so that a launcher (a test harness, a script) can find the ports the process chose.
 *
 * <p>Keys: {@value #PID}, {@value #HTTP_PORT}, {@value #STORE_KIND}, {@value #STORE_SUMMARY} and, for the
 * embedded store only, {@value #STORE_CONNECTION_STRING}. The file is written to a temporary name and moved
 * into place, so a reader never sees it half written.
 */
@Component
@ConditionalOnProperty("campaign.process.info-file")
public class ProcessInfoFileWriter implements ApplicationListener<ApplicationReadyEvent> {

    /** Key of the process id. */
    public static final String PID = "pid";
    /** Key of the HTTP port. */
    public static final String HTTP_PORT = "http.port";
    /** Key of the {@link vn.campaign.api.store.StoreKind} name. */
    public static final String STORE_KIND = "store.kind";
    /** Key of the one-line store summary. */
    public static final String STORE_SUMMARY = "store.summary";
    /** Key of the embedded store's MongoDB connection string. */
    public static final String STORE_CONNECTION_STRING = "store.connection-string";

    private static final Logger LOG = LoggerFactory.getLogger(ProcessInfoFileWriter.class);

    private final Path file;
    private final ObjectProvider<StoreDescription> store;

    /**
     * Creates the writer.
     *
     * @param file  where to write the file
     * @param store the description of the store in use, if any
     */
    public ProcessInfoFileWriter(@Value("${campaign.process.info-file}") Path file,
            ObjectProvider<StoreDescription> store) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.store = store;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Properties info = new Properties();
        info.setProperty(PID, Long.toString(ProcessHandle.current().pid()));
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            info.setProperty(HTTP_PORT, Integer.toString(web.getWebServer().getPort()));
        }
        StoreDescription description = store.getIfAvailable();
        if (description != null) {
            info.setProperty(STORE_KIND, description.kind().name());
            info.setProperty(STORE_SUMMARY, description.summary());
            description.embeddedConnectionString()
                    .ifPresent(uri -> info.setProperty(STORE_CONNECTION_STRING, uri));
        }
        write(info);
        LOG.info("Process information written to {}", file);
    }

    private void write(Properties info) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                info.store(writer, "campaign-api process information");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the process information file " + file, e);
        }
    }
}
