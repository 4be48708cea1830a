package vn.campaign.api.store;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import vn.campaign.store.embedded.BsonH2Database;

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
 * serialisation ({@link BsonH2Database}).
 */
final class DurableH2Backend extends H2Backend {

    /** How long the file space of an old version is kept besides the versions commands are reading. */
    static final java.time.Duration RETENTION = java.time.Duration.ofMinutes(2);

    /** Commands (in lower case) that never change stored data. */
    private static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "find", "getmore", "count", "distinct", "hello", "ismaster", "ping", "buildinfo",
            "listcollections", "listindexes", "listdatabases", "dbstats", "collstats", "serverstatus",
            "killcursors", "endsessions", "getparameter", "hostinfo", "getcmdlineopts", "connectionstatus",
            "whatsmyuri", "getlog", "getfreemonitoringstatus", "currentop", "explain", "getlasterror",
            "saslstart", "saslcontinue", "authenticate", "listcommands");

    private final UnenforcedIndexes unenforced;
    private final WriteGate gate;

    /**
     * Opens (or creates) the store file, noting the indexes it does not build nowhere.
     *
     * @param fileName the MVStore file
     */
    DurableH2Backend(String fileName) {
        this(fileName, new UnenforcedIndexes(), new WriteGate());
    }

    /**
     * Opens (or creates) the store file.
     *
     * @param fileName   the MVStore file
     * @param unenforced where the indexes the store does not build are noted
     * @param gate       the gate every write command passes (closed while a backup copies the store)
     */
    DurableH2Backend(String fileName, UnenforcedIndexes unenforced, WriteGate gate) {
        super(fileName);
        getMvStore().setRetentionTime((int) RETENTION.toMillis());
        this.unenforced = unenforced;
        this.gate = gate;
    }

    /** Each database keeps its collections' documents as BSON ({@link BsonH2Database}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return BsonH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        unenforced.observe(command, query);
        MVStore store = getMvStore();
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            if (!mayWrite(command, query)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            return gate.pass(() -> {
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
     * Tells whether a command may change stored data.
     *
     * @param command the command name as the client sent it
     * @param query   the command document
     * @return {@code false} only for commands known to read only
     */
    static boolean mayWrite(String command, Map<String, Object> query) {
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
