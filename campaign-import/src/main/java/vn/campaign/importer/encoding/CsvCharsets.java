package vn.campaign.importer.encoding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides how the bytes of a CSV file become text.
 *
 * <p>In order: a UTF-8 byte order mark means UTF-8; a UTF-16 byte order mark means UTF-16 (Excel's
 * "Unicode text"); bytes that are valid UTF-8 are UTF-8; anything else was written in an 8-bit code
 * page. Among those, bytes that show TCVN3 or VNI letters (the vote of {@link LegacyText#vote}
 * over the lines) are kept as their Windows-1252 characters, exactly as a spreadsheet would show them,
 * so that {@link LegacyText} can convert them column by column; all other bytes are read as
 * Windows-1258, whose combining tone marks are then composed (NFC).
 *
 * <p>{@link #decide(Path)} streams the file, holding one block and one line at a time, so a file of any
 * size is decided in a small heap; the file is then read through {@link CsvEncoding#reader}.
 */
public final class CsvCharsets {

    /** The name reported for bytes read as Windows-1258. */
    public static final String WINDOWS_1258 = "windows-1258";
    /** The name reported for legacy font bytes kept as Windows-1252 characters. */
    public static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1258 = Charset.forName(WINDOWS_1258);
    private static final int BLOCK = 1 << 16;
    /** The bytes Windows-1258 leaves undefined. */
    private static final boolean[] UNDEFINED_IN_1258 = new boolean[256];

    static {
        byte[] all = new byte[256];
        for (int b = 0; b < 256; b++) {
            all[b] = (byte) b;
        }
        String decoded = new String(all, CP1258);
        for (int b = 0; b < 256; b++) {
            UNDEFINED_IN_1258[b] = decoded.charAt(b) == '\uFFFD';
        }
    }

    /** Opens the bytes from the start, as often as the decision needs to read them. */
    @FunctionalInterface
    private interface Bytes {
        InputStream open() throws IOException;
    }

    private CsvCharsets() {
    }

    /**
     * Decides how a file's bytes become text, reading it once or twice as a stream.
     *
     * @param file the CSV file
     * @return the charset, the evidence and how to read the file
     * @throws IOException when the file cannot be read
     */
    public static CsvEncoding decide(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return decide(() -> Files.newInputStream(file));
    }

    /**
     * Decides how bytes held in memory become text.
     *
     * @param bytes the whole file
     * @return the charset, the evidence and how to read the bytes
     */
    public static CsvEncoding decide(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return decide(() -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes the bytes of a CSV file held in memory, as {@link #decide(byte[])} and
     * {@link CsvEncoding#reader} read them.
     *
     * @param bytes the whole file
     * @return the text (NFC unless legacy font bytes are kept, without byte order mark), the charset's name
     *     and the evidence
     */
    public static DecodedBytes decode(byte[] bytes) {
        CsvEncoding encoding = decide(bytes);
        StringWriter text = new StringWriter(bytes.length);
        try (Reader reader = encoding.reader(new ByteArrayInputStream(bytes))) {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DecodedBytes(encoding.text(text.toString()), encoding.charset(), encoding.evidence());
    }

    private static CsvEncoding decide(Bytes source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(3);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            Utf8Scan scan = scanUtf8(source, 3);
            if (scan.malformed() == null) {
                return utf8(3, "byte order mark EF BB BF and valid UTF-8", scan);
            }
            return new CsvEncoding("UTF-8", "byte order mark EF BB BF, but " + scan.malformed().describe()
                    + "; malformed sequences were replaced with U+FFFD", 3, true);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvEncoding("UTF-16LE", "byte order mark FF FE (UTF-16 little-endian, Excel's Unicode text)",
                    2, true);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvEncoding("UTF-16BE", "byte order mark FE FF (UTF-16 big-endian)", 2, true);
        }
        Utf8Scan scan = scanUtf8(source, 0);
        if (scan.malformed() == null) {
            return utf8(0, scan.ascii() ? "ASCII only, which is valid UTF-8" : "valid UTF-8 without byte order mark",
                    scan);
        }
        String notUtf8 = "not UTF-8: " + scan.malformed().describe();
        EncodingVoteTally lines = new EncodingVoteTally();
        long undefined = 0;
        try (InputStream in = source.open()) {
            byte[] block = new byte[BLOCK];
            StringBuilder line = new StringBuilder();
            boolean afterReturn = false;
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                for (int i = 0; i < read; i++) {
                    int b = block[i] & 0xFF;
                    if (UNDEFINED_IN_1258[b]) {
                        undefined++;
                    }
                    // lines end at \r\n, \r or \n
                    if (b == '\n' && afterReturn) {
                        afterReturn = false;
                        continue;
                    }
                    afterReturn = b == '\r';
                    if (b == '\n' || b == '\r') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append(Windows1252View.shown(b));
                    }
                }
            }
            lines.add(line.toString());
        }
        EncodingVote vote = lines.vote();
        if (vote.encoding() != TextEncoding.UNICODE) {
            return new CsvEncoding(WINDOWS_1252, notUtf8 + "; lines vote " + vote.encoding() + " ("
                    + vote.evidence() + "): bytes kept as Windows-1252 characters for the legacy text decoder", 0,
                    false);
        }
        String evidence = notUtf8 + "; no TCVN3 or VNI letters, decoded as Windows-1258 and normalised to NFC";
        if (undefined > 0) {
            evidence += "; " + undefined + " bytes undefined in Windows-1258 became U+FFFD";
        }
        return new CsvEncoding(WINDOWS_1258, evidence, 0, true);
    }

    private static CsvEncoding utf8(int byteOrderMark, String evidence, Utf8Scan scan) {
        return new CsvEncoding("UTF-8", scan.composed() ? evidence : evidence + "; normalised to NFC", byteOrderMark,
                true);
    }

    /**
     * What one pass over the bytes as UTF-8 found: the first malformed sequence, whether every byte is
     * ASCII, and whether every line is already composed (NFC).
     */
    private record Utf8Scan(@Nullable Malformed malformed, boolean ascii, boolean composed) {
    }

    private static Utf8Scan scanUtf8(Bytes source, int skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
        CharBuffer chars = CharBuffer.allocate(BLOCK);
        LineCheck lines = new LineCheck();
        long before = skip;
        try (InputStream in = source.open()) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    lines.scan(chars);
                } while (result.isOverflow());
                if (result.isError()) {
                    long offset = before + bytes.position();
                    return new Utf8Scan(new Malformed(offset, bytes.get(bytes.position()) & 0xFF), false, false);
                }
                before += bytes.position();
                bytes.compact();
            }
            CoderResult flushed = decoder.flush(chars);
            lines.scan(chars);
            if (flushed.isError()) {
                return new Utf8Scan(new Malformed(before, -1), false, false);
            }
        }
        lines.end();
        return new Utf8Scan(null, lines.ascii, lines.composed);
    }

    /**
     * Checks decoded text line by line: whether it is all ASCII, and whether each line that holds a
     * character from U+0300 on (below it every text is already composed) is NFC. A line break never
     * combines with a mark, so lines can be checked apart.
     */
    private static final class LineCheck {
        private final StringBuilder line = new StringBuilder();
        private boolean lineNeedsCheck;
        private boolean ascii = true;
        private boolean composed = true;

        /** Takes the decoded characters out of the buffer. */
        void scan(CharBuffer chars) {
            chars.flip();
            int start = chars.position();
            int limit = chars.limit();
            for (int i = start; i < limit; i++) {
                char c = chars.get(i);
                if (c >= 0x80) {
                    ascii = false;
                    if (c >= 0x300) {
                        lineNeedsCheck = true;
                    }
                }
                if (c == '\n') {
                    if (composed && lineNeedsCheck) {
                        line.append(chars, start - chars.position(), i - chars.position());
                        end();
                    }
                    line.setLength(0);
                    lineNeedsCheck = false;
                    start = i + 1;
                }
            }
            if (composed) {
                line.append(chars, start - chars.position(), limit - chars.position());
                if (line.length() > BLOCK * 4 && !lineNeedsCheck) {
                    line.setLength(0);
                }
            }
            chars.clear();
        }

        void end() {
            if (composed && lineNeedsCheck && !Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                composed = false;
            }
        }
    }

    private record Malformed(long offset, int value) {
        String describe() {
            return value < 0
                    ? "truncated UTF-8 sequence at the end"
                    : String.format(Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8", value, offset);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
