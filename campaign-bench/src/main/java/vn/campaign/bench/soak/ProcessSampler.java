package vn.campaign.bench.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Samples another JVM's process on Linux: open file descriptors and threads from {@code /proc/<pid>}, and the
 * live heap through {@code jcmd <pid>} ({@code GC.class_histogram}, then {@code GC.heap_info} for the metaspace,
 * in one attach); and has it dump its heap ({@link #dumpHeap}).
 *
 * <p>The histogram runs a full collection and then adds up the objects still reachable, so its total is the live
 * heap, whatever the collector keeps besides. The heap "used" that {@code GC.heap_info} reports after a
 * {@code GC.run} also counts whole the allocation buffers that the threads serving requests take as soon as they
 * resume: in five pairs taken under the soak's load it read 0.4 to 6 MiB above the histogram taken right after
 * it. That figure is the fallback when the output has no histogram total. Either figure still includes what the
 * requests in flight hold.
 */
public final class ProcessSampler {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");
    private static final Pattern STATUS_FIGURE = Pattern.compile("^(\\w+):\\s+(\\d+)");

    private final long pid;
    private final Path commands;

    /**
     * Prepares to sample a process.
     *
     * @param pid  the process id
     * @param work a directory for the {@code jcmd} command file
     */
    public ProcessSampler(long pid, Path work) {
        this.pid = pid;
        this.commands = work.resolve("jcmd-commands.txt");
        try {
            Files.createDirectories(work);
            Files.writeString(commands, "GC.class_histogram\nGC.heap_info\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes a sample.
     *
     * @param seconds  since the soak began
     * @param requests requests completed by then
     * @return the sample; figures that could not be read are negative
     */
    public Sample sample(double seconds, long requests) {
        String output = jcmd("-f", commands.toString());
        Path proc = Path.of("/proc", Long.toString(pid));
        int openFiles = -1;
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            openFiles = (int) fds.count();
        } catch (IOException | RuntimeException e) {
            // not on Linux, or the process is gone
        }
        long threads = -1;
        long residentKiB = -1;
        try {
            for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.UTF_8)) {
                Matcher m = STATUS_FIGURE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                switch (m.group(1)) {
                    case "Threads" -> threads = Long.parseLong(m.group(2));
                    case "VmRSS" -> residentKiB = Long.parseLong(m.group(2));
                    default -> {
                        // not sampled
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux, or the process is gone
        }
        long liveBytes = liveHeapBytes(output);
        double heapMiB = liveBytes >= 0 ? liveBytes / (1024.0 * 1024.0) : kibToMib(heapUsedKiB(output));
        return new Sample(seconds, heapMiB, kibToMib(metaspaceUsedKiB(output)), openFiles,
                (int) threads, kibToMib(residentKiB), requests);
    }

    /**
     * The bytes of the live objects in the output of {@code jcmd GC.class_histogram}: its total line.
     *
     * @param histogram the output
     * @return bytes, or -1 when the output holds no total line
     */
    static long liveHeapBytes(String histogram) {
        Matcher m = HISTOGRAM_TOTAL.matcher(histogram);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The heap in use in the output of {@code jcmd GC.heap_info} (G1, Parallel or Serial collector).
     *
     * @param heapInfo the output
     * @return KiB, or -1 when the output holds no heap line
     */
    static long heapUsedKiB(String heapInfo) {
        Matcher m = HEAP_USED.matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The metaspace in use in the output of {@code jcmd GC.heap_info}.
     *
     * @param heapInfo the output
     * @return KiB, or -1 when the output holds no metaspace line
     */
    static long metaspaceUsedKiB(String heapInfo) {
        Matcher m = METASPACE_USED.matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static double kibToMib(long kib) {
        return kib < 0 ? -1 : kib / 1024.0;
    }

    /**
     * Has the JVM write a dump of its live objects ({@code jcmd <pid> GC.heap_dump}, after a full collection).
     *
     * @param file where the dump goes (must not exist)
     * @throws IllegalStateException when no dump was written
     */
    public void dumpHeap(Path file) {
        String output = jcmd("GC.heap_dump", file.toAbsolutePath().toString());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("jcmd wrote no heap dump of " + pid + ": " + output.strip());
        }
    }

    /** Runs {@code jcmd <pid>} with arguments; its output, or nothing when it failed or hung. */
    private String jcmd(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(pid)));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
