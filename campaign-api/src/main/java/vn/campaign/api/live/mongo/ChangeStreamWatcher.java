package vn.campaign.api.live.mongo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bson.BsonDocument;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoException;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import com.mongodb.client.model.changestream.FullDocument;
import com.mongodb.client.model.changestream.FullDocumentBeforeChange;
import com.mongodb.client.model.changestream.OperationType;

/**
 * Follows one collection's change stream on a thread of its own and hands each insert, update and replacement
 * to a handler, with the documents before and after the change where the server keeps them.
 *
 * <p>The stream is opened when {@link #start()} returns, so every write stored after that is seen. After an
 * error (a lost connection, an election) the watcher waits — one second, doubling up to thirty — and opens the
 * stream again after the last event it handled (its resume token), so no event is handled twice or missed;
 * the driver itself already retries a resumable error once. Only when the server no longer holds the history
 * after that token (the oplog rolled over during a long outage) does it start again from the present, saying
 * so in the log: the changes in between are then not published live.
 */
final class ChangeStreamWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamWatcher.class);

    /** How long one poll of the stream waits on the server for an event; also how soon a stop is noticed. */
    private static final long AWAIT_MILLIS = 500;
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** ChangeStreamHistoryLost, ChangeStreamFatalError and InvalidResumeToken: the token cannot be resumed. */
    private static final Set<Integer> TOKEN_LOST = Set.of(286, 280, 260);

    private final String name;
    private final Opener opener;
    private final Consumer<ChangeStreamDocument<Document>> handler;
    private final Duration firstRetry;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private @Nullable Thread thread;
    private volatile @Nullable MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor;
    private @Nullable BsonDocument resumeToken;
    /** Whether the last stream ended invalidated (its collection dropped or renamed): reopen with startAfter. */
    private boolean invalidated;

    /**
     * A watcher of a collection's inserts, updates and replacements, with their post-images and pre-images where
     * the server keeps them.
     *
     * @param collection the collection to follow
     * @param handler    told of each event, on the watcher's thread; it must not block
     */
    ChangeStreamWatcher(MongoCollection<Document> collection, Consumer<ChangeStreamDocument<Document>> handler) {
        this(collection.getNamespace().getCollectionName(), (token, afterInvalidation) -> {
            ChangeStreamIterable<Document> stream = collection
                    .watch(List.of(Aggregates.match(Filters.in("operationType", "insert", "update", "replace",
                            "invalidate"))))
                    .fullDocument(FullDocument.WHEN_AVAILABLE)
                    .fullDocumentBeforeChange(FullDocumentBeforeChange.WHEN_AVAILABLE)
                    .maxAwaitTime(AWAIT_MILLIS, TimeUnit.MILLISECONDS);
            if (token != null) {
                stream = afterInvalidation ? stream.startAfter(token) : stream.resumeAfter(token);
            }
            return stream.cursor();
        }, handler, Duration.ofSeconds(1));
    }

    /**
     * A watcher of the streams an opener opens.
     *
     * @param name    what it follows, for the log and its thread's name
     * @param opener  opens the stream, from now or after a resume token
     * @param handler    told of each event but invalidations, on the watcher's thread; it must not block
     * @param firstRetry how long to wait before opening the stream again after a first error; doubled after each
     *                   further one, up to thirty seconds
     */
    ChangeStreamWatcher(String name, Opener opener, Consumer<ChangeStreamDocument<Document>> handler,
            Duration firstRetry) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
    }

    /** Opens a change stream. */
    @FunctionalInterface
    interface Opener {

        /**
         * Opens the stream.
         *
         * @param token             where to go on from: {@code null} for now on
         * @param afterInvalidation whether the token is that of an invalidation (the stream then starts after it,
         *                          rather than resuming it)
         * @return the open stream, whose polls wait a short while for events
         */
        MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(@Nullable BsonDocument token,
                boolean afterInvalidation);
    }

    /**
     * Opens the stream and starts following it. A failure to open it now is logged and retried on the thread.
     */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopped = new CountDownLatch(1);
        try {
            cursor = open();
        } catch (RuntimeException e) {
            LOG.warn("Change stream of {} not opened yet, retrying: {}", name(), e.toString());
        }
        Thread started = new Thread(this::follow, "change-stream-" + name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /**
     * Stops following the stream and waits (a few seconds at most) for the thread to end.
     */
    synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        stopped.countDown();
        Thread following = thread;
        if (following != null) {
            try {
                following.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whether the watcher follows its stream now.
     *
     * @return {@code true} between {@link #start()} and {@link #stop()}
     */
    boolean isRunning() {
        return running;
    }

    private String name() {
        return name;
    }

    private MongoChangeStreamCursor<ChangeStreamDocument<Document>> open() {
        MongoChangeStreamCursor<ChangeStreamDocument<Document>> opened = opener.open(resumeToken, invalidated);
        invalidated = false;
        return opened;
    }

    private void follow() {
        Duration retry = firstRetry;
        while (running) {
            try {
                MongoChangeStreamCursor<ChangeStreamDocument<Document>> open = cursor;
                if (open == null) {
                    open = open();
                    cursor = open;
                    LOG.info("Change stream of {} opened again", name());
                }
                try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> current = open) {
                    readUntilStoppedOrInvalidated(current);
                } finally {
                    cursor = null;
                }
                retry = firstRetry;
            } catch (RuntimeException e) {
                // a MongoException mostly; a document the driver cannot decode fails the stream the same way
                if (!running) {
                    break;
                }
                if (e instanceof MongoException mongo && TOKEN_LOST.contains(mongo.getCode())) {
                    LOG.warn("Change stream of {} cannot resume ({}); following it again from now on: changes stored"
                            + " in between were not published to this instance's subscribers", name(), e.getMessage());
                    resumeToken = null;
                    invalidated = false;
                } else {
                    LOG.warn("Change stream of {} failed, resuming in {} s: {}", name(), retry.toSeconds(),
                            e.toString());
                }
                if (await(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private void readUntilStoppedOrInvalidated(MongoChangeStreamCursor<ChangeStreamDocument<Document>> current) {
        while (running) {
            ChangeStreamDocument<Document> event = current.tryNext();
            if (event == null) {
                BsonDocument latest = current.getResumeToken();
                if (latest != null) {
                    resumeToken = latest;
                }
                continue;
            }
            resumeToken = event.getResumeToken();
            if (event.getOperationType() == OperationType.INVALIDATE) {
                LOG.info("Change stream of {} invalidated (the collection was dropped or renamed); following it anew",
                        name());
                invalidated = true;
                return;
            }
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("A change of {} could not be published: {}", name(), e.toString());
            }
        }
    }

    /** Waits, unless stopped first; whether it was stopped. */
    private boolean await(Duration delay) {
        try {
            return stopped.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
