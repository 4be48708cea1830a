package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names uploaded files are kept under. */
class EvidenceFileNameTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "../../x.jpg | x.jpg",
        "C:\\\\Users\\\\cb\\\\x.jpg | x.jpg",
        "/etc/passwd | passwd",
        "..\\\\..\\\\boot.ini | boot.ini",
        "Ảnh khánh thành Nhà văn hóa TDP 5.jpg | Ảnh khánh thành Nhà văn hóa TDP 5.jpg",
        ".htaccess | htaccess",
    })
    void dropsPathsAndCharactersThatHaveNoPlaceInAName(String sent, String kept) {
        assertThat(EvidenceFileName.clean(sent)).isEqualTo(kept);
    }

    @Test
    void replacesCharactersWindowsRefusesInNames() {
        assertThat(EvidenceFileName.clean("a<b>c:d\"e|f?g*h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @Test
    void removesControlAndBidirectionalCharacters() {
        assertThat(EvidenceFileName.clean("ảnh\u0000\u0007 lễ\u202Egpj.exe")).isEqualTo("ảnh lễgpj.exe");
    }

    @Test
    void composesDecomposedVietnameseLetters() {
        String decomposed = "A\u0309nh.jpg";

        assertThat(EvidenceFileName.clean(decomposed)).isEqualTo("Ảnh.jpg");
    }

    @Test
    void givesANameToAFileSentWithoutAUsableOne() {
        assertThat(EvidenceFileName.clean(null)).isEqualTo(EvidenceFileName.FALLBACK);
        assertThat(EvidenceFileName.clean("../")).isEqualTo(EvidenceFileName.FALLBACK);
        assertThat(EvidenceFileName.clean("\u0001\u0002")).isEqualTo(EvidenceFileName.FALLBACK);
    }

    @Test
    void shortensALongNameKeepingItsExtension() {
        String cleaned = EvidenceFileName.clean("ả".repeat(400) + ".jpg");

        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(EvidenceFileName.MAX_LENGTH);
        assertThat(cleaned).endsWith(".jpg");
    }

    @Test
    void addsTheExtensionOfTheDetectedTypeToANameWithout() {
        assertThat(EvidenceFileName.withExtension("ảnh lễ khánh thành", EvidenceType.JPEG))
                .isEqualTo("ảnh lễ khánh thành.jpg");
        assertThat(EvidenceFileName.withExtension("biên bản.pdf", EvidenceType.PDF)).isEqualTo("biên bản.pdf");
    }
}
