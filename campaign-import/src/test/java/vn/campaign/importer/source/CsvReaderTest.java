package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.encoding.LegacyText;
import vn.campaign.importer.encoding.TextEncoding;

/** CSV files are streamed: a long file is handed over as it is parsed, and decided as a whole. */
class CsvReaderTest {

    private static final int ROWS = CsvReader.VOTE_WINDOW * 2 + 500;

    @TempDir
    Path dir;

    @Test
    void handsRowsOverBeforeTheEndOfALongFileIsParsed() throws IOException {
        StringBuilder text = new StringBuilder("STT,Tên công trình\n");
        for (int i = 1; i < ROWS; i++) {
            text.append(i).append(",Nhà văn hóa số ").append(i).append('\n');
        }
        text.append(ROWS).append(",\"never closed\n");
        Path file = Files.writeString(dir.resolve("long.csv"), text, StandardCharsets.UTF_8);
        List<Integer> seen = new ArrayList<>();
        RawSheetHandler handler = new RawSheetHandler() {
            @Override
            public void startSheet(SheetInfo sheet) {
                seen.add(0);
            }

            @Override
            public void row(RawRow row) {
                seen.add(row.number());
            }

            @Override
            public void endSheet() {
                seen.add(-1);
            }
        };

        assertThatThrownBy(() -> new RawWorkbookReader(ReadLimits.defaults()).read(file, handler))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.DAMAGED);
                    assertThat(e.row()).hasValue(ROWS + 1);
                });
        // the sheet began and every good row arrived before the bad record at the end was parsed
        assertThat(seen).startsWith(0, 1, 2).hasSize(ROWS + 1).doesNotContain(-1);
        assertThat(seen.get(ROWS)).isEqualTo(ROWS);
    }

    @Test
    void votesEachColumnFromItsFirstTextsAndTheVoteHoldsForTheWholeFile() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= ROWS; i++) {
            text.append(i).append(',').append(LegacyText.encode("Nhà văn hóa thôn Đồng Môn " + i, TextEncoding.TCVN3))
                    .append('\n');
        }
        Path file = TestFiles.utf8(dir.resolve("tcvn3.csv"), "");
        write(file, text.toString().getBytes(StandardCharsets.ISO_8859_1));

        CollectingHandler handler = new CollectingHandler();
        new RawWorkbookReader(ReadLimits.defaults()).read(file, handler);

        CollectingHandler.Sheet sheet = handler.sheets().get(0);
        assertThat(sheet.info().charset()).isEqualTo("windows-1252");
        assertThat(sheet.info().columnVotes().get(1).encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(sheet.info().columnVotes().get(1).evidence()).contains("of 500 samples 500 show TCVN3");
        assertThat(sheet.rows()).hasSize(ROWS);
        String last = sheet.rows().get(ROWS - 1).cell(1).orElseThrow().text();
        assertThat(LegacyText.decode(last, TextEncoding.TCVN3)).isEqualTo("Nhà văn hóa thôn Đồng Môn " + ROWS);
    }

    @Test
    void composesEveryValueAndSaysSoEvenWhenOnlyTheLastLineIsDecomposed() {
        StringBuilder text = new StringBuilder("STT,Tên công trình\n");
        for (int i = 1; i < ROWS; i++) {
            text.append(i).append(",Nhà văn hóa ").append(i).append('\n');
        }
        text.append(ROWS).append(',').append(Normalizer.normalize("Đường Hà Huy Tập", Normalizer.Form.NFD));
        Path file = TestFiles.utf8(dir.resolve("late-nfd.csv"), text.toString());

        CollectingHandler handler = new CollectingHandler();
        new RawWorkbookReader(ReadLimits.defaults()).read(file, handler);

        CollectingHandler.Sheet sheet = handler.sheets().get(0);
        assertThat(sheet.info().charsetEvidence()).contains("valid UTF-8", "normalised to NFC");
        assertThat(sheet.rows()).hasSize(ROWS + 1);
        assertThat(sheet.rows().get(ROWS).cell(1).orElseThrow().text()).isEqualTo("Đường Hà Huy Tập");
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
