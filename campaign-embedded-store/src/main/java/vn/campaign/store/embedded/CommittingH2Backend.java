package vn.campaign.store.embedded;

import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * An {@link H2Backend} that commits its MVStore after every command that may have written, before the reply
 * goes back to the client.
 *
 * <p>Left at its defaults, {@code H2Backend} commits in the background about once a second, so a hard kill of
 * the process loses writes the driver already saw acknowledged. Committing before the reply writes the
 * change to the store file (the operating system's page cache) first, so an acknowledged write survives the
 * death of the process. It does not force the file to the disk: a power cut can still lose the last writes.
 *
 * <p>Commands are taken to write unless they are known to only read; an {@code aggregate} writes only when
 * its pipeline has an {@code $out} or {@code $merge} stage. A commit with nothing to write costs little.
 *
 * <p>A read walks the version of the store that was current when it began, while every write commits a new one.
 * The MVStore frees the file space of versions older than its retention time unless a reader has registered
 * their use, and a read that outlived the default 45 s then failed with "Chunk … not found" (a committed import's
 * scan on a loaded machine did). Every command therefore registers the version it reads for as long as it runs
 * ({@link MVStore#registerVersionUsage()}): the store's cursors are filled within the command that opens them, so
 * that is the whole read. The retention time is {@link #RETENTION} on top of that: every commit's chunk stays in
 * memory for that long, so a longer one (ten minutes were tried) makes the heap grow with the rate of writes.
 *
 * <p>Documents are written to the file as BSON and unique-index keys ordered value by value, not by their Java
 * serialisation ({@link BsonH2Database}). The driver's {@code countDocuments} is answered as a {@code count}
 * command, which does not hold the collection's documents while it counts ({@link CountPipeline}). A subclass
 * may wrap each write command ({@link #write}). The service's embedded store is one; the benchmark's copy of that
 * store, which counts and times commands, is another.
 */
public class CommittingH2Backend extends H2Backend {

    /** How long the file space of an old version is kept besides the versions commands are reading. */
    public static final Duration RETENTION = Duration.ofMinutes(2);

    /** Commands (in lower case) that never change stored data. */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "find", "getmore", "count", "distinct", "hello", "ismaster", "ping", "buildinfo",
            "listcollections", "listindexes", "listdatabases", "dbstats", "collstats", "serverstatus",
            "killcursors", "endsessions", "getparameter", "hostinfo", "getcmdlineopts", "connectionstatus",
            "whatsmyuri", "getlog", "getfreemonitoringstatus", "currentop", "explain", "getlasterror",
            "saslstart", "saslcontinue", "authenticate", "listcommands");

    /**
     * Opens (or creates) the store file.
     *
     * @param fileName the MVStore file
     */
    public CommittingH2Backend(String fileName) {
        super(fileName);
        getMvStore().setRetentionTime((int) RETENTION.toMillis());
    }

    /** Each database keeps its collections' documents as BSON ({@link BsonH2Database}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return BsonH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        MVStore store = getMvStore();
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            if (!mayWrite(command, query)) {
                Optional<CountPipeline> count = CountPipeline.of(query); // only an aggregate names "aggregate"
                if (count.isPresent()) {
                    return count.get().aggregateReply(databaseName, super.handleCommand(channel, databaseName,
                            "count", count.get().countCommand()));
                }
                return super.handleCommand(channel, databaseName, command, query);
            }
            return write(() -> {
                try {
                    return super.handleCommand(channel, databaseName, command, query);
                } finally {
                    if (!store.isClosed()) {
                        commit();
                    }
                }
            });
        } finally {
            store.deregisterVersionUsage(reading);
        }
    }

    /**
     * Runs a command that may write, its commit included: here as it is; a subclass may hold it back.
     *
     * @param command the command and its commit
     * @return its answer
     */
    protected Document write(Supplier<Document> command) {
        return command.get();
    }

    /**
     * Tells whether a command may change stored data.
     *
     * @param command the command name as the client sent it
     * @param query   the command document
     * @return {@code false} only for commands known to read only
     */
    public static boolean mayWrite(String command, Map<String, Object> query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return hasWritingStage(query.get("pipeline"));
        }
        return !READ_ONLY_COMMANDS.contains(name);
    }

    private static boolean hasWritingStage(@Nullable Object pipeline) {
        if (!(pipeline instanceof Collection<?> stages)) {
            return false;
        }
        for (Object stage : stages) {
            if (stage instanceof Map<?, ?> map && (map.containsKey("$out") || map.containsKey("$merge"))) {
                return true;
            }
        }
        return false;
    }
}
