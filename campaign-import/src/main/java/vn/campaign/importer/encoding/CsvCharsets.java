package vn.campaign.importer.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
 */
public final class CsvCharsets {

    /** The name reported for bytes read as Windows-1258. */
    public static final String WINDOWS_1258 = "windows-1258";
    /** The name reported for legacy font bytes kept as Windows-1252 characters. */
    public static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1258 = Charset.forName(WINDOWS_1258);

    private CsvCharsets() {
    }

    /**
     * Decodes the bytes of a CSV file.
     *
     * @param bytes the whole file
     * @return the text (NFC, without byte order mark), the charset's name and the evidence
     */
    public static DecodedBytes decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            byte[] body = Arrays.copyOfRange(bytes, 3, bytes.length);
            Malformed malformed = firstMalformedUtf8(body);
            if (malformed == null) {
                return utf8(body, "byte order mark EF BB BF and valid UTF-8");
            }
            return new DecodedBytes(LegacyText.nfc(new String(body, StandardCharsets.UTF_8)), "UTF-8",
                    "byte order mark EF BB BF, but " + malformed.describe(3)
                            + "; malformed sequences were replaced with U+FFFD");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedBytes(LegacyText.nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)),
                    "UTF-16LE", "byte order mark FF FE (UTF-16 little-endian, Excel's Unicode text)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedBytes(LegacyText.nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)),
                    "UTF-16BE", "byte order mark FE FF (UTF-16 big-endian)");
        }
        Malformed malformed = firstMalformedUtf8(bytes);
        if (malformed == null) {
            return utf8(bytes, isAscii(bytes) ? "ASCII only, which is valid UTF-8" : "valid UTF-8 without byte order mark");
        }
        String notUtf8 = "not UTF-8: " + malformed.describe(0);
        String asShown = windows1252View(bytes);
        EncodingVote vote = LegacyText.vote(List.of(asShown.split("\r\n|\r|\n", -1)));
        if (vote.encoding() != TextEncoding.UNICODE) {
            return new DecodedBytes(asShown, WINDOWS_1252, notUtf8 + "; lines vote " + vote.encoding() + " ("
                    + vote.evidence() + "): bytes kept as Windows-1252 characters for the legacy text decoder");
        }
        String decoded = new String(bytes, CP1258);
        long undefined = decoded.chars().filter(c -> c == '\uFFFD').count();
        String evidence = notUtf8 + "; no TCVN3 or VNI letters, decoded as Windows-1258 and normalised to NFC";
        if (undefined > 0) {
            evidence += "; " + undefined + " bytes undefined in Windows-1258 became U+FFFD";
        }
        return new DecodedBytes(LegacyText.nfc(decoded), WINDOWS_1258, evidence);
    }

    private static DecodedBytes utf8(byte[] bytes, String evidence) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String nfc = LegacyText.nfc(text);
        return new DecodedBytes(nfc, "UTF-8", nfc.equals(text) ? evidence : evidence + "; normalised to NFC");
    }

    /**
     * The characters a Windows-1252 spreadsheet program shows for the bytes; the five bytes Windows-1252
     * leaves undefined become the C1 controls of the same value, so that no byte is lost.
     */
    private static String windows1252View(byte[] bytes) {
        String decoded = new String(bytes, Charset.forName(WINDOWS_1252));
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            out.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
        }
        return out.toString();
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

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Malformed firstMalformedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Malformed(in.position(), bytes[in.position()] & 0xFF);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Malformed(in.position(), in.position() < bytes.length ? bytes[in.position()] & 0xFF : -1);
        }
        return null;
    }

    private record Malformed(int offset, int value) {
        String describe(int skipped) {
            return value < 0
                    ? "truncated UTF-8 sequence at the end"
                    : String.format(Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8", value, offset + skipped);
        }
    }
}
