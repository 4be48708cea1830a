package vn.campaign.api.backup.mongo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.campaign.api.backup.mongo.MongoDump.CollectionDump;
import vn.campaign.api.mongo.MongoUnitSummaries;
import vn.campaign.api.platform.PlatformConfiguration;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreProperties;

/**
 * The {@code backup}, {@code restore}, {@code copy-store} and {@code rebuild} commands of the service's jar
 * ({@code java -jar campaign-api.jar backup --to DIR}). None starts the web server: they open the embedded store
 * file themselves (the server must be stopped; its file lock says so otherwise), or, for
 * {@code backup --server}, call a running server's backup endpoint as a client.
 *
 * <p>The options are few and fixed, so they are read here rather than with picocli, which the service's jar
 * deliberately does not ship. {@code --name value} and {@code --name=value} are both accepted. Exit status:
 * 0 done, 1 failed, 2 wrong usage; a failure prints one line on the error stream.
 */
public final class StoreCommandLine {

    /** Exit status of a command that did what was asked. */
    public static final int OK = 0;

    /** Exit status of a command that failed. */
    public static final int FAILED = 1;

    /** Exit status of a command given wrong options. */
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("backup", "restore", "copy-store", "rebuild");
    private static final Set<String> FLAGS = Set.of("force", "overwrite", "help");
    private static final String STORE_PATH = "campaign.store.path";
    private static final String STORE_DATABASE = "campaign.store.database";

    private static final Map<String, String> USAGES = Map.of(
            "backup", "backup --to DIR [--campaign.store.path FILE] | backup --to DIR --server URL --token TOKEN",
            "restore", "restore --from DIR [--campaign.store.path FILE] [--force]",
            "copy-store", "copy-store --to mongodb://HOST[:PORT]/DATABASE [--campaign.store.path FILE] [--overwrite]",
            "rebuild", "rebuild [--campaign.store.path FILE] | rebuild --uri mongodb://HOST[:PORT]/DATABASE");

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "backup", Set.of("to", "server", "token", STORE_PATH, STORE_DATABASE, "help"),
            "restore", Set.of("from", "force", STORE_PATH, STORE_DATABASE, "help"),
            "copy-store", Set.of("to", "overwrite", "force", STORE_PATH, STORE_DATABASE, "help"),
            "rebuild", Set.of("uri", STORE_PATH, STORE_DATABASE, "help"));

    private StoreCommandLine() {
    }

    /**
     * Tells whether the jar's arguments name one of these commands rather than starting the server.
     *
     * @param args the jar's arguments
     * @return whether the first argument is {@code backup}, {@code restore}, {@code copy-store} or {@code rebuild}
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * Runs a command.
     *
     * @param args the jar's arguments, the command first
     * @param out  where the summary goes
     * @param err  where the one line of a failure goes
     * @return the exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (!isCommand(args)) {
            err.println("Unknown command; use one of: " + String.join(", ", List.of("backup", "restore", "copy-store", "rebuild")));
            return USAGE;
        }
        String command = args[0];
        Map<String, String> options;
        try {
            options = parse(command, args);
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + e.getMessage() + ". Usage: java -jar campaign-api.jar " + USAGES.get(command));
            return USAGE;
        }
        if (options.containsKey("help")) {
            out.println("Usage: java -jar campaign-api.jar " + USAGES.get(command));
            return OK;
        }
        try {
            String summary = switch (command) {
                case "backup" -> backup(options);
                case "restore" -> restore(options);
                case "rebuild" -> rebuild(options);
                default -> copyStore(options);
            };
            out.println(command + ": " + summary);
            return OK;
        } catch (UsageException e) {
            err.println(command + ": " + e.getMessage() + ". Usage: java -jar campaign-api.jar " + USAGES.get(command));
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println(command + ": " + firstLine(e));
            return FAILED;
        }
    }

    static Map<String, String> parse(String command, String[] args) {
        Map<String, String> options = new HashMap<>();
        Set<String> known = OPTIONS.getOrDefault(command, Set.of());
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new IllegalArgumentException("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice");
            }
        }
        return options;
    }

    private static String backup(Map<String, String> options) throws IOException {
        Path directory = Path.of(required(options, "to"));
        if (Files.exists(directory) && (!Files.isDirectory(directory) || !isEmpty(directory))) {
            throw new IllegalArgumentException(directory + " is not an empty directory; give a new or empty one");
        }
        String server = options.get("server");
        if (server != null) {
            if (options.containsKey(STORE_PATH) || options.containsKey(STORE_DATABASE)) {
                throw new UsageException("--server backs up a running server; --" + STORE_PATH
                        + " is for a stopped one, give one of them");
            }
            String token = required(options, "token");
            URI uri;
            try {
                uri = URI.create(server);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--server '" + server + "' is not a URL");
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new UsageException("--server must be an http:// or https:// URL, was '" + server + "'");
            }
            Files.createDirectories(directory);
            BackupDownload.Downloaded downloaded = BackupDownload.download(uri, token, directory);
            return describe(downloaded.collections()) + " written to " + directory + " (the server held writes for "
                    + downloaded.pausedMillis() + " ms)";
        }
        if (options.containsKey("token")) {
            throw new UsageException("--token goes with --server");
        }
        StoreProperties properties = existingStore(options);
        return withStore(properties, database -> {
            try {
                Files.createDirectories(directory);
                return describe(MongoDump.write(database, DumpTarget.directory(directory))) + " written to "
                        + directory;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String restore(Map<String, String> options) throws IOException {
        Path databaseDirectory = MongoDump.databaseDirectory(Path.of(required(options, "from")));
        StoreProperties properties = store(options);
        MongoDump.check(databaseDirectory);
        boolean force = options.containsKey("force");
        return withStore(properties, database -> {
            List<String> occupied = StoreCopy.nonEmptyCollections(database);
            if (!occupied.isEmpty()) {
                if (!force) {
                    throw new IllegalStateException("the store " + properties.path() + " already holds data (in "
                            + String.join(", ", occupied) + "); restore loads only into an empty store, give --force"
                            + " to replace its data");
                }
            }
            if (force) {
                StoreCopy.clear(database);
            }
            try {
                List<CollectionDump> restored = MongoDump.restore(databaseDirectory, database);
                for (CollectionDump collection : restored) {
                    long stored = database.getCollection(collection.name()).countDocuments();
                    if (stored != collection.documents()) {
                        throw new IllegalStateException("collection " + collection.name() + ": the dump holds "
                                + collection.documents() + " documents, the store " + stored);
                    }
                }
                return describe(restored) + " restored from " + databaseDirectory + " into " + properties.path();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalStateException(firstLine(e) + "; the store holds part of the dump: run restore"
                        + " again with --force", e);
            }
        });
    }

    /**
     * Recomputes every unit summary from the registrations ({@link MongoUnitSummaries#rebuild()}): of the embedded
     * store file (the server stopped), or of the MongoDB at {@code --uri} (a server may be running on it).
     */
    private static String rebuild(Map<String, String> options) {
        String uri = options.get("uri");
        if (uri == null) {
            StoreProperties properties = existingStore(options);
            try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                    MongoClient client = MongoClients.create(store.connectionString())) {
                return rebuilt(client, properties.database());
            }
        }
        ConnectionString target;
        try {
            target = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--uri must be a MongoDB connection string (mongodb://…): " + firstLine(e));
        }
        try (MongoClient client = MongoClients.create(target)) {
            return rebuilt(client, target.getDatabase() != null ? target.getDatabase()
                    : options.getOrDefault(STORE_DATABASE, "campaign"));
        }
    }

    private static String rebuilt(MongoClient client, String database) {
        long started = System.nanoTime();
        MongoTemplate template = new MongoTemplate(client, database);
        int summaries = new MongoUnitSummaries(template, PlatformConfiguration.HA_TINH_ZONE).rebuild();
        return summaries + " unit summaries rebuilt from the registrations of database " + database + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    private static String copyStore(Map<String, String> options) {
        String to = required(options, "to");
        ConnectionString target;
        try {
            target = new ConnectionString(to);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--to must be a MongoDB connection string (mongodb://…): " + firstLine(e));
        }
        StoreProperties properties = existingStore(options);
        boolean overwrite = options.containsKey("overwrite") || options.containsKey("force");
        String targetDatabase = target.getDatabase() != null ? target.getDatabase() : properties.database();
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(target)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(15, TimeUnit.SECONDS)).build();
        return withStore(properties, source -> {
            try (MongoClient client = MongoClients.create(settings)) {
                try {
                    client.getDatabase(targetDatabase).runCommand(new org.bson.Document("ping", 1));
                } catch (MongoTimeoutException e) {
                    throw new IllegalStateException("cannot reach a MongoDB server at " + target.getHosts()
                            + " within 15 seconds", e);
                }
                MongoDatabase into = client.getDatabase(targetDatabase);
                List<String> occupied = StoreCopy.nonEmptyCollections(into);
                if (!occupied.isEmpty() && !overwrite) {
                    throw new IllegalStateException("the target database " + targetDatabase + " is not empty (in "
                            + String.join(", ", occupied) + "); give --overwrite to replace its collections");
                }
                StoreCopy.clear(into);
                Map<String, CollectionDigest> copied = StoreCopy.copy(source, into);
                long documents = copied.values().stream().mapToLong(CollectionDigest::documents).sum();
                return copied.size() + " collections, " + documents + " documents copied to database "
                        + targetDatabase + "; counts and SHA-256 checksums verified";
            }
        });
    }

    private static <T> T withStore(StoreProperties properties, Function<MongoDatabase, T> work) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.start(properties);
                MongoClient client = MongoClients.create(store.connectionString())) {
            return work.apply(client.getDatabase(properties.database()));
        }
    }

    private static StoreProperties store(Map<String, String> options) {
        try {
            return new StoreProperties(EmbeddedBackend.H2,
                    Path.of(options.getOrDefault(STORE_PATH, "./data/campaign.mv")), 0,
                    options.getOrDefault(STORE_DATABASE, "campaign"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(firstLine(e));
        }
    }

    private static StoreProperties existingStore(Map<String, String> options) {
        StoreProperties properties = store(options);
        if (!Files.isRegularFile(properties.path())) {
            throw new IllegalStateException("no store file at " + properties.path().toAbsolutePath().normalize()
                    + "; give the server's --" + STORE_PATH);
        }
        return properties;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String describe(List<CollectionDump> collections) {
        long documents = collections.stream().mapToLong(CollectionDump::documents).sum();
        return collections.size() + " collections, " + documents + " documents";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    /** A wrong use of the options found once they are read. */
    private static final class UsageException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
