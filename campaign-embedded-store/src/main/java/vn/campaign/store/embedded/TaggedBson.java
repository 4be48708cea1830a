package vn.campaign.store.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.jspecify.annotations.Nullable;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A BSON document in an H2 page, after the byte {@value #TAG}: how {@link BsonDocumentType} writes documents and
 * {@link IndexKeyType} writes index keys. H2's {@code ObjectDataType}, which wrote them before, starts every value
 * with one of its tags (0 to 119), never {@value #TAG}, so a reader tells the two formats apart by the first byte.
 */
final class TaggedBson {

    /** The first byte of a value written as BSON. */
    static final byte TAG = 126;

    private TaggedBson() {
    }

    /**
     * Writes a document as the tag and its BSON, if BSON can carry it and the decoder would take it back (16 MiB).
     *
     * @param buffer   where to write
     * @param document the document
     * @return whether it was written; nothing is written otherwise
     */
    static boolean write(WriteBuffer buffer, Map<String, ?> document) {
        ByteBuf bson = Unpooled.buffer(documentSize(document)); // room for all of it up front
        try {
            try {
                BsonEncoder.encodeDocument(document, bson);
            } catch (RuntimeException notBson) {
                return false;
            }
            if (bson.readableBytes() - 4 > BsonConstants.MAX_BSON_OBJECT_SIZE) {
                return false;
            }
            buffer.put(TAG);
            buffer.put(bson.nioBuffer());
            return true;
        } finally {
            bson.release();
        }
    }

    /**
     * How many bytes {@link #write} writes for a document that BSON can carry: the tag and the document's BSON,
     * worked out from its values without encoding it.
     *
     * @param document the document
     * @return bytes
     */
    static int size(Map<String, ?> document) {
        return 1 + documentSize(document);
    }

    private static int documentSize(Map<?, ?> document) {
        int size = 4 + 1; // the length, the terminating byte
        for (Map.Entry<?, ?> field : document.entrySet()) {
            size += 1 + utf8Length(String.valueOf(field.getKey())) + 1 + valueSize(field.getValue());
        }
        return size;
    }

    /** The bytes of a value after its type and name, as mongo-java-server's {@link BsonEncoder} writes it. */
    private static int valueSize(@Nullable Object value) {
        if (value == null) {
            return 0;
        }
        byte type;
        try {
            type = BsonEncoder.determineType(value);
        } catch (RuntimeException notBson) {
            return 16; // written in the former format instead; counted as a small value
        }
        return switch (type) {
            case BsonConstants.TYPE_DOUBLE, BsonConstants.TYPE_INT64, BsonConstants.TYPE_UTC_DATETIME,
                    BsonConstants.TYPE_TIMESTAMP -> 8;
            case BsonConstants.TYPE_INT32 -> 4;
            case BsonConstants.TYPE_BOOLEAN -> 1;
            case BsonConstants.TYPE_OBJECT_ID -> BsonConstants.LENGTH_OBJECTID;
            case BsonConstants.TYPE_DECIMAL128 -> 16;
            case BsonConstants.TYPE_UTF8_STRING -> 4 + utf8Length(value.toString()) + 1;
            case BsonConstants.TYPE_JAVASCRIPT_CODE -> value instanceof BsonJavaScript code
                    ? 4 + utf8Length(code.getCode()) + 1 : 16;
            case BsonConstants.TYPE_REGEX -> value instanceof BsonRegularExpression regex
                    ? utf8Length(regex.getPattern()) + 1 + utf8Length(regex.getOptions()) + 1 : 16;
            case BsonConstants.TYPE_DATA -> 4 + 1 + (value instanceof BinData data ? data.getData().length
                    : BsonConstants.LENGTH_UUID);
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT -> value instanceof Map<?, ?> map ? documentSize(map) : 16;
            case BsonConstants.TYPE_ARRAY -> value instanceof Collection<?> elements ? arraySize(elements) : 16;
            default -> 0; // undefined, min and max key: the type byte alone
        };
    }

    /** An array is a document whose names are the indexes 0, 1, 2… */
    private static int arraySize(Collection<?> elements) {
        int size = 4 + 1;
        int index = 0;
        for (Object element : elements) {
            size += 1 + digits(index++) + 1 + valueSize(element);
        }
        return size;
    }

    private static int digits(int index) {
        return index < 10 ? 1 : index < 100 ? 2 : index < 1_000 ? 3 : index < 10_000 ? 4 : Integer.toString(index)
                .length();
    }

    /** The length of a string in UTF-8: one to three bytes a character, four a surrogate pair. */
    private static int utf8Length(String text) {
        int bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                bytes += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return bytes;
    }

    /**
     * Reads a document written by {@link #write}, leaving the buffer after it.
     *
     * @param buffer the page's buffer, at the value
     * @return the document, or {@code null} (the buffer untouched) when the value is in another format
     */
    static @Nullable Document read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != TAG) {
            return null;
        }
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
        ByteBuffer bson = buffer.duplicate().order(ByteOrder.BIG_ENDIAN); // as Netty's own buffers: the decoder
        bson.position(start + 1).limit(start + 1 + size);                // says where it wants little-endian
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        buffer.position(start + 1 + size);
        return document;
    }
}
