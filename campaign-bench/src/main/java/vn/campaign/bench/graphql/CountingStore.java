package vn.campaign.bench.graphql;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import vn.campaign.store.embedded.CommittingH2Backend;

/**
 * The embedded store the service uses — mongo-java-server with its H2 backend, as the service's own
 * {@link CommittingH2Backend} — hosted in this process and listening on the
 * loopback interface, recording the name and collection of every command it is sent (server monitoring
 * commands such as {@code hello} left out) and the time it spent on them, commits included: what the store
 * itself costs a request, apart from what the service and the network around it cost.
 */
public final class CountingStore implements AutoCloseable {

    private static final Set<String> MONITORING = Set.of("hello", "ismaster", "ping", "buildinfo", "getlasterror",
            "endsessions", "killcursors", "getparameter", "saslstart", "saslcontinue", "hostinfo", "listcommands");

    private final MongoServer server;
    private final String connectionString;
    private final List<String> commands = new ArrayList<>();
    private final AtomicLong busyNanos = new AtomicLong();
    private final Map<String, Long> busyNanosByCommand = new TreeMap<>();

    /**
     * Starts the store.
     *
     * @param file the H2 file
     */
    public CountingStore(Path file) {
        server = new MongoServer(new Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        connectionString = "mongodb://127.0.0.1:" + address.getPort();
    }

    /**
     * The store's connection string, without a database.
     *
     * @return {@code mongodb://127.0.0.1:<port>}
     */
    public String connectionString() {
        return connectionString;
    }

    /** Forgets the commands recorded so far. */
    public synchronized void reset() {
        commands.clear();
        busyNanos.set(0);
        busyNanosByCommand.clear();
    }

    /**
     * The store's own time since the last {@link #reset()} by command, as {@link #commands()} names them.
     *
     * @return milliseconds by {@code name collection}
     */
    public synchronized Map<String, Double> busyMillisByCommand() {
        Map<String, Double> millis = new TreeMap<>();
        busyNanosByCommand.forEach((command, nanos) -> millis.put(command, nanos / 1e6));
        return millis;
    }

    private synchronized void busy(String command, long nanos) {
        busyNanosByCommand.merge(command, nanos, Long::sum);
    }

    /**
     * The time the store spent on the commands received since the last {@link #reset()}, from receiving each
     * to answering it, its commit to the file included, summed over commands (commands handled at the same
     * time on different connections each count in full).
     *
     * @return milliseconds
     */
    public double busyMillis() {
        return busyNanos.get() / 1e6;
    }

    /**
     * The commands received since the last {@link #reset()}, as {@code name collection}.
     *
     * @return a copy, in order of arrival
     */
    public synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    /**
     * The {@code comment} of the benchmark's own read-only checks (whether the service has settled its writes),
     * which the store neither counts nor times.
     */
    public static final String UNCOUNTED = "benchmark check, not counted";

    private synchronized void record(String command) {
        commands.add(command);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    /** The service's store ({@link CommittingH2Backend}), each command recorded and timed, its commit included. */
    private final class Backend extends CommittingH2Backend {

        Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            long started = System.nanoTime();
            String name = command.toLowerCase(Locale.ROOT);
            Object target = query.get(command);
            String named = command + (target instanceof String collection ? " " + collection : "");
            if (UNCOUNTED.equals(query.get("comment")) || MONITORING.contains(name)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            record(named);
            try {
                return super.handleCommand(channel, databaseName, command, query);
            } finally {
                long nanos = System.nanoTime() - started;
                busyNanos.addAndGet(nanos);
                busy(named, nanos);
            }
        }
    }
}
