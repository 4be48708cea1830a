package vn.campaign.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class BsonDocumentTypeTest {

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void writesADocumentAsBsonAndReadsTheSameValuesBackInTheSameOrder() {
        Document document = registration();

        ByteBuffer written = write(document);

        assertThat(written.get(0)).as("the BSON tag first").isEqualTo(BsonDocumentType.BSON_TAG);
        Document read = type.read(written);
        assertThat(read).isEqualTo(document);
        assertThat(List.copyOf(read.keySet())).isEqualTo(List.copyOf(document.keySet()));
        assertThat(read.get("version")).isInstanceOf(Long.class);
        assertThat(read.get("row")).isInstanceOf(Integer.class);
        assertThat(written.remaining()).as("all of it read").isZero();
    }

    @Test
    void readsAPageOfDocumentsWrittenOneAfterAnother() {
        Document[] page = {registration(), new Document("_id", 2).append("name", "Lễ hội Đền Huyện"), registration()};
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, page, page.length);
        ByteBuffer bytes = buffer.getBuffer().flip();

        Document[] read = type.createStorage(page.length);
        type.read(bytes, read, page.length);

        assertThat(read).containsExactly(page);
    }

    @Test
    void readsDocumentsThatTheFormerFormatWrote() {
        Document document = registration();
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, document);
        ByteBuffer former = buffer.getBuffer().flip();

        assertThat(former.get(0)).as("a tag of the former format").isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(former)).isEqualTo(document);
    }

    @Test
    void writesADocumentBsonCannotCarryInTheFormerFormatInsteadOfFailingTheCommit() {
        Document document = new Document("_id", 1).append("ratio", 0.5f); // a float: no BSON type

        ByteBuffer written = write(document);

        assertThat(written.get(0)).isNotEqualTo(BsonDocumentType.BSON_TAG);
        assertThat(type.read(written)).isEqualTo(document);
    }

    @Test
    void countsEachDocumentForExactlyWhatItWritesAsH2CountsWhatItSerialises() {
        List<Document> documents = new ArrayList<>();
        documents.add(registration());
        documents.add(new Document("_id", 2).append("name", "Lễ hội Đền Huyện 𝄞")
                .append("empty", new Document()).append("none", List.of()).append("nothing", null).append("day", Instant.EPOCH));
        documents.add(members(1));
        documents.add(members(1_500));

        for (Document document : documents) {
            assertThat(type.getMemory(document)).as("%s", document.keySet()).isEqualTo(write(document).remaining());
        }
        assertThat(type.isMemoryEstimationAllowed()).as("no estimate from a sample").isFalse();
    }

    @Test
    void aDocumentThatGrewCountsItsNewSizeNotTheSizeItHadOrAnAverage() {
        for (int i = 0; i < 64; i++) {
            write(members(1));
        }

        assertThat(type.getMemory(members(1_500))).as("a unit's member list after 1,500 registrations")
                .isGreaterThan(1_500 * 40).isGreaterThan(100 * type.getMemory(members(1)));
    }

    /** A unit's member list: the ids of its registrations. */
    private static Document members(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString());
        }
        return new Document("_id", "HT-2022/18100").append("registrations", ids);
    }

    private ByteBuffer write(Document document) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, document);
        return buffer.getBuffer().flip();
    }

    private static Document registration() {
        List<Object> timeline = new ArrayList<>();
        timeline.add(new Document("status", "REGISTERED").append("at", Instant.ofEpochMilli(1_651_363_200_123L))
                .append("by", "officer-18100").append("note", null));
        return new Document("_id", UUID.fromString("0b6f3b52-8d5e-4d0c-9f57-3c1d2a9e7f10"))
                .append("campaign", "HT-2022").append("unit", "18100").append("type", "WORK")
                .append("name", "Khánh thành cầu Hộ Độ").append("version", 3L).append("row", 17)
                .append("budget", new Decimal128(new java.math.BigDecimal("1500000000.50")))
                .append("share", 0.25).append("plaque", true).append("objectId", new ObjectId())
                .append("scan", new BinData(new byte[] {1, 2, 3})).append("timeline", timeline)
                .append("tags", List.of("đô thị", 2, 3L));
    }
}
