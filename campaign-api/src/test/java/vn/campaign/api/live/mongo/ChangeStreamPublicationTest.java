package vn.campaign.api.live.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Which deployments have change streams, read from the server's {@code hello}; and the mode's property. */
class ChangeStreamPublicationTest {

    @Test
    void aReplicaSetMemberHasChangeStreams() {
        assertThat(ChangeStreamPublication.topology(new Document("isWritablePrimary", true).append("setName", "rs0")))
                .contains("replica set rs0");
    }

    @Test
    void aMongosHasChangeStreams() {
        assertThat(ChangeStreamPublication.topology(new Document("isWritablePrimary", true).append("msg", "isdbgrid")))
                .contains("sharded cluster");
    }

    @Test
    void aStandaloneServerOrTheEmbeddedStoreHasNone() {
        assertThat(ChangeStreamPublication.topology(new Document("isWritablePrimary", true).append("ok", 1.0)))
                .isEmpty();
        assertThat(ChangeStreamPublication.topology(null)).as("a server that answers neither hello nor isMaster")
                .isEmpty();
    }

    @Test
    void theModeIsReadInAnyCase() {
        assertThat(ChangeStreamMode.of("auto")).isEqualTo(ChangeStreamMode.AUTO);
        assertThat(ChangeStreamMode.of(" ON ")).isEqualTo(ChangeStreamMode.ON);
        assertThat(ChangeStreamMode.of("Off")).isEqualTo(ChangeStreamMode.OFF);
    }

    @Test
    void anUnknownModeNamesThePropertyAndTheValuesAllowed() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChangeStreamMode.of("yes"))
                .withMessage("campaign.live.change-streams is \"yes\"; it must be one of auto, on, off");
    }
}
