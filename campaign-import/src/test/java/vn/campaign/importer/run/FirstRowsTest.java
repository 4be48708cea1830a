package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pins the in-file duplicate check's index to the map of keys it replaced: the same first row for every key,
 * through growth and through keys whose hashes are equal.
 */
class FirstRowsTest {

    @Test
    void findsTheFirstRowOfEveryKeyAsAMapOfTheKeysDoes() {
        Random random = new Random(16);
        // "Aa" and "BB" have the same hash: names made of them collide, in pairs and across units
        String[] pieces = {"Aa", "BB", "nha van hoa ", "cong chao ", "to dan pho "};
        String[] units = {"18073", "18076", "18079", "Aa", "BB"};
        FirstRows index = new FirstRows();
        Map<List<String>, Integer> expected = new HashMap<>();
        List<List<String>> keyAt = new ArrayList<>();

        for (int position = 0; position < 50_000; position++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(4); i >= 0; i--) {
                name.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> key = List.of(units[random.nextInt(units.length)], name.toString());
            keyAt.add(key);

            int first = index.putIfAbsent(key.get(0), key.get(1), position,
                    (at, unit, folded) -> keyAt.get(at).equals(List.of(unit, folded)));

            Integer known = expected.putIfAbsent(key, position);
            assertThat(first).as("%s at %d", key, position).isEqualTo(known == null ? -1 : known);
        }
        assertThat(expected).hasSizeGreaterThan(1_000);
    }

    @Test
    void forgetsEveryKeyWhenCleared() {
        FirstRows index = new FirstRows();
        FirstRows.Keys keys = (at, unit, folded) -> true;
        index.putIfAbsent("18073", "nha van hoa", 0, keys);

        index.clear();

        assertThat(index.putIfAbsent("18073", "nha van hoa", 7, keys)).isEqualTo(-1);
        assertThat(index.putIfAbsent("18073", "nha van hoa", 8, keys)).isEqualTo(7);
    }
}
