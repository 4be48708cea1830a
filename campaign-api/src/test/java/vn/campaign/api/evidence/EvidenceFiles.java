package vn.campaign.api.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files for the evidence tests, made in memory: genuine signatures of each accepted type (with random bytes
 * after them, so that two files differ), and hostile ones.
 */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** A JPEG: SOI, a JFIF APP0 segment, noise, EOI. */
    static byte[] jpeg(int size) {
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01,
            0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00};
        return padded(head, size, new byte[] {(byte) 0xFF, (byte) 0xD9});
    }

    /** A PNG: its signature and an IHDR chunk, then noise. */
    static byte[] png(int size) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R',
            0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x02, 0x00, 0x00, 0x00};
        return padded(head, size, new byte[0]);
    }

    /** A WebP: a RIFF container of type WEBP with a VP8 chunk. */
    static byte[] webp(int size) {
        byte[] head = ascii("RIFF\0\0\0\0WEBPVP8 ");
        return padded(head, size, new byte[0]);
    }

    /** A PDF: its header, noise in a comment, its trailer. */
    static byte[] pdf(int size) {
        return padded(ascii("%PDF-1.7\n%"), size, ascii("\n%%EOF\n"));
    }

    /** A Word document: the OOXML parts a reader needs. */
    static byte[] docx() {
        return zip(new String[] {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}, new byte[][] {
            ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ascii("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"/>"),
            ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>Biên bản khánh thành " + ThreadLocalRandom.current().nextLong()
                    + "</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)});
    }

    /** A spreadsheet's parts in a zip: an OOXML package, but not a Word document. */
    static byte[] xlsxLike() {
        return zip(new String[] {"[Content_Types].xml", "xl/workbook.xml"},
                new byte[][] {ascii("<Types/>"), ascii("<workbook/>")});
    }

    /** A Word document carrying 40 MiB of zeros in one entry: a zip bomb of about 40 KB. */
    static byte[] docxBomb() {
        return zip(new String[] {"[Content_Types].xml", "word/document.xml", "word/media/image1.bin"},
                new byte[][] {ascii("<Types/>"), ascii("<w:document/>"), new byte[40 * 1024 * 1024]});
    }

    /** A Linux executable: the ELF magic and header bytes. */
    static byte[] elf() {
        byte[] head = {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3E, 0x00};
        return padded(head, 4096, new byte[0]);
    }

    /** A Windows executable: an MZ header pointing at a PE signature. */
    static byte[] windowsExecutable() {
        byte[] pe = new byte[4096];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3C] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        byte[] noise = random(pe.length - 0x100);
        System.arraycopy(noise, 0, pe, 0x100, noise.length);
        return pe;
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static byte[] padded(byte[] head, int size, byte[] tail) {
        byte[] bytes = Arrays.copyOf(head, Math.max(size, head.length + tail.length));
        byte[] noise = random(bytes.length - head.length - tail.length);
        System.arraycopy(noise, 0, bytes, head.length, noise.length);
        System.arraycopy(tail, 0, bytes, bytes.length - tail.length, tail.length);
        return bytes;
    }

    private static byte[] zip(String[] names, byte[][] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
