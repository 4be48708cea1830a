package vn.campaign.api.evidence;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.tika.io.TikaInputStream;
import org.jspecify.annotations.Nullable;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import vn.campaign.core.text.Message;

/**
 * Decides an uploaded file's type from its bytes, with Apache Tika's magic-byte detector (tika-core, no
 * parsers: nothing of the file is interpreted beyond its signature), against the {@link EvidenceType}
 * allow-list. The name does not decide anything: it is given to the detector by no means, and a name whose
 * extension says another type than the bytes is refused ({@link EvidenceProblem#FILE_TYPE_MISMATCH}), so that
 * what a user downloads opens as what its name says.
 *
 * <p>A zip archive is a Word document only if it holds {@code [Content_Types].xml} and
 * {@code word/document.xml}; it is read entry by entry, inflating into nothing, and refused at the first of
 * the {@link ArchiveLimits} crossed, so a zip bomb is refused after a bounded amount of work.
 */
public final class FileInspector {

    /**
     * Tika's detector, made on first use: reading its catalogue of types (an XML file of about a thousand types)
     * is the costliest part of creating the evidence beans, and only an upload needs it, so the service's start
     * does not wait for it (docs/performance.md, "Start-up").
     */
    private static final class Tika {

        static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();
        static final MediaTypeRegistry REGISTRY = DETECTOR.getMediaTypeRegistry();

        private Tika() {
        }
    }

    private final ArchiveLimits archiveLimits;

    /**
     * An inspector.
     *
     * @param archiveLimits the bounds on inflating a Word document
     */
    public FileInspector(ArchiveLimits archiveLimits) {
        this.archiveLimits = Objects.requireNonNull(archiveLimits, "archiveLimits");
    }

    /** Where the bytes of a file are read from, as many times as needed. */
    @FunctionalInterface
    public interface Content {
        /**
         * A new stream over the file's bytes, for the caller to close.
         *
         * @return the stream
         * @throws IOException when the file cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Inspects a file: its type, its digest and, for a Word document, its archive.
     *
     * @param fileName the cleaned name it was uploaded under, for messages and the extension check
     * @param content  its bytes
     * @return accepted with its type, size and digest, or refused with the reason
     * @throws IOException when the bytes cannot be read
     */
    public Inspection inspect(String fileName, Content content) throws IOException {
        MediaType detected;
        try (InputStream raw = content.open(); TikaInputStream in = TikaInputStream.get(raw)) {
            detected = Tika.DETECTOR.detect(in, new Metadata()).getBaseType();
        }
        MessageDigest digest = Sha256.digest();
        long size;
        try (InputStream raw = content.open(); DigestInputStream digesting = new DigestInputStream(raw, digest)) {
            size = digesting.transferTo(OutputStream.nullOutputStream());
        }
        if (size == 0) {
            return refused(EvidenceProblem.FILE_EMPTY, "Tệp “%s” rỗng (0 byte).", "The file \"%s\" is empty (0 bytes).",
                    fileName);
        }
        Optional<EvidenceType> type = EvidenceType.ofMediaType(detected.toString());
        if (type.isEmpty() && Tika.REGISTRY.isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
            Inspection.Refused refusal = inspectArchive(fileName, content, size);
            if (refusal != null) {
                return refusal;
            }
            type = Optional.of(EvidenceType.DOCX);
        }
        if (type.isEmpty()) {
            return refused(EvidenceProblem.FILE_TYPE_NOT_ALLOWED,
                    "Tệp “%s” có nội dung kiểu %s, không phải kiểu được nhận làm minh chứng (" + EvidenceType.accepted() + ").",
                    "The file \"%s\" holds %s, which is not accepted as evidence (" + EvidenceType.accepted() + ").",
                    fileName, detected.toString());
        }
        String extension = EvidenceFileName.extension(fileName);
        if (!extension.isEmpty() && !type.get().namedBy(extension)) {
            return refused(EvidenceProblem.FILE_TYPE_MISMATCH,
                    "Tên tệp “%s” có đuôi .%s nhưng nội dung là %s; hãy đặt đúng đuôi (.%s).",
                    "The file name \"%s\" ends in .%s but the file holds %s; name it with the right extension (.%s).",
                    fileName, extension.toLowerCase(Locale.ROOT), type.get().mediaType(), type.get().extension());
        }
        return new Inspection.Accepted(type.get(), size, Sha256.of(digest));
    }

    /** Nothing when the archive is a Word document within the limits, else why not. */
    private Inspection.@Nullable Refused inspectArchive(String fileName, Content content, long size) throws IOException {
        boolean contentTypes = false;
        boolean document = false;
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(content.open())) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > archiveLimits.maxEntries()) {
                    return unsafe(fileName, "có hơn " + archiveLimits.maxEntries() + " mục",
                            "holds more than " + archiveLimits.maxEntries() + " entries");
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                document |= entry.getName().equals("word/document.xml");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > archiveLimits.maxInflatedBytes()) {
                        return unsafe(fileName, "giải nén ra hơn " + archiveLimits.maxInflatedBytes() + " byte",
                                "inflates to more than " + archiveLimits.maxInflatedBytes() + " bytes");
                    }
                    if (inflated > archiveLimits.ratioFreeBytes() && inflated / archiveLimits.maxRatio() > size) {
                        return unsafe(fileName, "giải nén ra hơn " + archiveLimits.maxRatio() + " lần kích thước tệp",
                                "inflates to more than " + archiveLimits.maxRatio() + " times its size");
                    }
                }
            }
        } catch (ZipException | EOFException e) {
            return unsafe(fileName, "là tệp nén bị hỏng", "is a damaged zip archive");
        }
        if (!contentTypes || !document) {
            return refused(EvidenceProblem.FILE_TYPE_NOT_ALLOWED,
                    "Tệp “%s” là tệp nén nhưng không phải văn bản Word (.docx); chỉ nhận " + EvidenceType.accepted() + ".",
                    "The file \"%s\" is a zip archive but not a Word document (.docx); only " + EvidenceType.accepted()
                            + " are accepted.", fileName);
        }
        return null;
    }

    private static Inspection.Refused unsafe(String fileName, String whyVi, String whyEn) {
        return refused(EvidenceProblem.FILE_UNSAFE, "Tệp “%s” bị từ chối: nó " + whyVi + " (có thể là bom nén).",
                "The file \"%s\" is refused: it " + whyEn + " (possibly a zip bomb).", fileName);
    }

    private static Inspection.Refused refused(EvidenceProblem problem, String vi, String en, Object... args) {
        return new Inspection.Refused(problem, Message.format(vi, en, args));
    }
}
