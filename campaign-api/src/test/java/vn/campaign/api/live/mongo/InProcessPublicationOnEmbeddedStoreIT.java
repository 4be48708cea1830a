package vn.campaign.api.live.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.model.changestream.OperationType;

import reactor.core.Disposable;
import vn.campaign.api.cache.PlatformCaches;
import vn.campaign.api.live.RegistrationFeed;
import vn.campaign.api.mongo.MongoRegistrations;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.api.notifications.NotificationService;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.store.StoreDescription;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/**
 * On the embedded store, which has no change streams, an instance publishes in-process only, and each write
 * still reaches the feed once; the store records which instance wrote it.
 */
class InProcessPublicationOnEmbeddedStoreIT extends EmbeddedStoreTestBase {

    @Autowired
    private ChangeStreamPublication publication;
    @Autowired
    private RegistrationFeed feed;
    @Autowired
    private CampaignPlatform platform;
    @Autowired
    private InstanceId instance;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private StoreDescription store;
    @Autowired
    private PlatformCaches caches;

    @Test
    void theEmbeddedStoreHasNoChangeStreamsSoThePublicationIsInProcessOnly() {
        assertThat(publication.followsChangeStreams()).isFalse();
        assertThat(publication.summary()).isEqualTo("in-process only");
        assertThat(publication.isRunning()).as("no change stream is followed").isFalse();
        assertThat(ChangeStreamPublication.decide(ChangeStreamMode.OFF, store, mongoTemplate(), instance, feed,
                notifications, caches).followsChangeStreams()).as("turned off").isFalse();
    }

    @Test
    void changeStreamsForcedOnTheEmbeddedStoreStopTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ChangeStreamPublication.decide(ChangeStreamMode.ON, store, mongoTemplate(), instance,
                        feed, notifications, caches))
                .withMessage("campaign.live.change-streams=on, but the embedded store has no change streams; it serves"
                        + " one instance");
    }

    @Test
    void eachWriteReachesTheFeedOnceInProcess() {
        List<StoredChange> seen = new CopyOnWriteArrayList<>();
        Disposable subscription = feed.changes().subscribe(seen::add);
        try {
            Work first = registered("Khánh thành nhà văn hóa tổ dân phố 9");
            Work second = registered("Khánh thành vườn hoa Lý Tự Trọng");

            await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream()
                    .anyMatch(change -> change.after().id().equals(second.id())));
            assertThat(seen).filteredOn(change -> change.after().id().equals(first.id())).singleElement()
                    .satisfies(change -> assertThat(change.before()).isNull());
        } finally {
            subscription.dispose();
        }
    }

    @Test
    void theStoredRegistrationNamesThisInstanceSoItsOwnChangeStreamEventIsSkipped() {
        Work work = registered("Khánh thành cầu Phù Thạch");
        Document stored = mongoTemplate().getCollection(RegistrationDocument.COLLECTION)
                .find(new Document("_id", work.id().value())).first();

        assertThat(stored).isNotNull();
        assertThat(stored.getString(MongoRegistrations.WRITTEN_BY)).isEqualTo(instance.value());
        assertThat(new RemoteRegistrationChanges(instance, mongoTemplate().getConverter())
                .translate(OperationType.INSERT, null, stored, List.of())).as("this instance's own write").isEmpty();
        assertThat(new RemoteRegistrationChanges(InstanceId.random(), mongoTemplate().getConverter())
                .translate(OperationType.INSERT, null, stored, List.of()))
                .as("the same write, seen from another instance").hasValueSatisfying(change ->
                        assertThat(change.after()).isEqualTo(work));
    }

    private Work registered(String name) {
        Outcome<Work> outcome = platform.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of(name + " " + UUID.randomUUID().toString().substring(0, 8), WorkKind.INAUGURATION,
                        LocalDate.of(2022, 5, 19)).withTaskArea(new TaskAreaCode("URBAN"))));
        assertThat(outcome.isSuccess()).as(outcome.violations().toString()).isTrue();
        return outcome.value();
    }
}
