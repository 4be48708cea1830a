package vn.campaign.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final TerminalProgress progress = new TerminalProgress(new PrintStream(terminal, true, StandardCharsets.UTF_8),
            true);

    @Test
    void drawsABarForTheRowsReadThenOneForTheRowsCheckedOfALargeFile() {
        progress.rowsRead("lon.xlsx", 2_500);
        progress.rowsRead("lon.xlsx", 5_000);
        progress.rowsStored("lon.xlsx", 2_500, 5_000);
        progress.rowsStored("lon.xlsx", 5_000, 5_000);

        String drawn = terminal.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("Reading lon.xlsx", "Checking lon.xlsx", "5000/5000 rows");
    }

    @Test
    void drawsNothingForASmallFile() {
        progress.rowsRead("nho.csv", 40);
        progress.rowsStored("nho.csv", 40, 40);

        assertThat(terminal.size()).isZero();
    }
}
