package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.campaign.api.support.ServerProcess;

/**
 * Issue 17, rough edges of the embedded store's start found by a probe: a second server on the same data
 * directory printed a 200-line trace; the store warned once per index it does not build, on every start.
 */
class StoreStartIT {

    @TempDir
    Path directory;

    @Test
    void aSecondServerOnTheSameStoreFileExitsAtOnceWithOneLine() {
        Path file = directory.resolve("data").resolve("campaign.mv");
        try (ServerProcess first = ServerProcess.builder(directory).start()) {
            Instant started = Instant.now();
            IllegalStateException refused = catchThrowableOfType(IllegalStateException.class,
                    () -> ServerProcess.builder(directory.resolve("second")).storePath(file).start());

            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
            String log = refused.getMessage().substring(refused.getMessage().indexOf('\n') + 1);
            assertThat(refused.getMessage()).startsWith("The server exited with code 1 before it was ready");
            assertThat(log.lines().filter(line -> line.contains("(is another instance using it?)")))
                    .singleElement().asString()
                    .contains("Cannot open the embedded store file " + file + " (is another instance using it?)",
                            "--campaign.store.path");
            assertThat(log).doesNotContain("\tat ", "Exception", "APPLICATION FAILED TO START");
            assertThat(log.lines().filter(line -> !line.isBlank()).count()).isLessThanOrEqualTo(3);
            assertThat(first.isAlive()).isTrue();
        }
    }

    @Test
    void namesTheIndexesTheEmbeddedStoreDoesNotBuildInOneStartUpLine() {
        try (ServerProcess server = ServerProcess.builder(directory).start()) {
            String log = server.log();

            assertThat(log).doesNotContain("is not yet implemented");
            assertThat(log.lines().filter(line -> line.contains("the embedded store builds unique indexes only")))
                    .singleElement().asString()
                    .contains("registrations(type, campaign, status)", "units(parent)");
        }
    }
}
