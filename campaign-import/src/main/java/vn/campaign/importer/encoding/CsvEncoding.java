package vn.campaign.importer.encoding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * How the bytes of a CSV file become text, as {@link CsvCharsets#decide} found it: the charset's name and
 * the evidence for the report, how many bytes of byte order mark to skip, and whether the texts are then
 * composed to NFC. Read a file with {@link #reader} and pass each value through {@link #text}.
 *
 * @param charset            the name reported: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
 *                           {@value CsvCharsets#WINDOWS_1258} or {@value CsvCharsets#WINDOWS_1252}
 * @param evidence           why, in words
 * @param byteOrderMarkBytes the bytes at the start that are a byte order mark (0, 2 or 3)
 * @param composes           whether values are composed to NFC ({@code false} only for legacy font bytes
 *                           kept as Windows-1252 characters, which the legacy decoder converts later)
 */
public record CsvEncoding(String charset, String evidence, int byteOrderMarkBytes, boolean composes) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException when a component is {@code null}
     * @throws IllegalArgumentException when the charset is not one of the five, the evidence is blank or
     *     the byte order mark length is not 0, 2 or 3
     *
     * @param charset the name reported: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@value CsvCharsets#WINDOWS_1258} or {@value CsvCharsets#WINDOWS_1252}
     * @param evidence why, in words
     * @param byteOrderMarkBytes the bytes at the start that are a byte order mark (0, 2 or 3)
     * @param composes whether values are composed to NFC ({@code false} only for legacy font bytes kept as Windows-1252 characters, which the legacy decoder converts later)
     */
    public CsvEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(evidence, "evidence");
        if (!List.of("UTF-8", "UTF-16LE", "UTF-16BE", CsvCharsets.WINDOWS_1258, CsvCharsets.WINDOWS_1252)
                .contains(charset)) {
            throw new IllegalArgumentException("unknown CSV charset " + charset);
        }
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("evidence must not be blank");
        }
        if (byteOrderMarkBytes != 0 && byteOrderMarkBytes != 2 && byteOrderMarkBytes != 3) {
            throw new IllegalArgumentException("a byte order mark has 0, 2 or 3 bytes, not " + byteOrderMarkBytes);
        }
    }

    /**
     * The text of a file's bytes: skips the byte order mark and decodes the rest; bytes the charset does
     * not define become U+FFFD (or, for legacy font bytes, the C1 control of the same value).
     *
     * @param bytes the file's bytes from the start; closed with the reader
     * @return a reader of the text, not composed (see {@link #text})
     * @throws IOException when the byte order mark cannot be skipped
     */
    public Reader reader(InputStream bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        bytes.skipNBytes(byteOrderMarkBytes);
        if (CsvCharsets.WINDOWS_1252.equals(charset)) {
            return new Windows1252View(bytes);
        }
        return new InputStreamReader(bytes, Charset.forName(charset));
    }

    /**
     * A decoded value as the importer keeps it: composed to NFC unless the charset keeps legacy bytes.
     * Composing value by value gives what composing the whole text would: delimiters, quotes and line
     * breaks combine with no mark.
     *
     * @param decoded a value read through {@link #reader}
     * @return the value to keep
     */
    public String text(String decoded) {
        return composes ? LegacyText.nfc(decoded) : decoded;
    }
}
