package vn.campaign.importer.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The kind parser looks for whole words of a folded text without building padded strings: it finds a phrase exactly
 * where {@code (" " + text + " ").contains(" " + phrase + " ")} does.
 */
class KindWordsTest {

    @Test
    void aPhraseIsFoundExactlyWhereThePaddedTextContainsIt() {
        List<String> phrases = List.of("khanh thanh", "khoi cong", "le", "hoi", "le hoi", "a", "thanh", " le", "");
        String[] words = {"khanh", "thanh", "khoi", "cong", "le", "hoi", "a", "ab", "ba", "ole", "leh", ""};
        Random random = new Random(16);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(6);
            for (int j = 0; j < count; j++) {
                text.append(j == 0 ? "" : random.nextInt(8) == 0 ? "  " : " ")
                        .append(words[random.nextInt(words.length)]);
            }
            String folded = text.toString();
            for (String phrase : phrases) {
                assertThat(KindParser.containsWords(folded, phrase)).as("'%s' in '%s'", phrase, folded)
                        .isEqualTo((" " + folded + " ").contains(" " + phrase + " "));
            }
        }
    }
}
