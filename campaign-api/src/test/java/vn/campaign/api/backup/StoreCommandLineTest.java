package vn.campaign.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.backup.mongo.StoreCommandLine;

/**
 * The commands' answers to wrong use: exit status 2 for wrong options, 1 for a failure, each with one line that
 * says what is wrong.
 */
class StoreCommandLineTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void recognisesOnlyItsThreeCommandsSoAnythingElseStartsTheServer() {
        assertThat(StoreCommandLine.isCommand(new String[] {"backup"})).isTrue();
        assertThat(StoreCommandLine.isCommand(new String[] {"copy-store", "--to", "x"})).isTrue();
        assertThat(StoreCommandLine.isCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(StoreCommandLine.isCommand(new String[0])).isFalse();
    }

    @Test
    void rebuildsTheSummariesOfAStoreFileThatExistsOnly() {
        assertThat(StoreCommandLine.isCommand(new String[] {"rebuild"})).isTrue();
        Path missing = directory.resolve("nowhere/campaign.mv");
        assertThat(run("rebuild", "--campaign.store.path", missing.toString())).isEqualTo(StoreCommandLine.FAILED);
        assertThat(errors()).hasLineCount(1).startsWith("rebuild: no store file at");
        assertThat(missing).doesNotExist();
        assertThat(run("rebuild", "--uri", "postgres://db/campaign")).isEqualTo(StoreCommandLine.USAGE);
        assertThat(errors()).contains("rebuild: --uri must be a MongoDB connection string");
    }

    @Test
    void refusesAnUnknownOptionWithTheUsage() {
        assertThat(run("backup", "--to", "x", "--verbose")).isEqualTo(StoreCommandLine.USAGE);
        assertThat(errors()).hasLineCount(1).startsWith("backup: unknown option --verbose. Usage: java -jar");
    }

    @Test
    void refusesABackupWithoutItsDirectory() {
        assertThat(run("backup")).isEqualTo(StoreCommandLine.USAGE);
        assertThat(errors()).hasLineCount(1).startsWith("backup: --to is required.");
    }

    @Test
    void refusesAServerBackupWithoutAToken() {
        assertThat(run("backup", "--to", directory.resolve("d").toString(), "--server", "http://localhost:1"))
                .isEqualTo(StoreCommandLine.USAGE);
        assertThat(errors()).hasLineCount(1).startsWith("backup: --token is required.");
    }

    @Test
    void failsInOneLineOnAStoreFileThatDoesNotExistRatherThanBackingUpAnEmptyNewStore() {
        Path missing = directory.resolve("nowhere/campaign.mv");
        assertThat(run("backup", "--to", directory.resolve("d").toString(), "--campaign.store.path=" + missing))
                .isEqualTo(StoreCommandLine.FAILED);
        assertThat(errors()).hasLineCount(1).contains("no store file at", "--campaign.store.path");
        assertThat(missing).doesNotExist();
    }

    @Test
    void refusesToBackUpIntoADirectoryThatHoldsFiles() throws Exception {
        Files.writeString(directory.resolve("old.txt"), "x");
        assertThat(run("backup", "--to", directory.toString())).isEqualTo(StoreCommandLine.FAILED);
        assertThat(errors()).hasLineCount(1).contains("is not an empty directory");
    }

    @Test
    void refusesToRestoreADirectoryWithoutADump() {
        assertThat(run("restore", "--from", directory.toString(), "--campaign.store.path",
                directory.resolve("s.mv").toString())).isEqualTo(StoreCommandLine.FAILED);
        assertThat(errors()).hasLineCount(1).contains("holds no dump");
    }

    @Test
    void refusesADamagedDumpWholeBeforeCreatingOrChangingTheStore() throws Exception {
        Path dump = directory.resolve("dump/campaign");
        Files.createDirectories(dump);
        Files.write(dump.resolve("registrations.bson"), new byte[] {0x10, 0, 0, 0, 2, 'a'});
        Path store = directory.resolve("store/campaign.mv");

        assertThat(run("restore", "--from", directory.resolve("dump").toString(), "--campaign.store.path",
                store.toString())).isEqualTo(StoreCommandLine.FAILED);
        assertThat(errors()).hasLineCount(1).contains("registrations.bson is cut short: the document at byte 0");
        assertThat(store).doesNotExist();
    }

    @Test
    void refusesACopyToSomethingThatIsNotAMongoDbConnectionString() {
        assertThat(run("copy-store", "--to", "postgres://db/campaign")).isEqualTo(StoreCommandLine.USAGE);
        assertThat(errors()).hasLineCount(1).startsWith("copy-store: --to must be a MongoDB connection string");
    }

    private int run(String... args) {
        return StoreCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
