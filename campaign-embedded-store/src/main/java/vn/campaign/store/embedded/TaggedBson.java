package vn.campaign.store.embedded;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.jspecify.annotations.Nullable;

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
     * @param buffer    where to write
     * @param document  the document
     * @param sizeGuess the bytes to reserve first
     * @return the size of the BSON written, or -1 when nothing was written
     */
    static int write(WriteBuffer buffer, Map<String, ?> document, int sizeGuess) {
        ByteBuf bson = Unpooled.buffer(sizeGuess);
        try {
            try {
                BsonEncoder.encodeDocument(document, bson);
            } catch (RuntimeException notBson) {
                return -1;
            }
            int size = bson.readableBytes();
            if (size - 4 > BsonConstants.MAX_BSON_OBJECT_SIZE) {
                return -1;
            }
            buffer.put(TAG);
            buffer.put(bson.nioBuffer());
            return size;
        } finally {
            bson.release();
        }
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
