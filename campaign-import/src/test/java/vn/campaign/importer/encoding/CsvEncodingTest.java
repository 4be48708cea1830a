package vn.campaign.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvEncodingTest {

    @Test
    void refusesAnUnknownCharsetABlankEvidenceAndAnImpossibleByteOrderMark() {
        assertThatThrownBy(() -> new CsvEncoding("ISO-8859-15", "because", 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO-8859-15");
        assertThatThrownBy(() -> new CsvEncoding("UTF-8", " ", 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidence");
        assertThatThrownBy(() -> new CsvEncoding("UTF-8", "because", 1, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("byte order mark");
    }

    @Test
    void readsPastTheByteOrderMarkAndComposesEachValue() throws IOException {
        String nfd = Normalizer.normalize("Phường Bắc Hà", Normalizer.Form.NFD);
        byte[] bytes = ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8);
        CsvEncoding encoding = CsvCharsets.decide(bytes);

        String read;
        try (Reader reader = encoding.reader(new ByteArrayInputStream(bytes))) {
            char[] chars = new char[64];
            read = new String(chars, 0, reader.read(chars));
        }

        assertThat(encoding.byteOrderMarkBytes()).isEqualTo(3);
        assertThat(read).isEqualTo(nfd);
        assertThat(encoding.text(read)).isEqualTo("Phường Bắc Hà");
    }

    @Test
    void keepsEveryLegacyByteIncludingThoseWindows1252LeavesUndefined() throws IOException {
        String tcvn3 = LegacyText.encode("Nhà văn hóa", TextEncoding.TCVN3);
        byte[] bytes = (tcvn3 + "\n" + tcvn3 + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] withUndefined = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, withUndefined, 0, bytes.length);
        withUndefined[bytes.length] = (byte) 0x81;
        CsvEncoding encoding = CsvCharsets.decide(withUndefined);

        StringBuilder read = new StringBuilder();
        try (Reader reader = encoding.reader(new ByteArrayInputStream(withUndefined))) {
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                read.append((char) c);
            }
        }

        assertThat(encoding.charset()).isEqualTo(CsvCharsets.WINDOWS_1252);
        assertThat(encoding.composes()).isFalse();
        assertThat(read.toString()).isEqualTo(tcvn3 + "\n" + tcvn3 + "\n\u0081");
    }

    @Test
    void aTallyOfSamplesOneByOneVotesAsTheVoteOverAllOfThem() {
        List<String> samples = List.of(LegacyText.encode("Lễ hội Văn Miếu", TextEncoding.TCVN3),
                LegacyText.encode("Nhà văn hóa", TextEncoding.VNI), "Đường Hà Huy Tập", "", "TDP 5",
                LegacyText.encode("Khánh thành cầu", TextEncoding.TCVN3));
        EncodingVoteTally tally = new EncodingVoteTally();
        samples.forEach(tally::add);

        assertThat(tally.vote()).isEqualTo(LegacyText.vote(samples));
        assertThat(tally.vote().encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(tally.vote().evidence()).contains("of 6 samples 2 show TCVN3 letters, 1 show VNI letters");
    }
}
