package vn.campaign.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import vn.campaign.api.CampaignApiApplication;
import vn.campaign.api.live.mongo.ChangeStreamPublication;
import vn.campaign.api.notifications.NotificationService;
import vn.campaign.api.security.TestTokens;
import vn.campaign.core.access.Actor;
import vn.campaign.core.admin.RenameUnit;
import vn.campaign.core.admin.UnitAdministration;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.unit.UnitCode;

/**
 * Two instances of the service on one MongoDB replica set: a subscriber connected to one is told of the writes
 * made through the other, once each, filtered for its role as the writer's own subscribers are; and the writer
 * does not tell its own subscribers twice; a unit changed through one is read afresh by the other. Each instance is started with its store given on the command line,
 * {@link #mongoUri()}, which outranks a {@code SPRING_MONGODB_URI} in the environment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrossInstanceSubscriptionsContract {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Tran Phu's registrations only: the other tests write for other units, and the streams may lag a little. */
    private static final String CHANGES = """
            subscription { registrationChanged(campaignCode: "CT32-2022", unitCodes: ["18070"]) {
              kind id registration { __typename ... on Work { name status } } } }""";

    private @Nullable ConfigurableApplicationContext writer;
    private @Nullable ConfigurableApplicationContext reader;

    /**
     * The replica set both instances use.
     *
     * @return its connection string, with the database
     */
    abstract String mongoUri();

    @BeforeAll
    void startTwoInstances() {
        writer = instance();
        reader = instance();
    }

    @AfterAll
    void stopThem() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {reader, writer}) {
            if (context != null) {
                context.close();
            }
        }
    }

    private ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(CampaignApiApplication.class).run(
                "--spring.mongodb.uri=" + mongoUri(),
                "--server.port=0",
                "--campaign.live.change-streams=on");
    }

    @Test
    void eachInstanceFollowsTheChangeStreamsOfTheReplicaSet() {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {writer, reader}) {
            ChangeStreamPublication publication = started(context).getBean(ChangeStreamPublication.class);
            assertThat(publication.followsChangeStreams()).isTrue();
            assertThat(publication.isRunning()).isTrue();
            assertThat(publication.summary()).contains("replica set");
        }
    }

    @Test
    void aSubscriberOnOneInstanceIsToldOnceOfEachWriteThroughTheOtherAsItsRoleMaySee() {
        LiveData throughWriter = new LiveData(graphql(writer));
        LiveData throughReader = new LiveData(graphql(reader));
        try (GraphQlWsClient ownOfficer = subscribed(reader, TestTokens.unitOfficer("18070"));
                GraphQlWsClient anonymous = subscribed(reader, null);
                GraphQlWsClient writersAdmin = subscribed(writer, TestTokens.cityAdmin())) {
            String hall = LiveData.name("Khánh thành nhà văn hóa tổ dân phố 11");
            String id = throughWriter.registeredWork("18070", hall);

            JsonNode created = change(ownOfficer);
            assertThat(created.path("kind").asString()).isEqualTo("CREATED");
            assertThat(created.path("id").asString()).isEqualTo(id);
            assertThat(created.path("registration").path("name").asString()).isEqualTo(hall);
            assertThat(created.path("registration").path("status").asString()).isEqualTo("REGISTERED");

            throughWriter.change("approveWork", id, 0, Map.of());

            assertThat(change(ownOfficer).path("kind").asString()).isEqualTo("STATUS_CHANGED");
            JsonNode appeared = change(anonymous);
            assertThat(appeared.path("kind").asString())
                    .as("the public hears of the work first when it is approved").isEqualTo("CREATED");
            assertThat(appeared.path("registration").path("status").asString()).isEqualTo("APPROVED");

            throughWriter.change("cancelWork", id, 1, Map.of("reason", "Hoãn sang năm sau"));

            JsonNode cancelled = change(ownOfficer);
            assertThat(cancelled.path("kind").asString()).isEqualTo("STATUS_CHANGED");
            assertThat(cancelled.path("registration").path("status").asString()).isEqualTo("CANCELLED");
            JsonNode removed = change(anonymous);
            assertThat(removed.path("kind").asString()).isEqualTo("REMOVED_FROM_VIEW");
            assertThat(removed.path("id").asString()).isEqualTo(id);
            assertThat(removed.path("registration").isNull()).isTrue();

            // The writer's own subscriber was told of its three writes in-process, once each.
            assertThat(change(writersAdmin).path("kind").asString()).isEqualTo("CREATED");
            assertThat(change(writersAdmin).path("registration").path("status").asString()).isEqualTo("APPROVED");
            assertThat(change(writersAdmin).path("registration").path("status").asString()).isEqualTo("CANCELLED");

            // A write through the reader is next for everyone: nothing was told twice in between, and it reaches
            // the writer's subscriber through the change stream in turn.
            String next = LiveData.name("Khánh thành vườn hoa Lý Tự Trọng");
            String nextId = throughReader.registeredWork("18070", next);
            throughReader.change("approveWork", nextId, 0, Map.of());

            assertThat(change(ownOfficer).path("registration").path("name").asString()).isEqualTo(next);
            JsonNode nextForThePublic = change(anonymous);
            assertThat(nextForThePublic.path("id").asString()).isEqualTo(nextId);
            assertThat(nextForThePublic.path("kind").asString()).isEqualTo("CREATED");
            JsonNode fromTheReader = change(writersAdmin);
            assertThat(fromTheReader.path("id").asString()).isEqualTo(nextId);
            assertThat(fromTheReader.path("kind").asString()).isEqualTo("CREATED");
            assertThat(change(writersAdmin).path("kind").asString()).isEqualTo("STATUS_CHANGED");
        }
    }

    @Test
    void complianceIsSentAgainOnTheOtherInstance() {
        LiveData throughWriter = new LiveData(graphql(writer));
        try (GraphQlWsClient viewer = GraphQlWsClient.acknowledged(ws(reader), TestTokens.viewer())) {
            RegistrationFeed feed = started(reader).getBean(RegistrationFeed.class);
            int before = feed.subscriberCount();
            viewer.subscribe("1", """
                    subscription { complianceChanged(campaignCode: "CT32-2022") {
                      units { unit { code } obligations { pending } } } }""");
            await().atMost(WAIT).until(() -> feed.subscriberCount() > before);

            throughWriter.registeredWork("18100", LiveData.name("Khánh thành trường mầm non Thạch Hạ"));

            // Only this test registers for Thạch Hạ: a report that counts its registration as pending was evaluated
            // after the other instance's write.
            await().atMost(WAIT).until(() -> {
                JsonNode message = viewer.next(Duration.ofMillis(200));
                return message != null && pending(next(message).path("complianceChanged"), "18100") > 0;
            });
        }
    }

    @Test
    void aUnitRenamedThroughOneInstanceIsReadByTheOtherWithoutWaitingForItsCache() {
        CampaignPlatform onReader = started(reader).getBean(CampaignPlatform.class);
        UnitCode thachTrung = new UnitCode("18097");
        String before = onReader.units().findAllByCode(thachTrung).get(0).name();
        assertThat(onReader.units().findAllByCode(thachTrung).get(0).name()).as("now cached").isEqualTo(before);

        UnitAdministration onWriter = started(writer).getBean(UnitAdministration.class).as(Actor.system("test"));
        assertThat(onWriter.rename(new RenameUnit("18097", before + " (mới)", null)).isSuccess()).isTrue();

        // Well within the cache's expiry (CachedCampaigns.EXPIRY): the units' change stream dropped the entry.
        await().atMost(WAIT).until(() -> onReader.units().findAllByCode(thachTrung).stream()
                .anyMatch(unit -> unit.name().equals(before + " (mới)")));
    }

    private static int pending(JsonNode report, String unit) {
        int pending = 0;
        for (JsonNode compliance : report.path("units")) {
            if (compliance.path("unit").path("code").asString().equals(unit)) {
                for (JsonNode obligation : compliance.path("obligations")) {
                    pending += obligation.path("pending").asInt();
                }
            }
        }
        return pending;
    }

    @Test
    void aNotificationStoredByOneInstanceReachesTheInboxSubscriberOfTheOtherOnce() {
        LiveData throughWriter = new LiveData(graphql(writer));
        LiveData throughReader = new LiveData(graphql(reader));
        String first = throughWriter.registeredWork("18073", LiveData.name("Khánh thành chợ Nam Hà"));
        String second = throughReader.registeredWork("18073", LiveData.name("Khánh thành cầu Nam Hà"));
        try (GraphQlWsClient officer = GraphQlWsClient.acknowledged(ws(reader), TestTokens.unitOfficer("18073"))) {
            NotificationService notifications = started(reader).getBean(NotificationService.class);
            int before = notifications.subscriberCount();
            officer.subscribe("1", "subscription { notificationAdded { kind title } }");
            await().atMost(WAIT).until(() -> notifications.subscriberCount() > before);

            throughWriter.change("approveWork", first, 0, Map.of());

            assertThat(notification(officer).path("title").asString()).contains("chợ Nam Hà").contains("đã được duyệt");

            throughReader.change("approveWork", second, 0, Map.of());

            assertThat(notification(officer).path("title").asString())
                    .as("the next is the reader's own, not the first again").contains("cầu Nam Hà");
        }
    }

    private static ConfigurableApplicationContext started(@Nullable ConfigurableApplicationContext context) {
        assertThat(context).as("instance started").isNotNull();
        return context;
    }

    private static URI graphql(@Nullable ConfigurableApplicationContext context) {
        String port = started(context).getEnvironment().getRequiredProperty("local.server.port");
        return URI.create("http://localhost:" + port + "/graphql");
    }

    private static URI ws(@Nullable ConfigurableApplicationContext context) {
        return URI.create(graphql(context).toString().replace("http:", "ws:"));
    }

    private static GraphQlWsClient subscribed(@Nullable ConfigurableApplicationContext context,
            @Nullable String token) {
        GraphQlWsClient client = GraphQlWsClient.acknowledged(ws(context), token);
        RegistrationFeed feed = started(context).getBean(RegistrationFeed.class);
        int before = feed.subscriberCount();
        client.subscribe("1", CHANGES);
        await().atMost(WAIT).until(() -> feed.subscriberCount() > before);
        return client;
    }

    private static JsonNode change(GraphQlWsClient client) {
        return next(client).path("registrationChanged");
    }

    private static JsonNode notification(GraphQlWsClient client) {
        return next(client).path("notificationAdded");
    }

    private static JsonNode next(GraphQlWsClient client) {
        JsonNode message = client.next(WAIT);
        assertThat(message).as("a message within " + WAIT).isNotNull();
        return next(message);
    }

    private static JsonNode next(JsonNode message) {
        assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("next");
        assertThat(message.path("payload").has("errors")).as(message.toString()).isFalse();
        return message.path("payload").path("data");
    }
}
