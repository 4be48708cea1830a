package vn.campaign.bench.soak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;

/**
 * What the soak's clients know they wrote: every registration the service acknowledged (an answer with the
 * stored object and no user error), with the latest version and status an acknowledged write returned, and the
 * names of writes whose answer never came (a transport failure: stored or not, no one knows). Clients draw the
 * registrations they read, change and approve from here; at the end it checks what the service holds against
 * it. Safe for concurrent use.
 */
public final class Ledger {

    /** Which kind of registration. */
    public enum Kind {
        /** A celebratory work. */
        WORK,
        /** An event. */
        EVENT
    }

    /**
     * An acknowledged registration as last acknowledged.
     *
     * @param id      its global id
     * @param name    the client-generated name, unique over the soak
     * @param unit    the registering unit's code
     * @param kind    work or event
     * @param version the version the last acknowledged write returned
     * @param status  the status the last acknowledged write returned
     */
    public record Entry(String id, String name, String unit, Kind kind, int version, String status) {

        /**
         * Checks the values.
         *
         * @param id      its global id
         * @param name    the client-generated name
         * @param unit    the registering unit's code
         * @param kind    work or event
         * @param version not negative
         * @param status  the status
         */
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(status, "status");
            if (version < 0) {
                throw new IllegalArgumentException("version must not be negative, got " + version);
            }
        }
    }

    /**
     * What the service holds, against what was acknowledged.
     *
     * @param acknowledged          registrations the service acknowledged
     * @param exactlyOnce           of those, the ones stored exactly once under the acknowledged id
     * @param missing               names acknowledged but not stored
     * @param duplicated            names stored more than once
     * @param otherId               names stored once, under another id than the one acknowledged
     * @param unacknowledgedStored  names of writes whose answer never came, found stored (once)
     * @param unknownStored         names with the soak's prefix that no client ever sent
     */
    public record ExactlyOnce(int acknowledged, int exactlyOnce, List<String> missing, List<String> duplicated,
            List<String> otherId, int unacknowledgedStored, List<String> unknownStored) {

        /**
         * Copies the lists.
         *
         * @param acknowledged         registrations acknowledged
         * @param exactlyOnce          stored exactly once under the acknowledged id
         * @param missing              acknowledged but not stored
         * @param duplicated           stored more than once
         * @param otherId              stored under another id
         * @param unacknowledgedStored unanswered writes found stored
         * @param unknownStored        never sent, found stored
         */
        public ExactlyOnce {
            missing = List.copyOf(missing);
            duplicated = List.copyOf(duplicated);
            otherId = List.copyOf(otherId);
            unknownStored = List.copyOf(unknownStored);
        }

        /**
         * Whether every acknowledged write is stored exactly once and nothing unexpected is.
         *
         * @return true when the check holds
         */
        public boolean holds() {
            return exactlyOnce == acknowledged && missing.isEmpty() && duplicated.isEmpty() && otherId.isEmpty()
                    && unknownStored.isEmpty();
        }
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByName = new ConcurrentHashMap<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final Map<String, List<String>> idsByUnit = new ConcurrentHashMap<>();
    private final Map<String, List<String>> worksByUnit = new ConcurrentHashMap<>();
    private final List<String> ids = Collections.synchronizedList(new ArrayList<>());
    private final Queue<String> waiting = new ConcurrentLinkedQueue<>();
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    /** Creates an empty ledger. */
    public Ledger() {
    }

    /**
     * Records an acknowledged registration; one in status {@code REGISTERED} waits for review.
     *
     * @param entry what the service answered
     * @throws IllegalStateException when its name or id was acknowledged before
     */
    public void acknowledge(Entry entry) {
        if (idByName.putIfAbsent(entry.name(), entry.id()) != null || byId.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalStateException("acknowledged twice: " + entry);
        }
        ids.add(entry.id());
        idsByUnit.computeIfAbsent(entry.unit(), u -> Collections.synchronizedList(new ArrayList<>())).add(entry.id());
        if (entry.kind() == Kind.WORK) {
            worksByUnit.computeIfAbsent(entry.unit(), u -> Collections.synchronizedList(new ArrayList<>()))
                    .add(entry.id());
        }
        if (entry.status().equals("REGISTERED")) {
            awaitReview(entry.id());
        }
    }

    /**
     * Records a write whose answer never came.
     *
     * @param name the name it carried
     */
    public void unanswered(String name) {
        unanswered.add(name);
    }

    /**
     * Records an acknowledged change: keeps the higher version, and puts a registration that went back to
     * {@code REGISTERED} (a unit's change to an approved one) in the review queue again.
     *
     * @param id      the registration
     * @param version the version answered
     * @param status  the status answered
     */
    public void changed(String id, int version, String status) {
        Entry before = byId.get(id);
        Entry after = byId.computeIfPresent(id, (k, e) -> e.version() >= version ? e
                : new Entry(e.id(), e.name(), e.unit(), e.kind(), version, status));
        if (before != null && after != null && after.version() == version && status.equals("REGISTERED")
                && !before.status().equals("REGISTERED")) {
            awaitReview(id);
        }
    }

    /**
     * The registration as last acknowledged.
     *
     * @param id its id
     * @return the entry, if acknowledged
     */
    public Optional<Entry> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * A registration of a unit, drawn at random.
     *
     * @param unit   the unit's code
     * @param random the client's generator
     * @return an entry, or empty when the unit has none
     */
    public Optional<Entry> anyOf(String unit, Random random) {
        return draw(idsByUnit.get(unit), random);
    }

    /**
     * A work of a unit, drawn at random.
     *
     * @param unit   the unit's code
     * @param random the client's generator
     * @return an entry, or empty when the unit has none
     */
    public Optional<Entry> workOf(String unit, Random random) {
        return draw(worksByUnit.get(unit), random);
    }

    /**
     * Any acknowledged registration, drawn at random.
     *
     * @param random the client's generator
     * @return an entry, or empty when there is none
     */
    public Optional<Entry> any(Random random) {
        return draw(ids, random);
    }

    /**
     * Takes the registration that waited longest for review and is still {@code REGISTERED} as far as the
     * ledger knows.
     *
     * @return it, or empty when none waits
     */
    public Optional<Entry> nextForReview() {
        for (String id = waiting.poll(); id != null; id = waiting.poll()) {
            queued.remove(id);
            Entry entry = byId.get(id);
            if (entry != null && entry.status().equals("REGISTERED")) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Puts a registration back at the end of the review queue (its review was refused as stale).
     *
     * @param id the registration
     */
    public void awaitReview(String id) {
        if (queued.add(id)) {
            waiting.add(id);
        }
    }

    /**
     * How many registrations were acknowledged.
     *
     * @return the count
     */
    public int acknowledged() {
        return byId.size();
    }

    /**
     * How many writes went unanswered.
     *
     * @return the count
     */
    public int unansweredCount() {
        return unanswered.size();
    }

    /**
     * Checks what the service holds: every acknowledged name exactly once, under its id; names with the
     * soak's prefix that were never acknowledged must belong to unanswered writes.
     *
     * @param storedIdsByName the ids stored under each name, as read back from the service
     * @param prefix          the start of every name the soak writes
     * @return the outcome
     */
    public ExactlyOnce check(Map<String, List<String>> storedIdsByName, String prefix) {
        List<String> missing = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        List<String> otherId = new ArrayList<>();
        int once = 0;
        for (Map.Entry<String, String> acknowledged : new TreeMap<>(idByName).entrySet()) {
            List<String> stored = storedIdsByName.getOrDefault(acknowledged.getKey(), List.of());
            if (stored.isEmpty()) {
                missing.add(acknowledged.getKey());
            } else if (stored.size() > 1) {
                duplicated.add(acknowledged.getKey());
            } else if (!stored.get(0).equals(acknowledged.getValue())) {
                otherId.add(acknowledged.getKey());
            } else {
                once++;
            }
        }
        int unacknowledgedStored = 0;
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, List<String>> stored : new TreeMap<>(storedIdsByName).entrySet()) {
            String name = stored.getKey();
            if (!name.startsWith(prefix) || idByName.containsKey(name)) {
                continue;
            }
            if (unanswered.contains(name) && stored.getValue().size() == 1) {
                unacknowledgedStored++;
            } else if (unanswered.contains(name)) {
                duplicated.add(name);
            } else {
                unknown.add(name);
            }
        }
        return new ExactlyOnce(idByName.size(), once, missing, duplicated, otherId, unacknowledgedStored, unknown);
    }

    private Optional<Entry> draw(@Nullable List<String> from, Random random) {
        if (from == null) {
            return Optional.empty();
        }
        String id;
        synchronized (from) {
            if (from.isEmpty()) {
                return Optional.empty();
            }
            id = from.get(random.nextInt(from.size()));
        }
        return Optional.ofNullable(byId.get(id));
    }
}
