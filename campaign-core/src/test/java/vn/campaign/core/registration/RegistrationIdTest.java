package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pins the hand-written id check to the regular expression it replaced, and the generator of random ids to
 * what {@code UUID.randomUUID()} gave: version-4 UUIDs, lower case, never the same twice.
 */
class RegistrationIdTest {

    /** The format the check was written from. */
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void randomIdsAreVersionFourUuidsInLowerCase() {
        for (int i = 0; i < 3 * RandomIds.IDS_PER_DRAW; i++) {
            String id = RegistrationId.random().value();

            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            assertThat(FORMAT.matcher(id).matches()).isTrue();
        }
    }

    @Test
    void randomIdsAreNeverTheSameAcrossDrawsAndKeys() {
        RandomIds ids = new RandomIds();
        Set<String> seen = new HashSet<>();
        int count = RandomIds.IDS_PER_KEY + 3 * RandomIds.IDS_PER_DRAW;

        for (int i = 0; i < count; i++) {
            seen.add(ids.next());
        }

        assertThat(seen).hasSize(count);
    }

    @Test
    void everyRandomBitVariesAcrossIds() {
        RandomIds ids = new RandomIds();
        long[] ones = new long[128];
        int count = 4_000;
        for (int i = 0; i < count; i++) {
            UUID uuid = UUID.fromString(ids.next());
            for (int bit = 0; bit < 64; bit++) {
                ones[bit] += (uuid.getMostSignificantBits() >>> bit) & 1;
                ones[64 + bit] += (uuid.getLeastSignificantBits() >>> bit) & 1;
            }
        }

        List<Integer> fixed = List.of(12, 13, 14, 15, 64 + 62, 64 + 63); // the version's and the variant's bits
        for (int bit = 0; bit < 128; bit++) {
            if (fixed.contains(bit)) {
                assertThat(ones[bit]).as("bit %d", bit).isIn(0L, (long) count);
            } else {
                // a fair bit is set 2,000 ± 32 times (one standard deviation); 1,750 is more than 7 of them away
                assertThat(ones[bit]).as("bit %d", bit).isBetween(1_750L, 2_250L);
            }
        }
    }

    @Test
    void theCheckAcceptsWhatTheRegularExpressionAccepts() {
        Random random = new Random(16);
        List<String> texts = new ArrayList<>(List.of("", "-", "0", "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                "00000000-0000-0000-0000-0000000000000", "00000000-0000-0000-0000-00000000000",
                "000000000-000-0000-0000-000000000000", "00000000_0000_0000_0000_000000000000",
                "0000000０-0000-0000-0000-000000000000", "0000000٣-0000-0000-0000-000000000000"));
        String alphabet = "0123456789abcdefgABCDEFxyz-_ G٣０\n";
        for (int i = 0; i < 2_000; i++) {
            char[] id = UUID.randomUUID().toString().toCharArray();
            id[random.nextInt(id.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            texts.add(new String(id));
            texts.add(new String(id, 0, random.nextInt(id.length)));
            texts.add(new String(id) + alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(UUID.randomUUID().toString());
        }

        for (String text : texts) {
            assertThat(RegistrationId.isWellFormed(text)).as(text).isEqualTo(FORMAT.matcher(text).matches());
        }
    }

    @Test
    void anIdThatIsNoLowerCaseUuidIsRefused() {
        assertThatThrownBy(() -> new RegistrationId("1E7B0A43-2C17-4261-A149-7302C633D856"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case UUID");
        assertThat(new RegistrationId("1e7b0a43-2c17-4261-a149-7302c633d856").value())
                .isEqualTo("1e7b0a43-2c17-4261-a149-7302c633d856");
    }
}
