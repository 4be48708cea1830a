package vn.campaign.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.campaign.api.store.EmbeddedBackend;

/**
 * The application running in a child JVM, started from the test class path, for tests that need a real
 * process: restarts, crashes ({@code kill -9}), HTTP-level behaviour.
 *
 * <p>{@link Builder#start()} launches {@code java -cp <test class path> vn.campaign.api.CampaignApiApplication
 * --server.port=0 --campaign.store.path=<dir>/data/campaign.mv --campaign.process.info-file=<dir>/…}, waits
 * for the process information file the application writes when it is ready, then polls
 * {@code /actuator/health} until it answers {@code UP}. It never sleeps a fixed time: between polls it waits
 * on the child's exit, so a child that dies is reported at once with the end of its log. The child's output
 * goes to a numbered log file in the working directory ({@link #log()}).
 *
 * <p>The child does not inherit {@code SPRING_MONGODB_*} variables unless asked
 * ({@link Builder#inheritMongoEnvironment()}), so by default it runs the embedded store on the given
 * directory whatever the test machine's environment.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.builder(tempDir).start()) {
 *     HttpResponse<String> response = server.postGraphQl("{ __typename }", Map.of());
 *     server.stop();
 * }
 * }</pre>
 */
public final class ServerProcess implements AutoCloseable {

    /** The application's main class. */
    public static final String MAIN_CLASS = "vn.campaign.api.CampaignApiApplication";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 80;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Path logFile;
    private final ProcessInfo info;
    private final Duration shutdownTimeout;
    private final HttpClient http;

    private ServerProcess(Process process, Path logFile, ProcessInfo info, Duration shutdownTimeout,
            HttpClient http) {
        this.process = process;
        this.logFile = logFile;
        this.info = info;
        this.shutdownTimeout = shutdownTimeout;
        this.http = http;
    }

    /**
     * Starts describing a server whose working directory, log, process information file and (by default)
     * H2 store file are in {@code workDirectory}.
     *
     * @param workDirectory a directory owned by the test, typically a {@code @TempDir}
     * @return a builder
     */
    public static Builder builder(Path workDirectory) {
        return new Builder(workDirectory);
    }

    /**
     * What the server reported once it was ready.
     *
     * @return its process information
     */
    public ProcessInfo info() {
        return info;
    }

    /**
     * The HTTP port the server chose.
     *
     * @return the port
     */
    public int httpPort() {
        return info.httpPort();
    }

    /**
     * A URI on this server.
     *
     * @param path an absolute path such as {@code /actuator/health}
     * @return {@code http://127.0.0.1:<port><path>}
     */
    public URI uri(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', was '" + path + "'");
        }
        return URI.create("http://127.0.0.1:" + info.httpPort() + path);
    }

    /**
     * The embedded store's MongoDB connection string, for tests that write through the driver.
     *
     * @return the connection string
     * @throws IllegalStateException if the server uses an external MongoDB
     */
    public String storeConnectionString() {
        return info.embeddedStore().orElseThrow(() -> new IllegalStateException(
                "the server uses no embedded store: " + info.storeSummary()));
    }

    /**
     * Sends a GET request.
     *
     * @param path the path on this server
     * @return the response, whatever its status
     */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /**
     * Posts a GraphQL request to {@code /graphql} as {@code application/json}.
     *
     * @param document  the GraphQL document
     * @param variables the variables, serialised to JSON
     * @return the response, whatever its status
     */
    public HttpResponse<String> postGraphQl(String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    /**
     * Sends any request built on {@link #uri(String)}.
     *
     * @param request the request
     * @return the response, whatever its status
     */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Request " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), e);
        }
    }

    /**
     * Everything the server printed so far.
     *
     * @return the log text
     */
    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + logFile, e);
        }
    }

    /**
     * The file the server's output goes to.
     *
     * @return the log file
     */
    public Path logFile() {
        return logFile;
    }

    /**
     * Tells whether the child process is still running.
     *
     * @return {@code true} while it runs
     */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the server cleanly: sends SIGTERM, which runs Spring's graceful shutdown (the store is closed),
     * and waits for the process to end.
     *
     * @return the exit code (143 after SIGTERM on Linux)
     * @throws IllegalStateException if it does not end within the shutdown timeout; it is then killed
     */
    public int stop() {
        process.destroy();
        if (!awaitExit(shutdownTimeout)) {
            process.destroyForcibly();
            awaitExit(shutdownTimeout);
            throw new IllegalStateException("The server did not stop within " + shutdownTimeout
                    + " and was killed. Log " + logFile + ":\n" + tail(log()));
        }
        return process.exitValue();
    }

    /**
     * Kills the server hard ({@link Process#destroyForcibly()}: SIGKILL on Linux, like {@code kill -9}); no
     * shutdown hook runs.
     *
     * @return the exit code (137 on Linux)
     */
    public int kill() {
        process.destroyForcibly();
        if (!awaitExit(shutdownTimeout)) {
            throw new IllegalStateException("The server did not die within " + shutdownTimeout + " of SIGKILL");
        }
        return process.exitValue();
    }

    /**
     * Stops the server cleanly if it still runs.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the server to end", e);
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    /**
     * Describes the child process to start.
     */
    public static final class Builder {

        private final Path workDirectory;
        private EmbeddedBackend embedded = EmbeddedBackend.H2;
        private @Nullable Path storePath;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m"));
        private boolean inheritMongoEnvironment;
        private Duration startupTimeout = Duration.ofSeconds(120);
        private Duration shutdownTimeout = Duration.ofSeconds(30);

        private Builder(Path workDirectory) {
            this.workDirectory = Objects.requireNonNull(workDirectory, "workDirectory").toAbsolutePath();
        }

        /**
         * Chooses the embedded backend ({@code campaign.store.embedded}); H2 unless set.
         *
         * @param backend the backend
         * @return this builder
         */
        public Builder embedded(EmbeddedBackend backend) {
            this.embedded = Objects.requireNonNull(backend, "backend");
            return this;
        }

        /**
         * Sets the H2 store file ({@code campaign.store.path}); {@code <workDirectory>/data/campaign.mv} unless
         * set. Two servers on the same file cannot run at once.
         *
         * @param path the store file
         * @return this builder
         */
        public Builder storePath(Path path) {
            this.storePath = Objects.requireNonNull(path, "path").toAbsolutePath();
            return this;
        }

        /**
         * Passes an application property as a command-line argument {@code --name=value}, which wins over
         * every other source.
         *
         * @param name  the property name, e.g. {@code campaign.cors.allowed-origins}
         * @param value its value
         * @return this builder
         */
        public Builder property(String name, String value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets an environment variable of the child.
         *
         * @param name  the variable
         * @param value its value
         * @return this builder
         */
        public Builder environment(String name, String value) {
            environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Lets the child see this JVM's {@code SPRING_MONGODB_*} environment variables, so that it uses the
         * MongoDB they name instead of the embedded store.
         *
         * @return this builder
         */
        public Builder inheritMongoEnvironment() {
            this.inheritMongoEnvironment = true;
            return this;
        }

        /**
         * Adds a JVM option of the child, e.g. {@code -Xmx1g}.
         *
         * @param option the option
         * @return this builder
         */
        public Builder jvmOption(String option) {
            jvmOptions.add(Objects.requireNonNull(option, "option"));
            return this;
        }

        /**
         * Sets how long {@link #start()} waits for the server to be healthy (120 s unless set).
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long {@link ServerProcess#stop()} and {@link ServerProcess#kill()} wait for the process to
         * end (30 s unless set).
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder shutdownTimeout(Duration timeout) {
            this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Starts the child JVM and waits until it reports {@code UP} on {@code /actuator/health}.
         *
         * @return the running server
         * @throws IllegalStateException if the child exits first or is not healthy within the startup timeout;
         *                               the message carries the end of its log
         */
        public ServerProcess start() {
            Path infoFile = workDirectory.resolve("server.properties");
            Path logFile;
            Process process;
            try {
                Files.createDirectories(workDirectory);
                Files.deleteIfExists(infoFile);
                logFile = nextLogFile();
                ProcessBuilder builder = new ProcessBuilder(command(infoFile))
                        .directory(workDirectory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(logFile.toFile());
                Map<String, String> childEnvironment = builder.environment();
                if (!inheritMongoEnvironment) {
                    childEnvironment.keySet().removeIf(name -> name.startsWith("SPRING_MONGODB_"));
                }
                childEnvironment.putAll(environment);
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the server in " + workDirectory, e);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
            try {
                ProcessInfo info = awaitHealthy(process, infoFile, logFile, http);
                return new ServerProcess(process, logFile, info, shutdownTimeout, http);
            } catch (RuntimeException | Error e) {
                process.destroyForcibly();
                throw e;
            }
        }

        private List<String> command(Path infoFile) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // An argument file keeps a long class path off the command line.
            Path argumentFile = workDirectory.resolve("java-classpath.args");
            Files.writeString(argumentFile, "-cp " + quoted(testClassPath()) + "\n", StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(jvmOptions);
            command.add("@" + argumentFile);
            command.add(MAIN_CLASS);
            Map<String, String> arguments = new LinkedHashMap<>();
            arguments.put("server.port", "0");
            arguments.put("campaign.store.embedded", embedded.name().toLowerCase(Locale.ROOT));
            arguments.put("campaign.store.path",
                    (storePath != null ? storePath : workDirectory.resolve("data").resolve("campaign.mv"))
                            .toString());
            arguments.put("campaign.process.info-file", infoFile.toString());
            arguments.put("spring.main.banner-mode", "off");
            arguments.putAll(properties);
            arguments.forEach((name, value) -> command.add("--" + name + "=" + value));
            return command;
        }

        /**
         * The class path of the running tests. Surefire runs them from a manifest-only jar and publishes the
         * real class path in {@code surefire.test.class.path}; elsewhere {@code java.class.path} is it.
         */
        private static String testClassPath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }

        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private Path nextLogFile() {
            for (int number = 1; ; number++) {
                Path candidate = workDirectory.resolve("server-" + number + ".log");
                if (!Files.exists(candidate)) {
                    return candidate;
                }
            }
        }

        private ProcessInfo awaitHealthy(Process process, Path infoFile, Path logFile, HttpClient http) {
            Instant deadline = Instant.now().plus(startupTimeout);
            ProcessInfo info = null;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server exited with code " + process.exitValue()
                            + " before it was ready. Log " + logFile + ":\n" + tail(read(logFile)));
                }
                if (info == null && Files.exists(infoFile)) {
                    info = ProcessInfo.read(infoFile);
                }
                if (info != null && isUp(http, info)) {
                    return info;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The server was not healthy within " + startupTimeout
                            + ". Log " + logFile + ":\n" + tail(read(logFile)));
                }
                awaitExitOrPollInterval(process);
            }
        }

        private static boolean isUp(HttpClient http, ProcessInfo info) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + info.httpPort() + "/actuator/health"))
                    .timeout(REQUEST_TIMEOUT)
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return false;
                }
                JsonNode health = JSON.readTree(response.body());
                return "UP".equals(health.path("status").asString(""));
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server", e);
            }
        }

        /** Waits one poll interval, returning early if the child exits. */
        private static void awaitExitOrPollInterval(Process process) {
            try {
                process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: poll again
            } catch (ExecutionException e) {
                throw new IllegalStateException("Cannot watch the server process", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the server", e);
            }
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "(cannot read " + file + ": " + e.getMessage() + ")";
            }
        }
    }
}
