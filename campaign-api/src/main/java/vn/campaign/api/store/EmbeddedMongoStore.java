package vn.campaign.api.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) running inside this process on a loopback port.
 *
 * <p>Clients talk to it with the ordinary MongoDB driver through {@link #connectionString()}. Closing it stops
 * listening, closes the client connections and closes the backend, which for H2 writes and closes the store
 * file. The H2 file is locked while open, so a second process on the same file fails to start.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongoStore.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final StoreDescription description;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final UnenforcedIndexes unenforced;
    private final MongoBackend backend;
    private final WriteGate gate;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address, StoreDescription description,
            UnenforcedIndexes unenforced, MongoBackend backend, WriteGate gate) {
        this.unenforced = unenforced;
        this.backend = backend;
        this.gate = gate;
        this.server = server;
        this.address = address;
        this.description = description;
    }

    /**
     * Opens the backend chosen by the properties and starts listening on the loopback interface.
     *
     * @param properties the store settings
     * @return the running store
     * @throws IllegalStateException if the store file cannot be opened (for example because another process
     *                               holds it) or the port cannot be bound
     */
    public static EmbeddedMongoStore start(StoreProperties properties) {
        Objects.requireNonNull(properties, "properties");
        Path file = properties.path().toAbsolutePath().normalize();
        UnenforcedIndexes unenforced = new UnenforcedIndexes();
        WriteGate gate = new WriteGate();
        MongoBackend backend = switch (properties.embedded()) {
            case H2 -> openH2(file, unenforced, gate);
            case MEMORY -> new MemoryBackend() {
                @Override
                public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
                    unenforced.observe(command, query);
                    if (!DurableH2Backend.mayWrite(command, query)) {
                        return super.handleCommand(channel, databaseName, command, query);
                    }
                    return gate.pass(() -> super.handleCommand(channel, databaseName, command, query));
                }
            };
        };
        MongoServer server = new MongoServer(backend);
        String host = InetAddress.getLoopbackAddress().getHostAddress();
        InetSocketAddress address;
        try {
            server.bind(host, properties.port());
            address = server.getLocalAddress();
        } catch (Exception e) { // Netty rethrows checked exceptions such as BindException undeclared
            server.shutdownNow();
            throw new IllegalStateException("Cannot start the embedded store on " + host + ":" + properties.port()
                    + ": " + e.getMessage(), e);
        }
        String connectionString = "mongodb://" + host + ":" + address.getPort() + "/" + properties.database();
        StoreDescription description = switch (properties.embedded()) {
            case H2 -> new StoreDescription(StoreKind.EMBEDDED_H2,
                    "embedded MongoDB-compatible server, H2 file " + file + ", on " + connectionString,
                    connectionString);
            case MEMORY -> new StoreDescription(StoreKind.EMBEDDED_MEMORY,
                    "embedded MongoDB-compatible server, in memory (data is lost on exit), on "
                            + connectionString,
                    connectionString);
        };
        LOG.info("Store: {}", description.summary());
        return new EmbeddedMongoStore(server, address, description, unenforced, backend, gate);
    }

    private static MongoBackend openH2(Path file, UnenforcedIndexes unenforced, WriteGate gate) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the embedded store file " + file, e);
        }
        try {
            return new DurableH2Backend(file.toString(), unenforced, gate);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open the embedded store file " + file
                    + " (is another instance using it?): " + e.getMessage(), e);
        }
    }

    /**
     * The one line a server prints when another process holds its store file.
     *
     * @param file the store file
     * @return the message
     */
    static String inUseMessage(Path file) {
        return "Cannot open the embedded store file " + file + " (is another instance using it?): another process"
                + " holds its lock. Stop that server, or give this one its own --campaign.store.path.";
    }

    /**
     * The address the server listens on.
     *
     * @return a loopback address with the bound port
     */
    public InetSocketAddress address() {
        return address;
    }

    /**
     * The connection string for the MongoDB driver, including the database name.
     *
     * @return e.g. {@code mongodb://127.0.0.1:40123/campaign}
     */
    public String connectionString() {
        return Objects.requireNonNull(description.connectionString(), "connectionString");
    }

    /**
     * Describes this store for logs and launchers.
     *
     * @return the description
     */
    public StoreDescription description() {
        return description;
    }

    /**
     * Logs, in one line, the indexes asked for so far that the embedded store does not build; the library's
     * own warning for each is turned off in {@code application.yaml}.
     */
    public void logUnenforcedIndexes() {
        String summary = unenforced.summary();
        if (!summary.isEmpty()) {
            LOG.info(summary);
        }
    }

    /**
     * The indexes asked for so far that the embedded store does not build.
     *
     * @return them, as {@code collection(field, field)}
     */
    public List<String> unenforcedIndexes() {
        return unenforced.names();
    }

    /**
     * Holds every write command until the returned pause is closed, and opens a second server on the same data
     * for reading it meanwhile: the data seen there is the store at one moment, which a backup copies.
     *
     * <p>Returns once the writes under way have finished. Writes that arrive meanwhile wait (their clients see
     * a slow answer, not an error). The second server has threads of its own, so reading through it never
     * waits behind a held write. The same thread must close the pause.
     *
     * @return the pause, with the connection string of the second server
     * @throws IllegalStateException if the second server cannot listen
     */
    public WritesPaused pauseWrites() {
        gate.close();
        MongoServer reader = new MongoServer(new SharedBackend(backend));
        try {
            reader.bind(InetAddress.getLoopbackAddress().getHostAddress(), 0);
        } catch (RuntimeException e) {
            gate.open();
            throw new IllegalStateException("Cannot open the embedded store for the backup: " + e.getMessage(), e);
        }
        InetSocketAddress readerAddress = reader.getLocalAddress();
        String readerConnection = "mongodb://" + readerAddress.getHostString() + ":" + readerAddress.getPort() + "/"
                + databaseName();
        return new WritesPaused(readerConnection, () -> {
            try {
                reader.shutdownNow();
            } finally {
                gate.open();
            }
        });
    }

    private String databaseName() {
        String connection = connectionString();
        return connection.substring(connection.lastIndexOf('/') + 1);
    }

    /**
     * Stops listening, closes client connections and closes the backend. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdown();
            LOG.info("Store: embedded server closed ({})", description.kind());
        }
    }
}
