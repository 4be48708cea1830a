package vn.campaign.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import vn.campaign.bench.Timing;

/**
 * Starts the packaged service as the README runs it — its own embedded store on an H2 file, here in a fresh
 * directory each time, so that every start opens a new store, creates its indexes and seeds the campaign and
 * the units — and times it from launch until {@code GET /actuator/health} answers {@code "status":"UP"}, in two
 * ways taken in turn:
 *
 * <ul>
 *   <li><b>plain jar</b>: {@code java -jar campaign-api-….jar};</li>
 *   <li><b>class data sharing</b>: the jar extracted by {@code java -Djarmode=tools -jar … extract} (Spring
 *       Boot's layout for it: the application jar with its libraries beside it in {@code lib/}), started with
 *       {@code -XX:SharedArchiveFile} on an archive made by a training run of that extracted jar, as the README
 *       makes it ({@code -XX:ArchiveClassesAtExit} with {@code -Dspring.context.exit=onRefresh}: started on a fresh
 *       store, stopped once the context is refreshed, the archive written at exit).</li>
 * </ul>
 *
 * <p>One more start of each kind runs with {@code -Dcampaign.startup.report} so that the service logs what its
 * start spent, step by step (untimed: recording the steps costs time of its own).
 */
public final class StartupBench {

    /** The start of the service's lines naming its start-up steps ({@code StartupReport.PREFIX}). */
    private static final String STEP_PREFIX = "Start-up step: ";
    /** How many steps each report names. */
    private static final int STEPS = 12;

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * What to run.
     *
     * @param apiJar  the service's executable jar
     * @param work    a directory for the extracted jar, the archive, the stores and the logs
     * @param starts  how many timed starts of each kind (their median is reported)
     * @param maxHeap the {@code -Xmx} value of the service, such as {@code 512m}
     */
    public record Settings(Path apiJar, Path work, int starts, String maxHeap) {

        /**
         * Validates the settings and makes the paths absolute (the service runs in directories of its own).
         *
         * @param apiJar  the service's executable jar
         * @param work    a directory for the extracted jar, the archive, the stores and the logs
         * @param starts  how many timed starts of each kind (their median is reported)
         * @param maxHeap the {@code -Xmx} value of the service, such as {@code 512m}
         */
        public Settings {
            apiJar = Objects.requireNonNull(apiJar, "apiJar").toAbsolutePath();
            work = Objects.requireNonNull(work, "work").toAbsolutePath();
            Objects.requireNonNull(maxHeap, "maxHeap");
            if (starts < 1) {
                throw new IllegalArgumentException("starts must be at least 1, got " + starts);
            }
        }
    }

    /**
     * What was measured.
     *
     * @param plainMillis     each timed start of the plain jar, launch to health UP, in the order run
     * @param cdsMillis       each timed start with the class data sharing archive, in the order run
     * @param extractMillis   how long extracting the jar took
     * @param trainingMillis  how long the training run took (start until the context is refreshed, archive written)
     * @param archiveBytes    the size of the archive
     * @param plainSteps      the longest start-up steps of the plain jar, as the service logged them
     * @param cdsSteps        the longest start-up steps with the archive
     * @param archiveUsed     whether every start with the archive mapped it (the JVM's default {@code -Xshare:auto}
     *                        falls back silently to no archive when it does not fit the class path, so this is
     *                        read from the JVM's own {@code -Xlog:cds} lines)
     */
    public record Result(List<Double> plainMillis, List<Double> cdsMillis, double extractMillis,
            double trainingMillis, long archiveBytes, List<String> plainSteps, List<String> cdsSteps,
            boolean archiveUsed) {

        /**
         * Copies the lists.
         *
         * @param plainMillis    each timed start of the plain jar
         * @param cdsMillis      each timed start with the archive
         * @param extractMillis  how long extracting the jar took
         * @param trainingMillis how long the training run took
         * @param archiveBytes   the size of the archive
         * @param plainSteps     the longest start-up steps of the plain jar
         * @param cdsSteps       the longest start-up steps with the archive
         * @param archiveUsed    whether the JVM mapped the archive
         */
        public Result {
            plainMillis = List.copyOf(plainMillis);
            cdsMillis = List.copyOf(cdsMillis);
            plainSteps = List.copyOf(plainSteps);
            cdsSteps = List.copyOf(cdsSteps);
        }

        /**
         * The median start of the plain jar.
         *
         * @return milliseconds
         */
        public double plainMedian() {
            return Timing.median(plainMillis.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /**
         * The median start with the archive.
         *
         * @return milliseconds
         */
        public double cdsMedian() {
            return Timing.median(cdsMillis.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /**
     * A benchmark with these settings.
     *
     * @param settings what to run
     */
    public StartupBench(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Extracts the jar, trains the archive, then times the starts, plain and with the archive in turn.
     *
     * @return the figures
     */
    public Result run() {
        Path extracted = settings.work().resolve("extracted");
        long t0 = System.nanoTime();
        exec(List.of(java(), "-Djarmode=tools", "-jar", settings.apiJar().toString(), "extract", "--destination",
                extracted.toString()), settings.work(), settings.work().resolve("extract.log"));
        double extractMillis = (System.nanoTime() - t0) / 1e6;
        Path extractedJar = extracted.resolve(settings.apiJar().getFileName());
        if (!Files.isRegularFile(extractedJar)) {
            throw new IllegalStateException("the extraction left no " + extractedJar);
        }
        Path archive = extracted.resolve("campaign-api.jsa");
        t0 = System.nanoTime();
        Path training = settings.work().resolve("training");
        exec(List.of(java(), "-Xmx" + settings.maxHeap(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Dspring.context.exit=onRefresh", "-jar", extractedJar.toString(), "--server.port=0"), training,
                training.resolve("training.log"));
        double trainingMillis = (System.nanoTime() - t0) / 1e6;
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run left no archive " + archive);
        }
        List<String> sharing = List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=info");
        List<Double> plain = new ArrayList<>();
        List<Double> cds = new ArrayList<>();
        boolean used = true;
        for (int i = 0; i < settings.starts(); i++) {
            // in turn, so that a change in the machine's load falls on both kinds alike
            try (Started s = start("plain-" + i, List.of(), settings.apiJar())) {
                plain.add(s.millis());
            }
            try (Started s = start("cds-" + i, sharing, extractedJar)) {
                cds.add(s.millis());
                // the JVM maps the archive, then unmaps it again when the class path does not match
                used &= s.log().contains("Mapped dynamic region") && !s.log().contains("Unable to use shared archive");
            }
        }
        List<String> plainSteps;
        try (Started s = start("plain-steps", List.of("-Dcampaign.startup.report=" + STEPS), settings.apiJar())) {
            plainSteps = steps(s.log());
        }
        List<String> cdsSteps;
        List<String> reported = new ArrayList<>(sharing);
        reported.add("-Dcampaign.startup.report=" + STEPS);
        try (Started s = start("cds-steps", reported, extractedJar)) {
            cdsSteps = steps(s.log());
        }
        return new Result(plain, cds, extractMillis, trainingMillis, size(archive), plainSteps, cdsSteps, used);
    }

    private static List<String> steps(String log) {
        List<String> steps = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf(STEP_PREFIX);
            if (at >= 0) {
                steps.add(line.substring(at + STEP_PREFIX.length()).strip());
            }
        }
        return steps;
    }

    /** A started service, stopped when closed. */
    private record Started(Process process, double millis, Path logFile) implements AutoCloseable {

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(60, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts the service on a fresh store in its own directory and waits for health UP. */
    private Started start(String name, List<String> jvmArgs, Path jar) {
        Path directory = settings.work().resolve(name);
        Path info = directory.resolve("process.properties");
        Path log = directory.resolve("service.log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx" + settings.maxHeap());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=0", "--campaign.process.info-file=" + info,
                "--campaign.store.path=" + directory.resolve("data").resolve("campaign.mv")));
        try {
            Files.createDirectories(directory);
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                int port = Integer.parseInt(awaitProcessFile(info, process, log).getProperty("http.port"));
                awaitHealthUp(port, process, log);
                return new Started(process, (System.nanoTime() - launched) / 1e6, log);
            } catch (RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties awaitProcessFile(Path info, Process service, Path log) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        try {
            while (!Files.exists(info)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException("the service exited with " + service.exitValue() + "; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the service did not start in 3 minutes; see " + log);
                }
                service.waitFor(20, TimeUnit.MILLISECONDS);
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(info)) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void awaitHealthUp(int port, Process service, Path log) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try {
            while (true) {
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (IOException e) {
                    // not answering yet
                }
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the service's health did not turn UP; see " + log);
                }
                service.waitFor(20, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void exec(List<String> command, Path directory, Path log) {
        try {
            Files.createDirectories(directory);
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
