package vn.campaign.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The start-up's class preloading loads the listed classes without running their static initialisers, skips
 * what it cannot load, and its committed list fits the service's class path.
 */
class StartupClassPreloaderTest {

    /** How many times {@link Initialised}'s static initialiser ran. */
    static final AtomicInteger INITIALISATIONS = new AtomicInteger();

    /** A class whose static initialiser counts its runs. */
    static final class Initialised {
        static {
            INITIALISATIONS.incrementAndGet();
        }

        static void touch() {
            // initialises the class
        }
    }

    @Test
    void loadsTheListedClassesWithoutRunningTheirStaticInitialisers() throws IOException {
        String name = Initialised.class.getName();
        ClassLoader loader = getClass().getClassLoader();

        StartupClassPreloader.Outcome outcome = StartupClassPreloader.preload(new StringReader(name + "\n"), loader);

        assertThat(outcome).isEqualTo(new StartupClassPreloader.Outcome(1, 0));
        assertThat(INITIALISATIONS).hasValue(0);
        Initialised.touch();
        assertThat(INITIALISATIONS).hasValue(1);
    }

    @Test
    void skipsCommentsBlankLinesAndNamesNotOnTheClassPath() throws IOException {
        String list = """
                # a comment
                java.lang.String

                vn.campaign.api.NoSuchClass
                """;

        StartupClassPreloader.Outcome outcome =
                StartupClassPreloader.preload(new StringReader(list), getClass().getClassLoader());

        assertThat(outcome).isEqualTo(new StartupClassPreloader.Outcome(1, 1));
    }

    @Test
    void startsNothingWhenTheClassPathHasNoList() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(StartupClassPreloader.startInBackground(empty)).isEmpty();
        }
    }

    /**
     * A list written before a library was upgraded or removed names classes the class path no longer has: they
     * cost nothing but no longer help the start. scripts/update-startup-classes.sh writes it again.
     */
    @Test
    void theCommittedListNamesClassesOfTheServicesClassPath() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        StartupClassPreloader.Outcome outcome;
        try (InputStream in = loader.getResourceAsStream(StartupClassPreloader.RESOURCE)) {
            assertThat(in).as(StartupClassPreloader.RESOURCE).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                outcome = StartupClassPreloader.preload(reader, loader);
            }
        }

        assertThat(outcome.loaded()).as("classes listed and loaded").isGreaterThan(5_000);
        assertThat(outcome.skipped()).as("listed classes not on the class path: run scripts/update-startup-classes.sh")
                .isLessThanOrEqualTo(outcome.loaded() / 100);
    }
}
