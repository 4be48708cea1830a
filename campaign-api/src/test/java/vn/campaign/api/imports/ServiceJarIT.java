package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The service's executable jar, as {@code package} built it before the integration tests: it ships the importer
 * library but not the libraries only the importer's command line needs.
 */
class ServiceJarIT {

    @Test
    void shipsTheImporterLibraryWithoutItsCommandLineLibraries() throws IOException {
        Path jar = serviceJar();
        List<String> libraries;
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream().map(entry -> entry.getName()).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).toList();
        }

        assertThat(libraries).as(jar.toString()).anyMatch(name -> name.startsWith("campaign-import-"))
                .noneMatch(name -> name.startsWith("picocli-"))
                .noneMatch(name -> name.startsWith("progressbar-"))
                .noneMatch(name -> name.startsWith("jline-"));
    }

    private static Path serviceJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("campaign-api-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-sources.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "no campaign-api jar under target/: run the integration tests with `./mvnw verify`"));
        }
    }
}
