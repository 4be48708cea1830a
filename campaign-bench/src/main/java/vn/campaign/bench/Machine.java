package vn.campaign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine and JVM a run happened on.
 *
 * @param cores   processors available to the JVM
 * @param memory  total memory, from {@code /proc/meminfo}
 * @param cpu     CPU model, from {@code /proc/cpuinfo}
 * @param jvm     JVM name and version
 * @param os      operating system and architecture
 * @param loadAverage the one-minute load average when the run started, from {@code /proc/loadavg}
 */
public record Machine(int cores, String memory, String cpu, String jvm, String os, String loadAverage) {

    /**
     * Describes this machine.
     *
     * @return its description
     */
    public static Machine current() {
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        if (memory.endsWith(" kB")) {
            try {
                long kib = Long.parseLong(memory.substring(0, memory.length() - 3).trim());
                memory = String.format(java.util.Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
            } catch (NumberFormatException e) {
                // keep the text as written
            }
        }
        String load = "unknown";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            // not on Linux
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                firstValue(Path.of("/proc/cpuinfo"), "model name"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                        + System.getProperty("java.vm.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"), load);
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
