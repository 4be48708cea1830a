package vn.campaign.api.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lets the embedded store's write commands through, or holds them while a backup copies the store.
 *
 * <p>Each write command passes through the gate (shared, so writes run side by side as before); {@link #close()}
 * waits for the writes under way to finish and holds every new one until {@link #open()}. The lock is fair, so a
 * steady stream of writes cannot keep a backup waiting, and a backup does not jump ahead of writes already
 * queued. Reads never pass through the gate.
 */
final class WriteGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    /**
     * Runs a write command, waiting first while the gate is closed.
     *
     * @param write the command
     * @param <T>   its result
     * @return its result
     */
    <T> T pass(Supplier<T> write) {
        lock.readLock().lock();
        try {
            return write.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Closes the gate: returns once no write is under way, holding new ones. The same thread must
     * {@link #open()} it.
     */
    void close() {
        lock.writeLock().lock();
    }

    /** Opens the gate again, letting the held writes through. */
    void open() {
        lock.writeLock().unlock();
    }
}
