package vn.campaign.importer.run;

import java.util.Objects;

/**
 * The in-file duplicate check's index: for each key — a unit code and a folded name — the position of the first
 * row of the file that had it. The rows of a file wait in memory until the whole file is read, and a map of
 * folded names to boxed positions kept a name, a {@code Long} and a map node for each of them (about 120 bytes a
 * row, the collector copying every one); this keeps two {@code int}s a row in open addressing and no key at all:
 * when a hash matches, the key of the position found is worked out again from its row ({@link Keys}).
 *
 * <p>Not thread-safe.
 */
final class FirstRows {

    /** Tells whether the row at a position has a key. */
    @FunctionalInterface
    interface Keys {
        /**
         * Whether the row at a position has this key.
         *
         * @param position the row's position, as recorded
         * @param unit     the unit code
         * @param folded   the folded name
         * @return {@code true} when the row's unit and folded name are these
         */
        boolean sameKey(int position, String unit, String folded);
    }

    private static final int INITIAL = 64;

    /** Each slot's position plus one; 0 for a free slot. */
    private int[] positions = new int[INITIAL];
    /** Each used slot's hash of its key. */
    private int[] hashes = new int[INITIAL];
    private int size;

    /**
     * The position of the first row with a key; when there was none, records this row's.
     *
     * @param unit     the unit code
     * @param folded   the folded name
     * @param position the position of the row checked, zero or more
     * @param keys     the keys of the positions recorded
     * @return the first row's position, or -1 when this row is the first (now recorded)
     */
    int putIfAbsent(String unit, String folded, int position, Keys keys) {
        if (position < 0) {
            throw new IllegalArgumentException("a position is zero or more, got " + position);
        }
        int hash = hash(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(folded, "folded"));
        int mask = positions.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int stored = positions[i];
            if (stored == 0) {
                positions[i] = position + 1;
                hashes[i] = hash;
                if (++size * 2 > positions.length) {
                    grow();
                }
                return -1;
            }
            if (hashes[i] == hash && keys.sameKey(stored - 1, unit, folded)) {
                return stored - 1;
            }
        }
    }

    /** Forgets every key, and the memory they took. */
    void clear() {
        positions = new int[INITIAL];
        hashes = new int[INITIAL];
        size = 0;
    }

    private void grow() {
        int[] oldPositions = positions;
        int[] oldHashes = hashes;
        positions = new int[oldPositions.length * 2];
        hashes = new int[oldPositions.length * 2];
        int mask = positions.length - 1;
        for (int j = 0; j < oldPositions.length; j++) {
            if (oldPositions[j] != 0) {
                int i = oldHashes[j] & mask;
                while (positions[i] != 0) {
                    i = (i + 1) & mask;
                }
                positions[i] = oldPositions[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    private static int hash(String unit, String folded) {
        int h = unit.hashCode() * 31 + folded.hashCode();
        h ^= h >>> 16;
        h *= 0x85EB_CA6B;
        return h ^ (h >>> 13);
    }
}
