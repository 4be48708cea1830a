package vn.campaign.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "vn", "campaign", "core", "ReadmeExample.java");

    @Test
    void readmeShowsTheExampleThatRuns() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> example = exampleLines();
        assertThat(example).hasSizeGreaterThan(5);
        for (String line : example) {
            assertThat(readme).as("README.md holds the example line").contains(line.strip());
        }
    }

    @Test
    void exampleRegistersForTranPhuAndListsWhoStillMissesAWorkOrAnEvent() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReadmeExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(0)).isEqualTo("0 of 15 wards and communes comply");
        assertThat(lines).hasSize(16);
        assertThat(lines).contains("Phường Trần Phú: [WORK_REQUIRED PENDING, EVENT_REQUIRED MISSING]");
        assertThat(lines).contains("Xã Thạch Hạ: [WORK_REQUIRED MISSING, EVENT_REQUIRED MISSING]");
        assertThat(lines).contains("Xã Đồng Môn: [WORK_REQUIRED MISSING, EVENT_REQUIRED MISSING]");
        assertThat(lines).noneMatch(l -> l.contains("Thạch Môn") || l.contains("Thành phố"));
    }

    private static List<String> exampleLines() throws IOException {
        List<String> all = Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8);
        int begin = indexOf(all, "// README:BEGIN");
        int end = indexOf(all, "// README:END");
        return all.subList(begin + 1, end).stream().filter(l -> !l.isBlank()).toList();
    }

    private static int indexOf(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError("marker " + marker + " not found in " + EXAMPLE);
    }
}
