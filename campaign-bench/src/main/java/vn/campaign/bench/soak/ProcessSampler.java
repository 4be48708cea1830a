package vn.campaign.bench.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Samples another JVM's process on Linux: open file descriptors and threads from {@code /proc/<pid>}, and the
 * heap after a full collection through {@code jcmd <pid>} ({@code GC.run}, then {@code GC.heap_info}, in one
 * attach). The collection it asks for is what makes the heap figure comparable from sample to sample: the heap
 * in use at any other moment holds garbage of unknown age.
 */
public final class ProcessSampler {

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
            Files.writeString(commands, "GC.run\nGC.heap_info\n", StandardCharsets.UTF_8);
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
        String heapInfo = jcmd();
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
        return new Sample(seconds, kibToMib(heapUsedKiB(heapInfo)), kibToMib(metaspaceUsedKiB(heapInfo)), openFiles,
                (int) threads, kibToMib(residentKiB), requests);
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

    private String jcmd() {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "-f", commands.toString());
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
