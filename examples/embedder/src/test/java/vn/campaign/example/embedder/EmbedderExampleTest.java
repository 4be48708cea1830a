package vn.campaign.example.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmbedderExampleTest {

    @Test
    void registersThroughTheServicesAndPrintsEachCampaignsCompliance() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            EmbedderExample.run(out);
        }
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();

        assertEquals("Campaigns: CT32-2022, HT-QK-2023 (Emulation campaign celebrating 78 years of the August "
                + "Revolution and National Day)", lines.get(0));
        assertTrue(lines.get(1).startsWith("Refused: DATE_OUTSIDE_CAMPAIGN plannedOn"), lines.get(1));
        // Trần Phú's approved work and festival make it the one compliant ward of Directive 32.
        int first = lines.indexOf("CT32-2022: 1 of 15 wards and communes comply");
        int second = lines.indexOf("HT-QK-2023: 1 of 15 wards and communes comply");
        assertEquals(2, first, lines::toString);
        assertEquals(first + 15, second, lines::toString);
        List<String> directive32 = lines.subList(first + 1, second);
        assertTrue(directive32.stream().noneMatch(l -> l.contains("Phường Trần Phú")), directive32::toString);
        assertEquals("  Phường Nam Hà: [WORK_REQUIRED MISSING, EVENT_REQUIRED MISSING]", directive32.get(0));
        // The YAML campaign binds the same 15 wards and communes; Nam Hà's approved groundbreaking satisfies it.
        assertEquals("  Phường Trần Phú: [WORK_REQUIRED MISSING]", lines.get(second + 1));
        assertEquals(second + 15, lines.size(), lines::toString);
    }
}
