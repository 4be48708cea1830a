package vn.campaign.importer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;

class UnreadableFilesTest {

    @TempDir
    Path dir;

    private final RawWorkbookReader reader = new RawWorkbookReader(ReadLimits.defaults());

    private UnreadableFileException unreadable(Path file) {
        try {
            reader.read(file, new CollectingHandler());
        } catch (UnreadableFileException e) {
            return e;
        }
        throw new AssertionError("expected " + file.getFileName() + " to be unreadable");
    }

    @Test
    void refusesAnEncryptedWorkbookWithAClearMessage() {
        UnreadableFileException e = unreadable(Fixtures.path(FixtureGenerator.ENCRYPTED));
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.ENCRYPTED);
        assertThat(e.getMessage()).isEqualTo("encrypted.xlsx: the workbook is encrypted (protected by a password);"
                + " remove the password in Excel and save it again");
    }

    @Test
    void refusesATruncatedWorkbook() {
        UnreadableFileException e = unreadable(Fixtures.path(FixtureGenerator.TRUNCATED));
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.DAMAGED);
        assertThat(e.getMessage())
                .isEqualTo("truncated.xlsx: the file is truncated: its ZIP archive has no central directory");
    }

    @Test
    void refusesAnImageRenamedAsAWorkbook() {
        assertThat(unreadable(Fixtures.path(FixtureGenerator.RENAMED_BINARY)).problem())
                .isEqualTo(UnreadableFileException.Problem.NOT_A_SPREADSHEET);
    }

    @Test
    void refusesAWordDocumentRenamedAsAWorkbook() throws IOException {
        Path docx = dir.resolve("cong-van.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Công văn");
            document.write(out);
        }
        UnreadableFileException e = unreadable(docx);
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.NOT_A_SPREADSHEET);
        assertThat(e.getMessage()).startsWith("cong-van.xlsx: the file is an Office document but not an Excel workbook");
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws IOException {
        Path zip = dir.resolve("anh.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("xin chào".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        UnreadableFileException e = unreadable(zip);
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.DAMAGED);
        assertThat(e.getMessage()).startsWith("anh.xlsx: the file is damaged or not a valid Excel workbook");
    }

    @Test
    void refusesAnOle2FileThatIsNoWorkbook() throws IOException {
        Path ole2 = dir.resolve("bao-cao.xls");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                OutputStream out = Files.newOutputStream(ole2)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        UnreadableFileException e = unreadable(ole2);
        assertThat(e.problem()).isEqualTo(UnreadableFileException.Problem.NOT_A_SPREADSHEET);
        assertThat(e.getMessage()).isEqualTo("bao-cao.xls: the file is an OLE2 document (such as a Word .doc)"
                + " but not an Excel workbook");
    }

    @Test
    void namesTheFileInEveryMessageAndThePlaceWhereThereIsOne() {
        UnreadableFileException e = UnreadableFileException.at(UnreadableFileException.Problem.CELL_TOO_LONG,
                "works.xlsx", "Bắc Hà", 12, "C", "too long");
        assertThat(e.getMessage()).isEqualTo("works.xlsx, sheet \"Bắc Hà\", row 12, column C: too long");
        assertThat(e.sheet()).contains("Bắc Hà");
        assertThat(e.row()).hasValue(12);
        assertThat(e.column()).contains("C");
        assertThat(UnreadableFileException.of(UnreadableFileException.Problem.EMPTY, "a.csv", "empty").row()).isEmpty();
    }
}
