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
}
