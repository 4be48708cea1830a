package vn.campaign.api.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.RunningServerTestBase;

/**
 * {@code registrationChanged} and {@code complianceChanged} over WebSocket ({@code graphql-transport-ws}), the
 * token in {@code connection_init}: each subscriber is told what its role may see, as writes made over HTTP are
 * stored, and nothing of a write that was refused.
 */
class WebSocketSubscriptionIT extends RunningServerTestBase {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANGES = """
            subscription { registrationChanged(campaignCode: "CT32-2022") {
              kind id registration { __typename ... on Work { name status unit { code } } } } }""";

    @Autowired
    private RegistrationFeed feed;

    private URI ws() {
        return URI.create(url("/graphql").toString().replace("http:", "ws:"));
    }

    @Test
    void eachSubscriberIsToldWhatItsRoleMaySee() {
        LiveData data = new LiveData(url("/graphql"));
        try (GraphQlWsClient ownOfficer = subscribed(TestTokens.unitOfficer("18070"));
                GraphQlWsClient otherOfficer = subscribed(TestTokens.unitOfficer("18076"));
                GraphQlWsClient anonymous = subscribed(null)) {
            String hall = LiveData.name("Khánh thành nhà văn hóa tổ dân phố 3");
            String id = data.registeredWork("18070", hall);

            JsonNode created = change(ownOfficer);
            assertThat(created.path("kind").asString()).isEqualTo("CREATED");
            assertThat(created.path("id").asString()).isEqualTo(id);
            assertThat(created.path("registration").path("__typename").asString()).isEqualTo("Work");
            assertThat(created.path("registration").path("name").asString()).isEqualTo(hall);
            assertThat(created.path("registration").path("status").asString()).isEqualTo("REGISTERED");

            data.change("approveWork", id, 0, Map.of());

            assertThat(change(ownOfficer).path("kind").asString()).isEqualTo("STATUS_CHANGED");
            // The other ward's officer and the public could not see the registered work: its approval is the first
            // they hear of it, as a work appearing.
            for (GraphQlWsClient outsider : new GraphQlWsClient[] {otherOfficer, anonymous}) {
                JsonNode appeared = change(outsider);
                assertThat(appeared.path("kind").asString()).isEqualTo("CREATED");
                assertThat(appeared.path("registration").path("name").asString()).isEqualTo(hall);
                assertThat(appeared.path("registration").path("status").asString()).isEqualTo("APPROVED");
            }

            data.change("cancelWork", id, 1, Map.of("reason", "Hoãn sang năm sau"));

            assertThat(change(ownOfficer).path("registration").path("status").asString()).isEqualTo("CANCELLED");
            JsonNode removed = change(anonymous);
            assertThat(removed.path("kind").asString()).isEqualTo("REMOVED_FROM_VIEW");
            assertThat(removed.path("id").asString()).isEqualTo(id);
            assertThat(removed.path("registration").isNull()).as("a cancelled work is not shown to the public").isTrue();
        }
    }

    @Test
    void aWriteThatIsRefusedPublishesNothing() {
        LiveData data = new LiveData(url("/graphql"));
        String hall = LiveData.name("Khánh thành nhà văn hóa tổ dân phố 7");
        data.registeredWork("18073", hall);
        try (GraphQlWsClient viewer = subscribed(TestTokens.viewer())) {
            JsonNode refused = data.registerWork("18073", hall);
            assertThat(refused.path("userErrors").path(0).path("code").asString()).isEqualTo("DUPLICATE_REGISTRATION");
            String next = LiveData.name("Khánh thành chợ Nam Hà");
            data.registeredWork("18073", next);

            assertThat(change(viewer).path("registration").path("name").asString())
                    .as("the first change told is the next stored write, not the refused one").isEqualTo(next);
        }
    }

    @Test
    void aSubscriberFollowsOnlyTheUnitsItNames() {
        LiveData data = new LiveData(url("/graphql"));
        try (GraphQlWsClient admin = GraphQlWsClient.acknowledged(ws(), TestTokens.cityAdmin())) {
            int before = feed.subscriberCount();
            admin.subscribe("1", """
                    subscription { registrationChanged(campaignCode: "CT32-2022", unitCodes: ["18076"]) {
                      kind registration { ... on Work { name } } } }""");
            awaitSubscribers(before + 1);
            data.registeredWork("18070", LiveData.name("Khánh thành công viên"));
            String wanted = LiveData.name("Khánh thành nhà văn hóa Bắc Hà");
            data.registeredWork("18076", wanted);

            assertThat(change(admin).path("registration").path("name").asString()).isEqualTo(wanted);
        }
    }

    @Test
    void complianceIsSentAgainWhenAWriteChangesIt() {
        LiveData data = new LiveData(url("/graphql"));
        try (GraphQlWsClient viewer = GraphQlWsClient.acknowledged(ws(), TestTokens.viewer())) {
            int before = feed.subscriberCount();
            viewer.subscribe("1", """
                    subscription { complianceChanged(campaignCode: "CT32-2022") {
                      requiredUnits units { unit { code } obligations { pending } } } }""");
            awaitSubscribers(before + 1);
            data.registeredWork("18100", LiveData.name("Khánh thành trường mầm non Thạch Hạ"));

            JsonNode message = viewer.next(WAIT);
            assertThat(message).isNotNull();
            assertThat(message.path("type").asString()).isEqualTo("next");
            JsonNode report = message.path("payload").path("data").path("complianceChanged");
            assertThat(report.path("requiredUnits").asInt()).isPositive();
            JsonNode thachHa = null;
            for (JsonNode unit : report.path("units")) {
                if (unit.path("unit").path("code").asString().equals("18100")) {
                    thachHa = unit;
                }
            }
            assertThat(thachHa).as("Thạch Hạ in the report").isNotNull();
            int pending = 0;
            for (JsonNode obligation : thachHa.path("obligations")) {
                pending += obligation.path("pending").asInt();
            }
            assertThat(pending).as("the new registration counts as pending").isPositive();
        }
    }

    @Test
    void aTokenThatDoesNotCheckOutClosesTheConnection() {
        try (GraphQlWsClient client = GraphQlWsClient.connect(ws(), TestTokens.cityAdmin() + "x")) {
            assertThat(client.closeCode(WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void anUnknownCampaignIsAnError() {
        try (GraphQlWsClient client = GraphQlWsClient.acknowledged(ws(), null)) {
            client.subscribe("1", "subscription { registrationChanged(campaignCode: \"XX-1999\") { kind } }");

            JsonNode message = client.next(WAIT);
            assertThat(message).isNotNull();
            assertThat(message.toString()).contains("XX-1999").contains("messageVi");
        }
    }

    private GraphQlWsClient subscribed(String token) {
        GraphQlWsClient client = GraphQlWsClient.acknowledged(ws(), token);
        int before = feed.subscriberCount();
        client.subscribe("1", CHANGES);
        awaitSubscribers(before + 1);
        return client;
    }

    /** A subscription starts on the server shortly after the message: wait for it before writing. */
    private void awaitSubscribers(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (feed.subscriberCount() < count) {
            assertThat(System.nanoTime()).as("subscription started").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static JsonNode change(GraphQlWsClient client) {
        JsonNode message = client.next(WAIT);
        assertThat(message).as("a change within " + WAIT).isNotNull();
        assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
        assertThat(message.path("payload").has("errors")).as(message.toString()).isFalse();
        return message.path("payload").path("data").path("registrationChanged");
    }
}
