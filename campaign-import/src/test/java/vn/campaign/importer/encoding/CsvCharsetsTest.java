package vn.campaign.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CsvCharsetsTest {

    private static final String CSV = "Đơn vị,Công trình\nPhường Bắc Hà,Khánh thành nhà văn hóa\nXã Thạch Hạ,Lễ hội Văn Miếu\n";

    @Test
    void readsUtf8WithoutByteOrderMark() {
        DecodedBytes decoded = CsvCharsets.decode(CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.evidence()).contains("valid UTF-8");
    }

    @Test
    void readsUtf8AndDropsTheByteOrderMark() {
        DecodedBytes decoded = CsvCharsets.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.evidence()).contains("byte order mark EF BB BF");
    }

    @Test
    void normalisesDecomposedUtf8ToNfc() {
        String nfd = Normalizer.normalize(CSV, Normalizer.Form.NFD);

        DecodedBytes decoded = CsvCharsets.decode(nfd.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.evidence()).contains("normalised to NFC");
    }

    @Test
    void callsAsciiOnlyBytesUtf8() {
        DecodedBytes decoded = CsvCharsets.decode("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.evidence()).contains("ASCII only");
    }

    @Test
    void decodesWindows1258BytesToNfc() {
        // "Phường Bắc Hà" as Windows-1258 writes it: ư ơ ă as precomposed bytes, tones as combining bytes.
        byte[] bytes = {'P', 'h', (byte) 0xFD, (byte) 0xF5, (byte) 0xCC, 'n', 'g', ' ', 'B', (byte) 0xE3, (byte) 0xEC,
            'c', ' ', 'H', 'a', (byte) 0xCC};

        DecodedBytes decoded = CsvCharsets.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Phường Bắc Hà")
                .matches(text -> Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertThat(decoded.charset()).isEqualTo("windows-1258");
        assertThat(decoded.evidence()).contains("byte 0xFD at offset 2 is not valid UTF-8", "NFC");
    }

    @Test
    void decodesAWholeWindows1258File() {
        byte[] bytes = LegacyText.encode(CSV, TextEncoding.WINDOWS_1258).getBytes(StandardCharsets.ISO_8859_1);

        DecodedBytes decoded = CsvCharsets.decode(bytes);

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset()).isEqualTo("windows-1258");
    }

    @Test
    void keepsTcvn3BytesAsTheCharactersASpreadsheetShowsSoTheyCanBeConverted() {
        String tcvn3 = LegacyFixtures.tcvn3(CSV, true);
        byte[] bytes = tcvn3.getBytes(StandardCharsets.ISO_8859_1);

        DecodedBytes decoded = CsvCharsets.decode(bytes);

        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.text()).isEqualTo(tcvn3);
        assertThat(decoded.evidence()).contains("TCVN3");
        assertThat(LegacyText.decode(decoded.text(), TextEncoding.TCVN3_UPPER))
                .isEqualTo(CSV.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void keepsVniBytesAsTheCharactersASpreadsheetShows() {
        String vni = LegacyFixtures.vni(CSV);

        DecodedBytes decoded = CsvCharsets.decode(vni.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(LegacyText.decode(decoded.text(), TextEncoding.VNI)).isEqualTo(CSV);
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));

        DecodedBytes decoded = CsvCharsets.decode(bytes);

        assertThat(decoded.text()).isEqualTo(CSV);
        assertThat(decoded.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void reportsMalformedBytesAfterAUtf8ByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};

        DecodedBytes decoded = CsvCharsets.decode(bytes);

        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo("a\uFFFD");
        assertThat(decoded.evidence()).contains("offset 4", "U+FFFD");
    }

    @Test
    void readsAnEmptyFileAsUtf8() {
        assertThat(CsvCharsets.decode(new byte[0]).text()).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
