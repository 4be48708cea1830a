package vn.campaign.api.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.campaign.api.CampaignApiApplication;
import vn.campaign.api.support.ServerProcess;

/**
 * The service itself refuses to start in the {@code prod} profile with the development secret — as a
 * process, whose log says what to set — and, in any profile, with no key at all.
 */
class ProductionStartIT {

    @TempDir
    Path directory;

    @Test
    void refusesToStartInTheProdProfileWithTheDevelopmentSecret() {
        assertThatThrownBy(() -> ServerProcess.builder(directory).embedded(vn.campaign.api.store.EmbeddedBackend.MEMORY)
                .property("spring.profiles.active", "prod").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The server exited with code 1 before it was ready")
                .hasMessageContaining("The prod profile refuses the development JWT secret");
    }

    @Test
    void refusesToStartWithNoKeyAtAll() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CampaignApiApplication.class).run(
                "--server.port=0", "--campaign.store.embedded=memory", "--spring.mongodb.uri=", "--spring.mongodb.host=",
                "--spring.main.banner-mode=off", "--campaign.security.jwt.secret="))
                .rootCause().hasMessageStartingWith("No key to check bearer tokens with");
    }
}
