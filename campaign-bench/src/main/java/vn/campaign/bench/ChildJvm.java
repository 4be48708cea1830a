package vn.campaign.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe's {@code main} in a child JVM on this JVM's class path with its own heap limit, and reads the
 * one {@value #RESULT_PREFIX} line it prints as {@code key=value} pairs.
 */
public final class ChildJvm {

    /** The start of the line a probe prints its figures on. */
    public static final String RESULT_PREFIX = "RESULT ";

    private ChildJvm() {
    }

    /**
     * Prints figures as the result line a parent reads.
     *
     * @param figures the figures, in order
     */
    public static void printResult(Map<String, ?> figures) {
        StringBuilder line = new StringBuilder(RESULT_PREFIX);
        figures.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        System.out.println(line.toString().trim());
    }

    /**
     * Runs a probe and returns its figures.
     *
     * @param maxHeap the {@code -Xmx} value, such as {@code 256m}
     * @param log     where the child's output goes
     * @param main    the probe class
     * @param args    its arguments
     * @return the figures of its result line
     * @throws IllegalStateException when the child fails or prints no result line
     */
    public static Map<String, String> run(String maxHeap, Path log, Class<?> main, String... args) {
        Objects.requireNonNull(maxHeap, "maxHeap");
        return run(List.of("-Xmx" + maxHeap, "-Xms" + ("256m".equals(maxHeap) ? "64m" : "256m")), log, main, args);
    }

    /**
     * Runs a probe on a heap of fixed size, every page of it touched before {@code main} starts
     * ({@code -Xms} = {@code -Xmx}, {@code -XX:+AlwaysPreTouch}), and returns its figures. For probes that time
     * code allocating hundreds of MiB next to a large live set: on a growing heap, the full collections a probe
     * asks for to weigh its data shrink the heap again, and the timed loop then pays for growing it back, the
     * operating system handing over fresh pages, which only the allocating side of a comparison feels.
     *
     * @param heap the {@code -Xms} and {@code -Xmx} value, such as {@code 6g}
     * @param log  where the child's output goes
     * @param main the probe class
     * @param args its arguments
     * @return the figures of its result line
     * @throws IllegalStateException when the child fails or prints no result line
     */
    public static Map<String, String> runOnFixedHeap(String heap, Path log, Class<?> main, String... args) {
        Objects.requireNonNull(heap, "heap");
        return run(List.of("-Xmx" + heap, "-Xms" + heap, "-XX:+AlwaysPreTouch"), log, main, args);
    }

    private static Map<String, String> run(List<String> heapOptions, Path log, Class<?> main, String... args) {
        String maxHeap = heapOptions.get(0).substring("-Xmx".length());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(heapOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " did not finish in 30 minutes; see " + log);
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(RESULT_PREFIX) && process.exitValue() == 0) {
                    return parse(lines.get(i).substring(RESULT_PREFIX.length()));
                }
            }
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
            throw new IllegalStateException(main.getSimpleName() + " " + String.join(" ", args) + " (-Xmx" + maxHeap
                    + ") exited with " + process.exitValue() + ":\n" + tail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Map<String, String> parse(String figures) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : figures.trim().split(" +")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                result.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return result;
    }
}
