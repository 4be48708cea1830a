package vn.campaign.importer.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.rule.FieldPath;

/**
 * The cells a mapped row's fields came from ({@link MappedRow#cells()}), kept compactly: an immutable map whose
 * entries sit in one array as field, column and value, a {@link CellRef} made when one is asked for.
 *
 * <p>A file's rows wait in memory until the whole file is read, and a map of {@code CellRef}s (six or more a
 * row, with the map's own table) was a third of what a waiting row held: at 100,000 rows the collector spent
 * more time copying them than the importer spent past reading. Lookups scan the few entries a row has.
 * Behaves as any immutable map: equal to another map with the same entries, no nulls, every change refused.
 */
final class RowCells extends AbstractMap<FieldPath, CellRef> {

    private static final RowCells EMPTY = new RowCells(new Object[0]);

    /** Field, column (or null), value, for each entry, each field once. */
    private final @Nullable Object[] entries;

    private RowCells(@Nullable Object[] entries) {
        this.entries = entries;
    }

    /**
     * The same entries as a map, kept compactly; the map itself when it is already one.
     *
     * @param cells any map of cells without null keys or values
     * @return the immutable compact map
     */
    static RowCells copyOf(Map<FieldPath, CellRef> cells) {
        if (cells instanceof RowCells compact) {
            return compact;
        }
        Builder builder = new Builder();
        for (Map.Entry<FieldPath, CellRef> entry : cells.entrySet()) {
            CellRef cell = Objects.requireNonNull(entry.getValue(), "cell");
            builder.put(Objects.requireNonNull(entry.getKey(), "field"), cell.column(), cell.value());
        }
        return builder.build();
    }

    @Override
    public int size() {
        return entries.length / 3;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable CellRef get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : cell(at);
    }

    @Override
    public Set<Map.Entry<FieldPath, CellRef>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<FieldPath, CellRef>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<FieldPath, CellRef> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<FieldPath, CellRef> entry = Map.entry(field(next), cell(next));
                        next += 3;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return RowCells.this.size();
            }
        };
    }

    private int indexOf(Object key) {
        Objects.requireNonNull(key, "key");
        for (int i = 0; i < entries.length; i += 3) {
            if (key.equals(entries[i])) {
                return i;
            }
        }
        return -1;
    }

    private FieldPath field(int at) {
        return (FieldPath) Objects.requireNonNull(entries[at], "field");
    }

    private CellRef cell(int at) {
        return new CellRef((String) entries[at + 1], (String) Objects.requireNonNull(entries[at + 2], "value"));
    }

    /** Collects a row's cells as the mapper finds them. Not thread-safe. */
    static final class Builder {
        private @Nullable Object[] entries = new Object[3 * 8];
        private int used;

        /**
         * Records a field's cell, in place of one recorded before.
         *
         * @param field  the field
         * @param column the column's letter, if known
         * @param value  the cell's text
         */
        void put(FieldPath field, @Nullable String column, String value) {
            int at = find(field);
            if (at < 0) {
                putIfAbsent(field, column, value);
            } else {
                entries[at + 1] = column;
                entries[at + 2] = Objects.requireNonNull(value, "value");
            }
        }

        /**
         * Records a field's cell unless one was recorded before.
         *
         * @param field  the field
         * @param column the column's letter, if known
         * @param value  the cell's text
         */
        void putIfAbsent(FieldPath field, @Nullable String column, String value) {
            if (find(field) >= 0) {
                return;
            }
            if (used == entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            entries[used++] = Objects.requireNonNull(field, "field");
            entries[used++] = column;
            entries[used++] = Objects.requireNonNull(value, "value");
        }

        /**
         * The cells recorded.
         *
         * @return them as an immutable map
         */
        RowCells build() {
            return used == 0 ? EMPTY : new RowCells(Arrays.copyOf(entries, used));
        }

        private int find(FieldPath field) {
            for (int i = 0; i < used; i += 3) {
                if (field.equals(entries[i])) {
                    return i;
                }
            }
            return -1;
        }
    }
}
