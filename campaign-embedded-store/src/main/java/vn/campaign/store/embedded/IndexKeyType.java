package vn.campaign.store.embedded;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How the embedded store orders and writes the keys of a unique index (the {@code _id} index every collection has,
 * and the ones the service creates): mongo-java-server keeps each index in an H2 map from the key's values
 * ({@link KeyValue}) to the document's position.
 *
 * <p>By default H2 orders keys it does not know — {@code KeyValue} is neither a string nor comparable — by their
 * Java serialisation, so every comparison of a lookup serialised both keys: about a dozen comparisons for each key
 * an insert or update checks, and most of the store's time on a write. Here two keys are compared value by value:
 * strings, numbers, booleans, instants and UUIDs by their own order, values of different classes by the name of
 * their class, anything else (documents, arrays, object ids, binaries) by its BSON. The order is consistent with
 * {@link KeyValue#equals}: two keys compare equal exactly when they hold equal values of the same classes, which
 * is all a unique index asks of it (it looks keys up, and never scans a range).
 *
 * <p>A key is written as the byte {@value #BSON_TAG} and a BSON document of its values in order; one the BSON
 * encoder cannot take is written with Java serialisation, as before. Maps written by the former order are rebuilt
 * by {@link BsonH2Database} when the store opens them first: the order of a map is part of its file.
 */
public final class IndexKeyType extends BasicDataType<KeyValue> {

    /** The first byte of a key written as BSON: not a tag of {@link ObjectDataType}'s format (0 to 119). */
    static final byte BSON_TAG = TaggedBson.TAG;

    /** Classes whose own order is consistent with their {@code equals}, compared by it. */
    private static final Set<Class<?>> OWN_ORDER = Set.of(String.class, Double.class, Long.class, Integer.class,
            Boolean.class, Instant.class, UUID.class);

    private final ObjectDataType former = new ObjectDataType();

    /** A type for one index's keys. */
    public IndexKeyType() {
        // stateless
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Orders two values of index keys: {@code null} first, then by the name of their class, then by their own
     * order for the common scalar types and by their BSON for the rest.
     *
     * @param a a value
     * @param b another
     * @return negative, zero or positive, zero exactly when the values are equal
     */
    static int compareValues(@Nullable Object a, @Nullable Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        Class<?> type = a.getClass();
        if (type != b.getClass()) {
            return type.getName().compareTo(b.getClass().getName());
        }
        if (OWN_ORDER.contains(type)) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) a;
            return comparable.compareTo(b);
        }
        return Arrays.compare(bytes(a), bytes(b));
    }

    private static byte[] bytes(Object value) {
        ByteBuf bson = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(new Document("v", value), bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } catch (RuntimeException notBson) {
            return ObjectDataType.serialize(value);
        } finally {
            bson.release();
        }
    }

    @Override
    public int getMemory(KeyValue key) {
        return 48 + 32 * key.size();
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        Document values = new Document();
        for (int i = 0; i < key.size(); i++) {
            values.put(Integer.toString(i), key.get(i));
        }
        if (!TaggedBson.write(buffer, values)) {
            former.write(buffer, key);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        Document values = TaggedBson.read(buffer);
        if (values == null) {
            return (KeyValue) former.read(buffer);
        }
        List<Object> ordered = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ordered.add(values.get(Integer.toString(i)));
        }
        return new KeyValue(ordered);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
