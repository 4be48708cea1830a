package vn.campaign.store.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;
import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
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
    static final byte BSON_TAG = 126;

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
        if (a instanceof String s) {
            return s.compareTo((String) b);
        }
        if (a instanceof Double d) {
            return d.compareTo((Double) b);
        }
        if (a instanceof Long l) {
            return l.compareTo((Long) b);
        }
        if (a instanceof Integer i) {
            return i.compareTo((Integer) b);
        }
        if (a instanceof Boolean z) {
            return z.compareTo((Boolean) b);
        }
        if (a instanceof Instant t) {
            return t.compareTo((Instant) b);
        }
        if (a instanceof UUID u) {
            return u.compareTo((UUID) b);
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
        ByteBuf bson = Unpooled.buffer();
        try {
            try {
                BsonEncoder.encodeDocument(values, bson);
            } catch (RuntimeException notBson) {
                former.write(buffer, key);
                return;
            }
            buffer.put(BSON_TAG);
            buffer.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON_TAG) {
            return (KeyValue) former.read(buffer);
        }
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
        ByteBuffer bson = buffer.duplicate().order(ByteOrder.BIG_ENDIAN); // the decoder reads little-endian itself
        bson.position(start + 1).limit(start + 1 + size);
        Document values = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        buffer.position(start + 1 + size);
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
