package vn.campaign.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

class IndexKeyTypeTest {

    private final IndexKeyType type = new IndexKeyType();

    private static final List<KeyValue> KEYS = List.of(
            new KeyValue("HT-2022", "18100", "cau ho do"), new KeyValue("HT-2022", "18100", "cau ho do 2"),
            new KeyValue("HT-2022", "18103", "cau ho do"), new KeyValue(1.0), new KeyValue(1L << 60),
            new KeyValue(Arrays.asList((Object) null)), new KeyValue(true), new KeyValue(false),
            new KeyValue(Instant.ofEpochMilli(1_651_363_200_000L)), new KeyValue(new UUID(1, 2)),
            new KeyValue(new ObjectId("65a1b2c3d4e5f60718293a40")), new KeyValue(new ObjectId("65a1b2c3d4e5f60718293a41")),
            new KeyValue(new Document("a", 1.0).append("b", "x")), new KeyValue(List.of(1.0, "x")),
            new KeyValue("18100"), new KeyValue("18100", "x"));

    @Test
    void comparesKeysEqualExactlyWhenTheyAreEqual() {
        for (KeyValue a : KEYS) {
            for (KeyValue b : KEYS) {
                assertThat(type.compare(a, b) == 0).as(a + " against " + b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(type.compare(a, b))).as("antisymmetric").isEqualTo(-Integer.signum(type.compare(b, a)));
            }
            assertThat(type.compare(a, new KeyValue(new ArrayList<>(a.stream().toList())))).isZero();
        }
    }

    @Test
    void ordersTransitively() {
        List<KeyValue> sorted = new ArrayList<>(KEYS);
        sorted.sort(type::compare);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                assertThat(type.compare(sorted.get(i), sorted.get(j))).as(sorted.get(i) + " before " + sorted.get(j))
                        .isNegative();
            }
        }
    }

    @Test
    void writesKeysAsBsonAndReadsEqualKeysBack() {
        for (KeyValue key : KEYS) {
            WriteBuffer buffer = new WriteBuffer();
            type.write(buffer, key);
            ByteBuffer written = buffer.getBuffer().flip();

            assertThat(written.get(0)).isEqualTo(IndexKeyType.BSON_TAG);
            KeyValue read = type.read(written);
            assertThat(read).isEqualTo(key);
            assertThat(type.compare(read, key)).isZero();
            assertThat(written.remaining()).isZero();
        }
    }

    @Test
    void readsKeysThatTheFormerFormatWrote() {
        WriteBuffer buffer = new WriteBuffer();
        KeyValue key = new KeyValue("HT-2022", "18100", "cau ho do");
        new ObjectDataType().write(buffer, key);

        assertThat(type.read(buffer.getBuffer().flip())).isEqualTo(key);
    }

    @Test
    void findsEveryKeyOfAMapOfThousandsInItsOrder() {
        MVStore store = MVStore.open(null);
        MVMap<KeyValue, Object> map = store.openMap("index", new MVMap.Builder<KeyValue, Object>()
                .keyType(type));
        for (int i = 0; i < 5_000; i++) {
            map.put(new KeyValue("HT-2022", "18" + (i % 97), "cong trinh " + i), i);
        }
        for (int i = 0; i < 5_000; i++) {
            assertThat(map.get(new KeyValue("HT-2022", "18" + (i % 97), "cong trinh " + i))).isEqualTo(i);
        }
        assertThat(map.get(new KeyValue("HT-2022", "18" + 1, "cong trinh 0"))).isNull();
        store.close();
    }
}
