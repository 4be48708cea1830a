package vn.campaign.api.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StorePropertiesTest {

    private static final Path FILE = Path.of("data", "campaign.mv");

    @Test
    void acceptsTheDefaults() {
        StoreProperties properties = new StoreProperties(EmbeddedBackend.H2, FILE, 0, "campaign");

        assertThat(properties.port()).isZero();
    }

    @Test
    void rejectsAPortOutsideTheTcpRange() {
        assertThatThrownBy(() -> new StoreProperties(EmbeddedBackend.H2, FILE, 65_536, "campaign"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign.store.port must be between 0 and 65535, was 65536");
        assertThatThrownBy(() -> new StoreProperties(EmbeddedBackend.H2, FILE, -1, "campaign"))
                .hasMessage("campaign.store.port must be between 0 and 65535, was -1");
    }

    @Test
    void rejectsADatabaseNameMongoDbWouldRefuse() {
        assertThatThrownBy(() -> new StoreProperties(EmbeddedBackend.H2, FILE, 0, "thi đua"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("campaign.store.database must be 1 to 63 letters, digits, '_' or '-', was 'thi đua'");
    }

    @Test
    void rejectsAMissingBackend() {
        assertThatThrownBy(() -> new StoreProperties(null, FILE, 0, "campaign"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("embedded");
    }

    @Test
    void requiresAConnectionStringForAnEmbeddedStoreOnly() {
        assertThatThrownBy(() -> new StoreDescription(StoreKind.EMBEDDED_H2, "embedded", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an embedded store (EMBEDDED_H2) needs its connection string");
        assertThat(new StoreDescription(StoreKind.EXTERNAL, "external MongoDB at db:27017", null)
                .embeddedConnectionString()).isEmpty();
    }
}
