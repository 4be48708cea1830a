package vn.campaign.api.live;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.application.StoredChange;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;

/** The feed hands each stored change to every subscriber and drops one that falls behind, never the writers. */
class RegistrationFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-05-02T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int BUFFER = 8;
    private static final int WRITES = 200;

    private final Scheduler scheduler = Schedulers.newBoundedElastic(4, 1000, "feed-test");
    private final RegistrationFeed feed = new RegistrationFeed(BUFFER, scheduler);
    private final RegistrationService service = CampaignPlatform.inMemory(CLOCK).registrationService()
            .publishingTo(feed);

    @AfterEach
    void stopScheduler() {
        scheduler.dispose();
    }

    @Test
    void aSlowSubscriberIsDroppedWhileWritesGoOnAndOthersGetEveryChange() throws InterruptedException {
        List<StoredChange> fast = new CopyOnWriteArrayList<>();
        CountDownLatch fastGotAll = new CountDownLatch(WRITES);
        AtomicReference<Throwable> fastError = new AtomicReference<>();
        Disposable fastSubscription = feed.changes().subscribe(change -> {
            fast.add(change);
            fastGotAll.countDown();
        }, fastError::set);
        Stuck slow = new Stuck();
        feed.changes().subscribe(slow);

        long started = System.nanoTime();
        for (int i = 0; i < WRITES; i++) {
            Outcome<Work> outcome = service.registerWork(new RegisterWork("CT32-2022", "18070",
                    WorkDetails.of("Khánh thành công trình số " + i, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                            .withTaskArea(new TaskAreaCode("URBAN"))));
            assertThat(outcome.isSuccess()).as(outcome.violations().toString()).isTrue();
            // the other subscriber keeps up: it has the change before the next write
            int stored = i + 1;
            await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> fast.size() >= stored);
        }
        Duration writing = Duration.ofNanos(System.nanoTime() - started);

        assertThat(slow.failed.await(5, TimeUnit.SECONDS)).as("the slow subscriber is told it was dropped").isTrue();
        assertThat(slow.error.get()).isInstanceOf(SlowSubscriberException.class)
                .hasMessageContaining("more than " + BUFFER + " changes behind");
        assertThat(slow.received).as("it got what it asked for, no more").hasSize(1);
        assertThat(fastGotAll.await(10, TimeUnit.SECONDS)).as("the other subscriber got every change").isTrue();
        assertThat(fastError.get()).isNull();
        assertThat(fast).extracting(change -> change.after().name()).startsWith("Khánh thành công trình số 0")
                .endsWith("Khánh thành công trình số " + (WRITES - 1));
        assertThat(feed.subscriberCount()).as("only the fast subscriber is still served").isEqualTo(1);
        assertThat(writing).as("the writes did not wait for the stuck subscriber").isLessThan(Duration.ofSeconds(10));
        fastSubscription.dispose();
    }

    @Test
    void nothingIsPublishedWhenNobodyListensAndNoWriteFails() {
        Outcome<Work> outcome = service.registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Khánh thành cầu", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                        .withTaskArea(new TaskAreaCode("URBAN"))));

        assertThat(outcome.isSuccess()).isTrue();
        assertThat(feed.subscriberCount()).isZero();
    }

    /** Asks for one change and never for another. */
    private static final class Stuck extends BaseSubscriber<StoredChange> {
        final List<StoredChange> received = new CopyOnWriteArrayList<>();
        final AtomicReference<Throwable> error = new AtomicReference<>();
        final CountDownLatch failed = new CountDownLatch(1);

        @Override
        protected void hookOnSubscribe(Subscription subscription) {
            subscription.request(1);
        }

        @Override
        protected void hookOnNext(StoredChange change) {
            received.add(change);
        }

        @Override
        protected void hookOnError(Throwable throwable) {
            error.set(throwable);
            failed.countDown();
        }
    }
}
