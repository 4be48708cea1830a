package vn.campaign.bench.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service running in a child JVM on a store the benchmark hosts: started with a heap limit and a
 * token secret the benchmark knows, on a free port it reads from the service's process-information file, and
 * stopped when closed.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the service and waits until it answers on its port.
     *
     * @param apiJar   the service's executable jar
     * @param storeUri the MongoDB connection string of the store, without a database
     * @param secret   the development-token secret the service accepts
     * @param work     a directory for the service's log and process file
     * @param maxHeap  the {@code -Xmx} value, such as {@code 256m}
     * @param jvmArgs  further JVM options
     * @return the running service
     */
    public static ServiceProcess start(Path apiJar, String storeUri, String secret, Path work, String maxHeap,
            String... jvmArgs) {
        return launch(apiJar, "--spring.mongodb.uri=" + storeUri + "/campaign", secret, work, maxHeap, jvmArgs);
    }

    /**
     * Starts the service on its own embedded store, as in production: the H2 file store inside the service's
     * process ({@code campaign.store.embedded=h2}), committing after every write command.
     *
     * @param apiJar    the service's executable jar
     * @param storeFile the H2 store file ({@code campaign.store.path}); created when missing
     * @param secret    the development-token secret the service accepts
     * @param work      a directory for the service's log and process file
     * @param maxHeap   the {@code -Xmx} value, such as {@code 512m}
     * @param jvmArgs   further JVM options
     * @return the running service
     */
    public static ServiceProcess startEmbedded(Path apiJar, Path storeFile, String secret, Path work, String maxHeap,
            String... jvmArgs) {
        return launch(apiJar, "--campaign.store.path=" + storeFile.toAbsolutePath(), secret, work, maxHeap, jvmArgs);
    }

    private static ServiceProcess launch(Path apiJar, String storeArgument, String secret, Path work, String maxHeap,
            String... jvmArgs) {
        Path info = work.resolve("process.properties");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-jar", apiJar.toString(), "--server.port=0", storeArgument,
                "--campaign.process.info-file=" + info, "--campaign.security.jwt.secret=" + secret,
                "--spring.graphql.graphiql.enabled=false"));
        try {
            Files.createDirectories(work);
            Files.deleteIfExists(info);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("service.log").toFile()).start();
            try {
                return new ServiceProcess(process, Integer.parseInt(awaitProcessFile(info, process, work)
                        .getProperty("http.port")));
            } catch (RuntimeException | InterruptedException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The port the service listens on, on the loopback interface.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * The service's process id, for reading its open files under {@code /proc} and for {@code jcmd}.
     *
     * @return the pid
     */
    public long pid() {
        return process.pid();
    }

    /**
     * Whether the service is still running.
     *
     * @return true until it exits
     */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the service, forcibly after a minute. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Properties awaitProcessFile(Path info, Process service, Path work)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!Files.exists(info)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue() + "; see "
                        + work.resolve("service.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not start in 3 minutes; see "
                        + work.resolve("service.log"));
            }
            service.waitFor(200, TimeUnit.MILLISECONDS);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            properties.load(in);
        }
        return properties;
    }
}
