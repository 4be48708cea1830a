package vn.campaign.api.live.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.ServerCursor;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

/**
 * The watcher goes on after the last event it handled when its stream fails, starts after an invalidation,
 * starts from the present only when the server lost the history it would resume from, and is not stopped by a
 * handler's failure. The streams here are scripted: each opening hands out the events and the failure a test
 * gives it.
 */
class ChangeStreamWatcherTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<ScriptedCursor> streams = new LinkedBlockingQueue<>();
    private final List<Opening> openings = new CopyOnWriteArrayList<>();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final ChangeStreamWatcher watcher = new ChangeStreamWatcher("registrations", (token, afterInvalidation) -> {
        openings.add(new Opening(token, afterInvalidation));
        ScriptedCursor next = streams.poll();
        if (next == null) {
            throw new MongoException("no server (scripted)");
        }
        return next.open();
    }, event -> {
        Document document = event.getFullDocument();
        String id = document == null ? "?" : document.getString("_id");
        if (id.startsWith("poison")) {
            throw new IllegalStateException("cannot read " + id);
        }
        handled.add(id);
    }, Duration.ofMillis(10));

    @AfterEach
    void stop() {
        watcher.stop();
    }

    @Test
    void afterAFailureTheStreamGoesOnAfterTheLastEventHandled() {
        streams.add(new ScriptedCursor(insert("w1", "t1"), insert("w2", "t2"), new MongoException("connection reset")));
        streams.add(new ScriptedCursor(insert("w3", "t3")));

        watcher.start();

        await().atMost(WAIT).until(() -> handled.size() == 3);
        assertThat(handled).containsExactly("w1", "w2", "w3");
        assertThat(openings).containsExactly(new Opening(null, false), new Opening(token("t2"), false));
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainFromTheSameEvent() {
        streams.add(new ScriptedCursor(insert("w1", "t1"), new MongoException("connection reset")));

        watcher.start();
        await().atMost(WAIT).until(() -> openings.size() >= 3);
        streams.add(new ScriptedCursor(insert("w2", "t2")));

        await().atMost(WAIT).until(() -> handled.size() == 2);
        assertThat(handled).containsExactly("w1", "w2");
        assertThat(openings.subList(1, openings.size())).as("every later opening resumes after w1")
                .containsOnly(new Opening(token("t1"), false));
    }

    @Test
    void whenTheServerLostTheHistoryTheStreamStartsAgainFromNow() {
        streams.add(new ScriptedCursor(insert("w1", "t1"), new MongoException(286, "ChangeStreamHistoryLost")));
        streams.add(new ScriptedCursor(insert("w2", "t2")));

        watcher.start();

        await().atMost(WAIT).until(() -> handled.size() == 2);
        assertThat(openings).containsExactly(new Opening(null, false), new Opening(null, false));
    }

    @Test
    void afterAnInvalidationTheStreamStartsAfterItAndTheInvalidationIsNotHandled() {
        streams.add(new ScriptedCursor(insert("w1", "t1"), event("invalidate", "t2", null)));
        streams.add(new ScriptedCursor(insert("w2", "t3")));

        watcher.start();

        await().atMost(WAIT).until(() -> handled.size() == 2);
        assertThat(handled).containsExactly("w1", "w2");
        assertThat(openings).containsExactly(new Opening(null, false), new Opening(token("t2"), true));
    }

    @Test
    void aChangeTheHandlerCannotTakeIsPassedOver() {
        streams.add(new ScriptedCursor(insert("w1", "t1"), insert("poison", "t2"), insert("w3", "t3")));

        watcher.start();

        await().atMost(WAIT).until(() -> handled.size() == 2);
        assertThat(handled).containsExactly("w1", "w3");
        assertThat(openings).as("the stream was not reopened").hasSize(1);
    }

    @Test
    void stoppingClosesTheStream() {
        ScriptedCursor stream = new ScriptedCursor(insert("w1", "t1"));
        streams.add(stream);
        watcher.start();
        await().atMost(WAIT).until(() -> handled.size() == 1);

        watcher.stop();

        assertThat(watcher.isRunning()).isFalse();
        assertThat(stream.closed).isTrue();
    }

    private static ChangeStreamDocument<Document> insert(String id, String token) {
        return event("insert", token, new Document("_id", id));
    }

    private static ChangeStreamDocument<Document> event(String operation, String token, @Nullable Document after) {
        return new ChangeStreamDocument<>(operation, token(token), null, null, null, after, null, null, null, null,
                null, null, null, null, null);
    }

    private static BsonDocument token(String value) {
        return new BsonDocument("_data", new BsonString(value));
    }

    /** How the watcher asked for a stream. */
    private record Opening(@Nullable BsonDocument token, boolean afterInvalidation) {
    }

    /** One opened stream: its events in order, then, if given, the failure that ends it. */
    private static final class ScriptedCursor implements MongoChangeStreamCursor<ChangeStreamDocument<Document>> {

        private final BlockingQueue<Object> steps = new LinkedBlockingQueue<>();
        private @Nullable BsonDocument token;
        private volatile boolean closed;

        ScriptedCursor(Object... steps) {
            this.steps.addAll(List.of(steps));
        }

        MongoChangeStreamCursor<ChangeStreamDocument<Document>> open() {
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public @Nullable ChangeStreamDocument<Document> tryNext() {
            Object step;
            try {
                // as the server's await time: a short wait for the next event
                step = steps.poll(5, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            if (step instanceof RuntimeException failure) {
                throw failure;
            }
            ChangeStreamDocument<Document> event = (ChangeStreamDocument<Document>) step;
            if (event != null) {
                token = event.getResumeToken();
            }
            return event;
        }

        @Override
        public @Nullable BsonDocument getResumeToken() {
            return token;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean hasNext() {
            throw new UnsupportedOperationException("the watcher polls with tryNext");
        }

        @Override
        public ChangeStreamDocument<Document> next() {
            throw new UnsupportedOperationException("the watcher polls with tryNext");
        }

        @Override
        public int available() {
            return steps.size();
        }

        @Override
        public @Nullable ServerCursor getServerCursor() {
            return null;
        }

        @Override
        public ServerAddress getServerAddress() {
            return new ServerAddress();
        }
    }
}
