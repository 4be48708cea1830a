package vn.campaign.store.embedded;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;

/**
 * How the embedded store writes its documents into the H2 file: as BSON, the form they arrived in over the wire,
 * instead of the Java serialisation mongo-java-server's H2 backend uses by default.
 *
 * <p>Every commit writes each changed page of a collection whole, every document on it. Java serialisation of a
 * registration took about 400 µs and 1,400 bytes where BSON takes about 7 µs and 830 bytes (the same documents,
 * one JVM), so it was most of the store's time on a write. Reading a page back decodes its documents the same way.
 *
 * <p>A value is written as the byte {@value #BSON_TAG} followed by the document's BSON. Files written before hold
 * values in H2's own {@link ObjectDataType} format, whose first byte is one of that format's tags (0 to 119),
 * never {@value #BSON_TAG}: such values are read as before, and a page is rewritten as BSON the next time it
 * changes. A document the BSON encoder cannot take (a value of a type the wire protocol does not carry, which the
 * store should never hold) or the decoder would refuse (over 16 MiB) is written in the former format rather than
 * failing the commit.
 *
 * <p>A document is counted for the size of its own BSON (worked out from its values, without encoding it), as H2
 * counts the objects it serialises by their serialised size. That count does two things in H2: it fills the page
 * cache (16 MB by default), and it decides when a page splits (at 16 KB). A decoded document takes several times
 * its BSON in heap, but counting it so made pages of two to four registrations, and under the soak's load the
 * service's throughput fell faster as the data grew (84 requests a second over the fourth minute's last 40 s,
 * against 124 before the change); counted by its BSON, pages hold about as many documents as before, and it served
 * 140. Each document is counted on its own, never by an average, and H2 is told not to estimate: H2 adjusts a page's
 * count by the difference between a replaced document's count and its replacement's, so with an average a document
 * that grew (a unit's member list, a summary) kept the count it had when first stored, and a page of fifteen member
 * lists counted 13 KB held 800 KB of heap.
 */
public final class BsonDocumentType extends BasicDataType<Document> {

    /** The first byte of a value written as BSON: not a tag of {@link ObjectDataType}'s format (0 to 119). */
    static final byte BSON_TAG = TaggedBson.TAG;

    private final ObjectDataType former = new ObjectDataType();

    /** A type for one collection's documents. */
    public BsonDocumentType() {
        // stateless
    }

    @Override
    public int getMemory(Document document) {
        return TaggedBson.size(document);
    }

    /** Every document is counted: an estimate from a sample would give a grown document its former count. */
    @Override
    public boolean isMemoryEstimationAllowed() {
        return false;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        if (!TaggedBson.write(buffer, document)) {
            former.write(buffer, document);
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        Document document = TaggedBson.read(buffer);
        return document != null ? document : (Document) former.read(buffer);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
