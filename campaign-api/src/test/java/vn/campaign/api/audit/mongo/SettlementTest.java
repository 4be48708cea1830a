package vn.campaign.api.audit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * What a settlement promises the store adapters and the reads: every change settled once, in the order submitted,
 * in batches; a read that waits sees every change submitted before it; a failed batch does not stop the next
 * ones; closing settles what is queued.
 */
class SettlementTest {

    private static final Duration LONG = Duration.ofSeconds(20);

    /** A consumer that records each batch and can hold the settlement's thread inside a batch. */
    private static final class Recorder {
        final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger settled = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean hold;
        volatile Thread thread;

        void settle(List<Integer> batch) {
            thread = Thread.currentThread();
            entered.countDown();
            if (hold) {
                try {
                    release.await(LONG.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            batches.add(List.copyOf(batch));
            settled.addAndGet(batch.size());
        }

        List<Integer> all() {
            synchronized (batches) {
                return batches.stream().flatMap(List::stream).toList();
            }
        }
    }

    /**
     * A background settlement whose thread is held inside its first pass, which settles {@code first} alone.
     */
    private static Settlement<Integer> heldInItsFirstBatch(Recorder recorder, int capacity, int batch, int first)
            throws InterruptedException {
        recorder.hold = true;
        Settlement<Integer> settlement = Settlement.background("settle-test", capacity, batch);
        settlement.start(recorder::settle);
        settlement.submit(first);
        assertThat(recorder.entered.await(LONG.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return settlement;
    }

    @Test
    void anInlineSettlementSettlesOnTheWritersThreadBeforeTheWriteReturns() {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = Settlement.inline();
        settlement.start(recorder::settle);

        settlement.submitAll(List.of(1, 2, 3));

        assertThat(recorder.batches).containsExactly(List.of(1, 2, 3));
        assertThat(recorder.thread).isSameAs(Thread.currentThread());
        assertThat(settlement.isBackground()).isFalse();
    }

    @Test
    void aReadThatWaitsSeesEveryChangeSubmittedBeforeIt() throws Exception {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = heldInItsFirstBatch(recorder, 100, 100, 1);
        settlement.submitAll(List.of(2, 3));

        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            settlement.awaitSettled();
            return recorder.settled.get();
        });
        recorder.release.countDown();

        assertThat(read.get(LONG.toSeconds(), TimeUnit.SECONDS)).as("changes settled when the read went on")
                .isEqualTo(3);
        assertThat(recorder.thread).isNotSameAs(Thread.currentThread());
        assertThat(settlement.pending()).isZero();
        settlement.close();
    }

    @Test
    void changesQueuedWhileABatchRunsAreSettledTogetherInTheOrderSubmitted() throws Exception {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = heldInItsFirstBatch(recorder, 100, 100, 0);
        for (int i = 1; i <= 10; i++) {
            settlement.submit(i);
        }
        recorder.release.countDown();
        settlement.awaitSettled();

        assertThat(recorder.batches).containsExactly(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        settlement.close();
    }

    @Test
    void aBatchIsNeverLargerThanTheSettlementsBatchSize() throws Exception {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = heldInItsFirstBatch(recorder, 100, 4, 0);
        settlement.submitAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        recorder.release.countDown();
        settlement.awaitSettled();

        assertThat(recorder.batches).containsExactly(List.of(0), List.of(1, 2, 3, 4), List.of(5, 6, 7, 8), List.of(9));
        settlement.close();
    }

    @Test
    void aWriterWaitsForRoomWhenTheQueueIsFull() throws Exception {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = heldInItsFirstBatch(recorder, 2, 100, 0);
        settlement.submitAll(List.of(1, 2));

        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> settlement.submit(3));
        Awaitility.await().during(Duration.ofMillis(300)).atMost(LONG).until(() -> !third.isDone());
        assertThat(settlement.pending()).as("changes waiting, the full queue's and the batch's").isEqualTo(3);

        recorder.release.countDown();
        third.get(LONG.toSeconds(), TimeUnit.SECONDS);
        settlement.awaitSettled();
        assertThat(recorder.all()).containsExactly(0, 1, 2, 3);
        settlement.close();
    }

    @Test
    void changesLingerForOthersToJoinTheirPassUntilAReadWaitsForThem() throws Exception {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = Settlement.background("settle-test", 100, 3, Duration.ofMinutes(10));
        settlement.start(recorder::settle);

        settlement.submit(1);
        Awaitility.await().during(Duration.ofMillis(300)).atMost(LONG).until(() -> recorder.settled.get() == 0);
        settlement.submit(2);
        CompletableFuture.runAsync(settlement::awaitSettled).get(LONG.toSeconds(), TimeUnit.SECONDS);
        assertThat(recorder.batches).as("one pass for both, started by the read").containsExactly(List.of(1, 2));

        settlement.submitAll(List.of(3, 4, 5));
        Awaitility.await().atMost(LONG).until(() -> recorder.settled.get() == 5);
        assertThat(recorder.batches).as("a full batch does not linger").containsExactly(List.of(1, 2),
                List.of(3, 4, 5));
        settlement.close();
    }

    @Test
    void aFailedBatchCountsAsSettledAndTheNextOnesStillRun() {
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        Settlement<Integer> settlement = Settlement.background("settle-test", 100, 1);
        settlement.start(batch -> {
            if (batch.contains(1)) {
                throw new IllegalStateException("the store is down");
            }
            seen.addAll(batch);
        });
        settlement.submitAll(List.of(1, 2, 3));
        settlement.awaitSettled();

        assertThat(seen).containsExactly(2, 3);
        assertThat(settlement.pending()).isZero();
        settlement.close();
    }

    @Test
    void closingSettlesWhatIsQueuedAndLaterChangesAreSettledByTheirWriter() {
        Recorder recorder = new Recorder();
        Settlement<Integer> settlement = Settlement.background("settle-test", 100, 100);
        settlement.start(recorder::settle);
        settlement.submitAll(List.of(1, 2, 3));
        settlement.close();

        assertThat(recorder.all()).containsExactly(1, 2, 3);

        settlement.submit(4);
        assertThat(recorder.all()).containsExactly(1, 2, 3, 4);
        assertThat(recorder.thread).isSameAs(Thread.currentThread());
        settlement.close();
    }

    @Test
    void aSettlementStartsOnceAndNotBeforeItIsGivenItsSteps() {
        Settlement<Integer> settlement = Settlement.background("settle-test", 10, 10);
        assertThatThrownBy(() -> settlement.submit(1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("not started");
        settlement.start(batch -> { });
        assertThatThrownBy(() -> settlement.start(batch -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Settlement.background("settle-test", 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        settlement.close();
    }
}
