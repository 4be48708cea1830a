package vn.campaign.api.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The type of an uploaded file is decided from its bytes, against the allow-list. */
class FileInspectorTest {

    private final FileInspector inspector = new FileInspector(ArchiveLimits.EVIDENCE);

    @Test
    void acceptsEachAllowedTypeFromItsBytesWithItsSizeAndDigest() throws Exception {
        assertAccepted("ảnh.jpg", EvidenceFiles.jpeg(5000), EvidenceType.JPEG);
        assertAccepted("ảnh.JPEG", EvidenceFiles.jpeg(5000), EvidenceType.JPEG);
        assertAccepted("sơ đồ.png", EvidenceFiles.png(3000), EvidenceType.PNG);
        assertAccepted("ảnh.webp", EvidenceFiles.webp(3000), EvidenceType.WEBP);
        assertAccepted("biên bản.pdf", EvidenceFiles.pdf(3000), EvidenceType.PDF);
        assertAccepted("biên bản.docx", EvidenceFiles.docx(), EvidenceType.DOCX);
    }

    @Test
    void acceptsAFileWithoutExtensionAsTheTypeItsBytesShow() throws Exception {
        assertAccepted("ảnh khánh thành", EvidenceFiles.jpeg(2000), EvidenceType.JPEG);
    }

    @Test
    void refusesALinuxExecutableNamedLikeAPhoto() throws Exception {
        assertRefused("ảnh.jpg", EvidenceFiles.elf(), EvidenceProblem.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAWindowsExecutableNamedLikeAPhoto() throws Exception {
        assertRefused("ảnh.jpg", EvidenceFiles.windowsExecutable(), EvidenceProblem.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAJpegThatDeclaresItselfAPdf() throws Exception {
        Inspection.Refused refused = assertRefused("biên bản.pdf", EvidenceFiles.jpeg(3000),
                EvidenceProblem.FILE_TYPE_MISMATCH);

        assertThat(refused.message().en()).contains("biên bản.pdf", ".pdf", "image/jpeg", ".jpg");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        assertRefused("bảng.docx", EvidenceFiles.xlsxLike(), EvidenceProblem.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAZipBombInsideAWordDocumentBeforeInflatingItAll() throws Exception {
        byte[] bomb = EvidenceFiles.docxBomb();

        Inspection.Refused refused = assertRefused("biên bản.docx", bomb, EvidenceProblem.FILE_UNSAFE);

        assertThat(bomb.length).as("the bomb is small").isLessThan(200_000);
        assertThat(refused.message().en()).contains("times its size");
    }

    @Test
    void refusesADocxWithMoreEntriesThanTheLimit() throws Exception {
        FileInspector strict = new FileInspector(new ArchiveLimits(2, 100L << 20, 100, 1 << 20));

        Inspection inspection = strict.inspect("biên bản.docx", () -> new ByteArrayInputStream(EvidenceFiles.docx()));

        assertThat(inspection).isInstanceOfSatisfying(Inspection.Refused.class,
                r -> assertThat(r.problem()).isEqualTo(EvidenceProblem.FILE_UNSAFE));
    }

    @Test
    void refusesADamagedWordDocument() throws Exception {
        byte[] docx = EvidenceFiles.docx();
        byte[] damaged = java.util.Arrays.copyOf(docx, 60);

        Inspection inspection = inspector.inspect("biên bản.docx", () -> new ByteArrayInputStream(damaged));

        assertThat(inspection).isInstanceOf(Inspection.Refused.class);
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertRefused("ảnh.jpg", new byte[0], EvidenceProblem.FILE_EMPTY);
    }

    @Test
    void refusesPlainText() throws Exception {
        assertRefused("ghi chú.pdf", "Biên bản khánh thành".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                EvidenceProblem.FILE_TYPE_NOT_ALLOWED);
    }

    private void assertAccepted(String name, byte[] bytes, EvidenceType type) throws IOException,
            NoSuchAlgorithmException {
        Inspection inspection = inspector.inspect(name, () -> new ByteArrayInputStream(bytes));

        assertThat(inspection).as(name).isInstanceOfSatisfying(Inspection.Accepted.class, accepted -> {
            assertThat(accepted.type()).isEqualTo(type);
            assertThat(accepted.size()).isEqualTo(bytes.length);
        });
        String expected;
        expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(((Inspection.Accepted) inspection).sha256().hex()).isEqualTo(expected);
    }

    private Inspection.Refused assertRefused(String name, byte[] bytes, EvidenceProblem problem) throws IOException {
        Inspection inspection = inspector.inspect(name, () -> new ByteArrayInputStream(bytes));

        assertThat(inspection).as(name).isInstanceOf(Inspection.Refused.class);
        Inspection.Refused refused = (Inspection.Refused) inspection;
        assertThat(refused.problem()).as(name).isEqualTo(problem);
        assertThat(refused.message().vi()).contains(name);
        assertThat(refused.message().en()).contains(name);
        return refused;
    }
}
