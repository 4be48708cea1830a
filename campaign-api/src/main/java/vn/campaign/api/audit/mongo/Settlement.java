package vn.campaign.api.audit.mongo;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps that follow stored changes — their audit entries moved from the changed documents to the trail, and
 * what must follow a change before its entry leaves its document (for registrations, the unit's summary adjusted)
 * — run either at once by the writer ({@link #inline()}) or after the change's reply by one background thread
 * ({@link #background}), which settles everything queued since its last pass in one batch (letting changes gather
 * for a moment first, when asked to linger).
 *
 * <p>Settling later is safe because a change and its entry are one write ({@link AuditOutbox}): until its entry
 * has been moved, the change's document holds it, and a crash leaves it there for the start-up sweep. What
 * settling later changes is when the trail and the summaries show the change: a read that must show every change
 * this instance acknowledged calls {@link #awaitSettled()} first, which waits for the batches queued before the
 * call (another instance's changes show once that instance has settled them, a few milliseconds later). Settling
 * in batches is what makes it cheaper: under concurrent writes a pass moves many entries and adjusts each unit's
 * summary once, in a handful of store commands, where each change settled at once takes its own.
 *
 * <p>The queue is bounded: a writer that finds it full waits, so a burst of writes can run ahead of its
 * settlement by at most that many changes. A batch that fails is logged and counted settled: its entries stay in
 * their documents, which the next start's sweep settles. {@link #close()} settles what is queued before it
 * returns; a change submitted after that is settled at once by its writer.
 *
 * @param <T> what a writer submits for each change
 */
public final class Settlement<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    /** How long {@link #awaitSettled()} waits at most before the read goes on without the missing changes. */
    static final Duration MOST_WAIT = Duration.ofSeconds(30);

    private final boolean background;
    private final String name;
    private final int capacity;
    private final int batch;
    private final Duration linger;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final Condition room = lock.newCondition();
    private final Condition done = lock.newCondition();
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private @Nullable Consumer<List<T>> settle;
    private @Nullable Thread worker;
    private long submitted;
    private long settled;
    private boolean closed;
    private int readers;
    private long oldestQueuedAt;

    private Settlement(boolean background, String name, int capacity, int batch, Duration linger) {
        this.background = background;
        this.name = Objects.requireNonNull(name, "name");
        if (capacity < 1 || batch < 1) {
            throw new IllegalArgumentException("capacity and batch must be at least 1, got " + capacity + " and "
                    + batch);
        }
        this.capacity = capacity;
        this.batch = batch;
        this.linger = Objects.requireNonNull(linger, "linger");
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative, got " + linger);
        }
    }

    /**
     * A settlement that runs each change's steps at once, on its writer's thread, before the write returns.
     *
     * @param <T> what a writer submits for each change
     * @return the settlement
     */
    public static <T> Settlement<T> inline() {
        return new Settlement<>(false, "inline", Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO);
    }

    /**
     * A settlement that runs the steps after the writes return, on one background thread started by
     * {@link #start}.
     *
     * @param <T>      what a writer submits for each change
     * @param name     the thread's name
     * @param capacity how many changes may wait at most before writers wait for room
     * @param batch    how many changes one pass settles at most
     * @return the settlement, which starts a pass as soon as a change is queued
     */
    public static <T> Settlement<T> background(String name, int capacity, int batch) {
        return background(name, capacity, batch, Duration.ZERO);
    }

    /**
     * A settlement that runs the steps after the writes return, on one background thread started by
     * {@link #start}, and lets changes gather before a pass: a pass starts once the oldest queued change has
     * waited {@code linger}, or a full batch is queued, or a read waits for them, or the settlement closes.
     *
     * @param <T>      what a writer submits for each change
     * @param name     the thread's name
     * @param capacity how many changes may wait at most before writers wait for room
     * @param batch    how many changes one pass settles at most
     * @param linger   how long the oldest queued change may wait for others to join its pass
     * @return the settlement
     */
    public static <T> Settlement<T> background(String name, int capacity, int batch, Duration linger) {
        return new Settlement<>(true, name, capacity, batch, linger);
    }

    /**
     * Tells whether the steps run after the writes return.
     *
     * @return {@code true} for a background settlement
     */
    public boolean isBackground() {
        return background;
    }

    /**
     * Gives the settlement what settles a batch, and starts its thread when it runs in the background; called once,
     * by the store adapter whose changes it settles.
     *
     * @param settle settles a batch of changes, in the order they were submitted; should log its failures rather
     *               than throw them
     * @throws IllegalStateException when already started
     */
    public void start(Consumer<List<T>> settle) {
        Objects.requireNonNull(settle, "settle");
        lock.lock();
        try {
            if (this.settle != null) {
                throw new IllegalStateException("settlement " + name + " already started");
            }
            this.settle = settle;
            if (background) {
                Thread thread = new Thread(this::run, name);
                thread.setDaemon(true);
                worker = thread;
                thread.start();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Submits one stored change.
     *
     * @param change the change
     */
    public void submit(T change) {
        submitAll(List.of(change));
    }

    /**
     * Submits stored changes together: an inline settlement settles them as one batch, a background one queues
     * them (waiting while the queue is full).
     *
     * @param changes the changes, in the order they were stored
     */
    public void submitAll(List<? extends T> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Consumer<List<T>> steps = Objects.requireNonNull(settle, "settlement " + name + " not started");
        if (!background) {
            steps.accept(List.copyOf(changes));
            return;
        }
        int queuedCount = 0;
        lock.lock();
        try {
            for (T change : changes) {
                while (queue.size() >= capacity && !closed) {
                    room.awaitUninterruptibly();
                }
                if (closed) {
                    break;
                }
                if (queue.isEmpty()) {
                    oldestQueuedAt = System.nanoTime();
                }
                queue.add(change);
                submitted++;
                queuedCount++;
                queued.signal();
            }
        } finally {
            lock.unlock();
        }
        if (queuedCount < changes.size()) { // closed meanwhile: what was not queued is settled by its writer
            steps.accept(List.copyOf(changes.subList(queuedCount, changes.size())));
        }
    }

    /**
     * Waits until every change submitted before this call is settled: called by a read that must show them. Does
     * not wait for an inline settlement, nor on the settlement's own thread, nor longer than {@link #MOST_WAIT}
     * (after which the read goes on, logged, without the changes still waiting).
     */
    public void awaitSettled() {
        if (!background || Thread.currentThread() == worker) {
            return;
        }
        lock.lock();
        try {
            long target = submitted;
            readers++;
            queued.signal(); // a read waits: no more lingering
            try {
                awaitSettled(target);
            } finally {
                readers--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits, holding the lock, until {@code target} changes are settled, at most {@link #MOST_WAIT}. */
    private void awaitSettled(long target) {
        long left = MOST_WAIT.toNanos();
        while (settled < target) {
            if (left <= 0) {
                LOG.warn("Settlement {}: a read goes on without {} changes still being settled", name,
                        target - settled);
                return;
            }
            try {
                left = done.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * How many submitted changes are not settled yet.
     *
     * @return the count
     */
    public long pending() {
        lock.lock();
        try {
            return submitted - settled;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        Consumer<List<T>> steps = Objects.requireNonNull(settle);
        while (true) {
            List<T> next = new ArrayList<>();
            lock.lock();
            try {
                while (queue.isEmpty() && !closed) {
                    queued.awaitUninterruptibly();
                }
                if (queue.isEmpty()) {
                    return;
                }
                long lingered = System.nanoTime() - oldestQueuedAt;
                while (lingered < linger.toNanos() && queue.size() < batch && readers == 0 && !closed) {
                    try {
                        queued.awaitNanos(linger.toNanos() - lingered);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    lingered = System.nanoTime() - oldestQueuedAt;
                }
                while (!queue.isEmpty() && next.size() < batch) {
                    next.add(queue.poll());
                }
                oldestQueuedAt = System.nanoTime(); // what is left waits from now on
                room.signalAll();
            } finally {
                lock.unlock();
            }
            try {
                steps.accept(next);
            } catch (RuntimeException | Error e) {
                LOG.warn("Settlement {}: {} changes stay pending in their documents until the next start: {}", name,
                        next.size(), e.toString());
            } finally {
                lock.lock();
                try {
                    settled += next.size();
                    done.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /**
     * Settles what is queued, then stops the background thread (waiting for it at most {@link #MOST_WAIT}).
     * Repeating it does nothing more.
     */
    @Override
    public void close() {
        Thread thread;
        lock.lock();
        try {
            closed = true;
            queued.signalAll();
            room.signalAll();
            thread = worker;
        } finally {
            lock.unlock();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(MOST_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warn("Settlement {}: stopped with {} changes still pending in their documents", name, pending());
            }
        }
    }
}
