package vn.campaign.importer.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells the type of a file from its first bytes, never from its name: a ZIP archive is an
 * {@link FileType#XLSX}, an OLE2 compound file an {@link FileType#XLS} (or an encrypted xlsx, which
 * {@link RawWorkbookReader} refuses), and text — including UTF-16 text with its byte order mark — is
 * {@link FileType#CSV}. Anything else — an image, a
 * PDF, random bytes — is refused.
 */
public final class FileSniffer {

    /** How many leading bytes are examined to tell text from binary data. */
    public static final int SNIFF_BYTES = 8192;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};

    private FileSniffer() {
    }

    /**
     * The type of a file, from its first bytes.
     *
     * @param file a file
     * @return its type
     * @throws UnreadableFileException when the file is empty, cannot be read, or is neither a workbook
     *                                 nor text
     */
    public static FileType sniff(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, name,
                    "the file could not be read: " + e.getMessage(), e);
        }
        return sniff(name, head);
    }

    /**
     * The type of a file, from its first bytes.
     *
     * @param fileName the file name, used only in error messages
     * @param head     the first bytes of the file ({@value #SNIFF_BYTES} are enough), or all of it
     * @return its type
     * @throws UnreadableFileException when there are no bytes, or they are neither a workbook nor text
     */
    public static FileType sniff(String fileName, byte[] head) {
        if (head.length == 0) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.EMPTY, fileName, "the file is empty");
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return FileType.XLSX;
        }
        if (startsWith(head, OLE2)) {
            return FileType.XLS;
        }
        if (startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) {
            return FileType.CSV;
        }
        int controls = 0;
        int length = Math.min(head.length, SNIFF_BYTES);
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                throw notText(fileName, head);
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls * 100 > length) {
            throw notText(fileName, head);
        }
        return FileType.CSV;
    }

    private static UnreadableFileException notText(String fileName, byte[] head) {
        StringBuilder hex = new StringBuilder();
        for (byte b : Arrays.copyOf(head, Math.min(head.length, 4))) {
            hex.append(String.format("%02X ", b & 0xFF));
        }
        return UnreadableFileException.of(UnreadableFileException.Problem.NOT_A_SPREADSHEET, fileName,
                "the file is neither an Excel workbook (.xlsx, .xls) nor CSV text; it begins with bytes "
                        + hex.toString().strip());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
