package vn.campaign.api.live;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import vn.campaign.core.application.RegistrationEvents;
import vn.campaign.core.application.StoredChange;

/**
 * The registrations stored in this process, as a hot stream every subscription reads from.
 *
 * <p>A writer hands its change over and returns: the change goes to each subscriber's own buffer of at most
 * {@code bufferSize} changes, and the subscriber is served from there on another thread. A subscriber whose
 * buffer is full (it reads more slowly than the city writes) is dropped with a {@link SlowSubscriberException};
 * the writer and the other subscribers never wait for it.
 */
public final class RegistrationFeed implements RegistrationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RegistrationFeed.class);

    /** Each subscriber is served when it asks, and gets nothing it did not ask for room for. */
    private final Sinks.Many<StoredChange> sink = Sinks.many().multicast().directBestEffort();
    private final int bufferSize;
    private final Scheduler scheduler;

    /**
     * A feed.
     *
     * @param bufferSize how many changes a subscriber may fall behind before it is dropped, at least 1
     * @param scheduler  where subscribers are served, off the writers' threads
     */
    public RegistrationFeed(int bufferSize, Scheduler scheduler) {
        if (bufferSize < 1) {
            throw new IllegalArgumentException("bufferSize must be at least 1, was " + bufferSize);
        }
        this.bufferSize = bufferSize;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public void stored(StoredChange change) {
        Sinks.EmitResult result;
        // Writers on several threads: the sink takes one signal at a time. Handing over is a queue offer per
        // subscriber, so the lock is held only that long.
        synchronized (sink) {
            result = sink.tryEmitNext(change);
        }
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            LOG.warn("Change of {} not published: {}", change.after().id().value(), result);
        }
    }

    /**
     * The changes stored from now on, for one subscriber.
     *
     * @return a stream that fails with {@link SlowSubscriberException} when the subscriber falls more than the
     *         buffer behind
     */
    public Flux<StoredChange> changes() {
        // The subscriber's buffer is publishOn's queue: it asks the writers' side for at most bufferSize changes
        // beyond what the subscriber took. A change arriving when all are asked for fails the subscription at once
        // (OverflowStrategy.ERROR), and the error overtakes what waits in the queue.
        return Flux.<StoredChange>create(emitter -> emitter.onDispose(sink.asFlux().subscribe(emitter::next)),
                        FluxSink.OverflowStrategy.ERROR)
                .onErrorMap(e -> !(e instanceof SlowSubscriberException), e -> new SlowSubscriberException(bufferSize))
                .publishOn(scheduler, false, bufferSize);
    }

    /**
     * How many subscribers the feed serves now.
     *
     * @return the count
     */
    public int subscriberCount() {
        return sink.currentSubscriberCount();
    }
}
