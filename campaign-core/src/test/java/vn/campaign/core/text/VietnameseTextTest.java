package vn.campaign.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    private static final String BAC_HA_NFC = Normalizer.normalize("Phường Bắc Hà", Normalizer.Form.NFC);
    private static final String BAC_HA_NFD = Normalizer.normalize("Phường Bắc Hà", Normalizer.Form.NFD);

    @Test
    void normalizeStoresDecomposedInputInComposedForm() {
        assertThat(BAC_HA_NFD).isNotEqualTo(BAC_HA_NFC).hasSizeGreaterThan(BAC_HA_NFC.length());

        String stored = VietnameseText.normalize(BAC_HA_NFD);

        assertThat(stored).isEqualTo(BAC_HA_NFC);
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void normalizeTrimsAndCollapsesSpacesTabsNewlinesAndNoBreakSpaces() {
        assertThat(VietnameseText.normalize("  Nhà\u00A0văn   hóa\tTDP\n5 ")).isEqualTo("Nhà văn hóa TDP 5");
    }

    @Test
    void normalizeKeepsCaseTonesAndPunctuation() {
        assertThat(VietnameseText.normalize("Lễ hội “Sen” – TP. Hà Tĩnh")).isEqualTo("Lễ hội “Sen” – TP. Hà Tĩnh");
    }

    @Test
    void normalizeOptionalTurnsNullAndBlankIntoNull() {
        assertThat(VietnameseText.normalizeOptional(null)).isNull();
        assertThat(VietnameseText.normalizeOptional("")).isNull();
        assertThat(VietnameseText.normalizeOptional(" \t\u00A0 ")).isNull();
        assertThat(VietnameseText.normalizeOptional("  Hồ  Bồng Sơn ")).isEqualTo("Hồ Bồng Sơn");
    }

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Phường Bắc Hà            | phuong bac ha
            PHƯỜNG BẮC HÀ            | phuong bac ha
            Phuong  Bac   Ha          | phuong bac ha
            Xã Đồng Môn              | xa dong mon
            đường Nguyễn Du           | duong nguyen du
            ĐĐ                       | dd
            P.Bắc Hà                 | p bac ha
            TP. Hà Tĩnh              | tp ha tinh
            Nhà văn hóa (TDP 5) - giai đoạn 2 | nha van hoa tdp 5 giai doan 2
            “Dạy tốt, học tốt”       | day tot hoc tot
            Tổ dân phố 05            | to dan pho 05
            """)
    void foldIgnoresCaseTonesDStrokePunctuationAndSpacing(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "every form of {1} folds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ | a
            eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ             | e
            iìíỉĩịIÌÍỈĨỊ                         | i
            oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ | o
            uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ             | u
            yỳýỷỹỵYỲÝỶỸỴ                         | y
            đĐdD                                 | d
            """)
    void foldTakesEveryVowelAndDToItsBaseLetter(String forms, String base) {
        assertThat(VietnameseText.fold(forms)).isEqualTo(base.repeat(forms.length()));
    }

    @Test
    void foldGivesTheSameKeyForComposedAndDecomposedInput() {
        assertThat(VietnameseText.fold(BAC_HA_NFD)).isEqualTo(VietnameseText.fold(BAC_HA_NFC)).isEqualTo("phuong bac ha");
    }

    @Test
    void foldOfPunctuationAndSpacesOnlyIsEmpty() {
        assertThat(VietnameseText.fold(" ... – ")).isEmpty();
    }

    @Test
    void namesThatDifferOnlyInCaseTonesAndSpacingAreTheSameFolded() {
        assertThat(VietnameseText.sameFolded("Nhà văn hóa TDP 5", "NHA VAN HOA TDP  5")).isTrue();
        assertThat(VietnameseText.sameFolded("Nhà văn hóa TDP 5", "Nhà văn hóa TDP 6")).isFalse();
    }

    /** The table behind {@link VietnameseText#fold} must give what the definition gives, for every text. */
    @Test
    void theFastFoldAgreesWithTheDefinitionOnEveryCharacterAndOnRandomTexts() {
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            assertThat(VietnameseText.fold(one)).as("U+%04X", c).isEqualTo(VietnameseText.foldTheLongWay(one));
            String inWords = "Ab" + one + "ĐƯỜNG " + one + one + " x";
            assertThat(VietnameseText.fold(inWords)).as("U+%04X in words", c)
                    .isEqualTo(VietnameseText.foldTheLongWay(inWords));
        }
        String alphabet = "aăâbdđeêioôơuưyAĂÂĐEÊOÔƠUƯY0123456789 ,.-/()\t\u00A0\u0300\u0301\u0303\u0309\u0323"
                + "\u0306\u0302\u031B\u1EA0\u1EF9\u01A0\u01AF\u03A3\u03C3\u0130\u00DF\uFB01\u2160\u00BD";
        java.util.Random random = new java.util.Random(32);
        for (int i = 0; i < 200_000; i++) {
            String sample = randomText(random, alphabet, 12);
            assertThat(VietnameseText.fold(sample)).as("%s", sample).isEqualTo(VietnameseText.foldTheLongWay(sample));
        }
    }

    /** A text that is already tidy comes back as it is; any other is tidied exactly as the definition says. */
    @Test
    void normalizeAgreesWithItsDefinitionOnRandomTexts() {
        String alphabet = "aăâđêôơưAĐƯ0 ,\t\n\r\u000B\f\u00A0\u2003\u001F\u0300\u0301\u0323\u0302\u1EA0";
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 200_000; i++) {
            String sample = randomText(random, alphabet, 10);
            String expected = Normalizer.normalize(sample, Normalizer.Form.NFC).replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ").strip();
            assertThat(VietnameseText.normalize(sample)).as("%s", sample).isEqualTo(expected);
        }
    }

    /** A text of up to {@code maxLength - 1} characters drawn from the alphabet. */
    private static String randomText(java.util.Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int j = 0; j < length; j++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
