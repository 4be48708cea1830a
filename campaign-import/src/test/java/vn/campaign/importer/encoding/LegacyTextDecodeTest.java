package vn.campaign.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.FieldSource;

class LegacyTextDecodeTest {

    static final List<String> PHRASES = LegacyFixtures.PHRASES;

    @Test
    void decodesTcvn3BytesAsExcelShowsThem() {
        assertThat(LegacyText.decode("Ph\u00ADêng B¾c Hµ", TextEncoding.TCVN3)).isEqualTo("Phường Bắc Hà");
    }

    @Test
    void readsSoftHyphenAsTcvn3LetterU() {
        assertThat(LegacyText.decode("\u00AD", TextEncoding.TCVN3)).isEqualTo("ư");
        assertThat(LegacyText.decode("Tr\u00AD\u00EAng", TextEncoding.TCVN3)).isEqualTo("Trường");
    }

    @Test
    void hasSeventyFourTcvn3LetterCodesAllBetweenA1AndFE() {
        Set<Character> codes = new HashSet<>();
        for (String letter : LegacyFixtures.vietnameseLetters()) {
            if (Character.isLowerCase(letter.charAt(0)) || "ĂÂÊÔƠƯĐ".contains(letter)) {
                String code = LegacyText.encode(letter, TextEncoding.TCVN3);
                assertThat(code).as(letter).hasSize(1);
                codes.add(code.charAt(0));
            }
        }
        assertThat(codes).hasSize(74).allSatisfy(c -> assertThat((int) c).isBetween(0xA1, 0xFE));
    }

    @Test
    void sharesTheByteOfYAcuteWithLatin1() {
        assertThat(LegacyText.decode("\u00FD", TextEncoding.TCVN3)).isEqualTo("ý");
    }

    @Test
    void keepsAsciiUnchangedInTcvn3() {
        String ascii = "UBND xa Thach Ha, 2022: 15 cong trinh (100%)";
        assertThat(LegacyText.decode(ascii, TextEncoding.TCVN3)).isEqualTo(ascii);
    }

    @Test
    void givesCapitalCodesOnlyToTheSevenLettersThatHaveThem() {
        assertThat(LegacyText.decode("¡¢£¤¥¦§", TextEncoding.TCVN3)).isEqualTo("ĂÂÊÔƠƯĐ");
    }

    @Test
    void upperCasesTcvn3TextOfAnHFont() {
        assertThat(LegacyText.decode("§¶NG Bé THµNH PHè Hµ TÜNH", TextEncoding.TCVN3_UPPER))
                .isEqualTo("ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH");
        assertThat(LegacyText.decode("§¶ng bé", TextEncoding.TCVN3_UPPER)).isEqualTo("ĐẢNG BỘ");
    }

    @Test
    void corruptsRealUnicodeWhenReadAsTcvn3WhichIsWhyEvidenceIsNeeded() {
        assertThat(LegacyText.decode("á â ê ô é ó", TextEncoding.TCVN3)).isEqualTo("ỏ õ ờ ụ ộ ú");
    }

    @Test
    void readsVniCapitalOWithCircumflexAsOHorn() {
        assertThat(LegacyText.decode("Ô", TextEncoding.VNI)).isEqualTo("Ơ");
        assertThat(LegacyText.decode("ô", TextEncoding.VNI)).isEqualTo("ơ");
        assertThat(LegacyText.decode("OÂ", TextEncoding.VNI)).isEqualTo("Ô");
        assertThat(LegacyText.decode("CHÔÏ", TextEncoding.VNI)).isEqualTo("CHỢ");
    }

    @Test
    void decodesVniByLongestMatch() {
        assertThat(LegacyText.decode("Phöôøng Baéc Haø", TextEncoding.VNI)).isEqualTo("Phường Bắc Hà");
        assertThat(LegacyText.decode("ñöôøng", TextEncoding.VNI)).isEqualTo("đường");
        assertThat(LegacyText.decode("ÔØ", TextEncoding.VNI)).isEqualTo("Ờ");
        assertThat(LegacyText.decode("Ñ", TextEncoding.VNI)).isEqualTo("Đ");
    }

    @Test
    void keepsVniMarkBytesThatFollowNoBaseLetter() {
        assertThat(LegacyText.decode("x\u00F9", TextEncoding.VNI)).isEqualTo("x\u00F9");
    }

    @Test
    void readsVniSingleByteIAndYLetters() {
        assertThat(LegacyText.decode("\u00ED\u00EC\u00E6\u00F3\u00F2\u00EE", TextEncoding.VNI)).isEqualTo("íìỉĩịỵ");
        assertThat(LegacyText.decode("\u00CD\u00CC\u00C6\u00D3\u00D2\u00CE", TextEncoding.VNI)).isEqualTo("ÍÌỈĨỊỴ");
    }

    @Test
    void decodesWindows1258CharactersToNfc() {
        String shown = "Ph\u00FD\u00F5\u00CCng B\u00E3\u00ECc Ha\u00CC";
        String decoded = LegacyText.decode(shown, TextEncoding.WINDOWS_1258);
        assertThat(decoded).isEqualTo("Phường Bắc Hà");
        assertThat(Normalizer.isNormalized(decoded, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TextEncoding.class)
    void returnsNfcForEveryEncoding(TextEncoding encoding) {
        String decomposed = Normalizer.normalize("Lê\u0303 hô\u0323i", Normalizer.Form.NFD);
        assertThat(LegacyText.decode(decomposed, encoding))
                .matches(text -> Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    @Test
    void encodesEveryVietnameseLetterInTcvn3AsTheReferenceTableDoes() {
        for (String letter : LegacyFixtures.vietnameseLetters()) {
            String encoded = LegacyFixtures.tcvn3(letter, true);
            assertThat(LegacyText.encode(letter, TextEncoding.TCVN3_UPPER)).as(letter).isEqualTo(encoded);
            assertThat(LegacyText.decode(encoded, TextEncoding.TCVN3_UPPER)).as(letter)
                    .isEqualTo(letter.toUpperCase(java.util.Locale.ROOT));
            if (!Character.isUpperCase(letter.charAt(0)) || "ĂÂÊÔƠƯĐ".contains(letter)) {
                assertThat(LegacyText.encode(letter, TextEncoding.TCVN3)).as(letter).isEqualTo(encoded);
                assertThat(LegacyText.decode(encoded, TextEncoding.TCVN3)).as(letter).isEqualTo(letter);
            }
        }
    }

    @Test
    void encodesEveryVietnameseLetterInVniAsItsCompositionRulesDo() {
        assertThat(LegacyFixtures.vietnameseLetters()).hasSize(134);
        for (String letter : LegacyFixtures.vietnameseLetters()) {
            String encoded = LegacyFixtures.vni(letter);
            assertThat(LegacyText.encode(letter, TextEncoding.VNI)).as(letter).isEqualTo(encoded);
            assertThat(LegacyText.decode(encoded, TextEncoding.VNI)).as(letter).isEqualTo(letter);
        }
    }

    @Test
    void putsEveryVniMarkByteBetweenC0AndFC() {
        for (String letter : LegacyFixtures.vietnameseLetters()) {
            String encoded = LegacyText.encode(letter, TextEncoding.VNI);
            char last = encoded.charAt(encoded.length() - 1);
            if (encoded.length() == 2) {
                assertThat(encoded.charAt(0)).as(letter).isIn('a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y',
                        '\u00F4', '\u00F6', '\u00D4', '\u00D6');
                assertThat((int) last).as(letter).isBetween(0xC0, 0xFC);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("PHRASES")
    void roundTripsRealPhrasesThroughTcvn3UpperCaseFont(String phrase) {
        String encoded = LegacyFixtures.tcvn3(phrase, true);
        assertThat(LegacyText.encode(phrase, TextEncoding.TCVN3_UPPER)).isEqualTo(encoded);
        assertThat(LegacyText.decode(encoded, TextEncoding.TCVN3_UPPER))
                .isEqualTo(phrase.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @FieldSource("PHRASES")
    void roundTripsRealPhrasesThroughVni(String phrase) {
        String encoded = LegacyFixtures.vni(phrase);
        assertThat(LegacyText.encode(phrase, TextEncoding.VNI)).isEqualTo(encoded);
        assertThat(LegacyText.decode(encoded, TextEncoding.VNI)).isEqualTo(phrase);
    }

    @ParameterizedTest
    @FieldSource("PHRASES")
    void roundTripsRealPhrasesThroughWindows1258(String phrase) {
        String encoded = LegacyText.encode(phrase, TextEncoding.WINDOWS_1258);
        assertThat(encoded.chars()).allMatch(c -> c <= 0xFF);
        assertThat(LegacyText.decode(encoded, TextEncoding.WINDOWS_1258)).isEqualTo(phrase);
    }

    @Test
    void roundTripsMixedCasePhrasesThroughTcvn3() {
        for (String phrase : List.of("Phường Bắc Hà", "Xã Thạch Hạ", "Lễ hội Văn Miếu", "Khánh thành nhà văn hóa")) {
            String encoded = LegacyFixtures.tcvn3(phrase, false);
            assertThat(LegacyText.encode(phrase, TextEncoding.TCVN3)).isEqualTo(encoded);
            assertThat(LegacyText.decode(encoded, TextEncoding.TCVN3)).isEqualTo(phrase);
        }
    }

    @Test
    void refusesToWriteCapitalsWithToneMarksInPlainTcvn3() {
        assertThatThrownBy(() -> LegacyText.encode("ĐẢNG", TextEncoding.TCVN3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Ả' (U+1EA2) at index 1 has no TCVN3 code")
                .hasMessageContaining("TCVN3_UPPER");
    }

    @Test
    void refusesToWriteCharactersThatWouldReadBackAsOthers() {
        assertThatThrownBy(() -> LegacyText.encode("Señor", TextEncoding.VNI))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ñ' (U+00F1) at index 2");
        assertThatThrownBy(() -> LegacyText.encode("Tµi", TextEncoding.TCVN3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'µ' (U+00B5) at index 1");
    }

    @Test
    void writesWindows1258WithPrecomposedVowelsAndCombiningTones() {
        assertThat(LegacyText.encode("ấ", TextEncoding.WINDOWS_1258)).isEqualTo("\u00E2\u00EC");
        assertThat(LegacyText.encode("ộ", TextEncoding.WINDOWS_1258)).isEqualTo("\u00F4\u00F2");
        assertThat(LegacyText.encode("á", TextEncoding.WINDOWS_1258)).isEqualTo("\u00E1");
        assertThat(LegacyText.encode("đ", TextEncoding.WINDOWS_1258)).isEqualTo("\u00F0");
    }
}
