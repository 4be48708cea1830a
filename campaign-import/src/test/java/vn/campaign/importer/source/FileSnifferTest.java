package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;

class FileSnifferTest {

    @TempDir
    Path dir;

    @Test
    void takesAZipArchiveForAnXlsxWorkbook() {
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.WORKS_UNICODE))).isEqualTo(FileType.XLSX);
    }

    @Test
    void takesAnOle2FileForAnXlsWorkbook() {
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.WORKS_LEGACY_XLS))).isEqualTo(FileType.XLS);
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.ENCRYPTED))).isEqualTo(FileType.XLS);
    }

    @Test
    void takesTextForCsvWhateverItsCharset() {
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.EVENTS_UTF8_BOM))).isEqualTo(FileType.CSV);
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.EVENTS_WINDOWS_1258))).isEqualTo(FileType.CSV);
        assertThat(FileSniffer.sniff(Fixtures.path(FixtureGenerator.EVENTS_TCVN3))).isEqualTo(FileType.CSV);
        byte[] utf16 = "\uFEFFSTT\tTên công trình\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(FileSniffer.sniff("unicode.txt", utf16)).isEqualTo(FileType.CSV);
    }

    @Test
    void goesByTheBytesNotByTheExtension() throws IOException {
        Path workbookNamedCsv = dir.resolve("cong-trinh.csv");
        Files.copy(Fixtures.path(FixtureGenerator.WORKS_UNICODE), workbookNamedCsv);
        assertThat(FileSniffer.sniff(workbookNamedCsv)).isEqualTo(FileType.XLSX);
        Path csvNamedXlsx = dir.resolve("su-kien.xlsx");
        Files.copy(Fixtures.path(FixtureGenerator.EVENTS_UTF8), csvNamedXlsx);
        assertThat(FileSniffer.sniff(csvNamedXlsx)).isEqualTo(FileType.CSV);
    }

    @Test
    void refusesAnImageRenamedAsAWorkbook() {
        assertThatThrownBy(() -> FileSniffer.sniff(Fixtures.path(FixtureGenerator.RENAMED_BINARY)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.NOT_A_SPREADSHEET);
                    assertThat(e.getMessage()).isEqualTo("renamed-binary.xlsx: the file is neither an Excel workbook"
                            + " (.xlsx, .xls) nor CSV text; it begins with bytes 89 50 4E 47");
                });
    }

    @Test
    void refusesBinaryBytesWithControlCharacters() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> FileSniffer.sniff("noise.csv", bytes)).isInstanceOfSatisfying(
                UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.NOT_A_SPREADSHEET));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThatThrownBy(() -> FileSniffer.sniff(empty)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.EMPTY);
            assertThat(e.getMessage()).isEqualTo("empty.xlsx: the file is empty");
        });
    }
}
