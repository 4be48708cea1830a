package vn.campaign.importer.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The code tables of the legacy encodings, loaded once from
 * {@code vietnamese-legacy-encodings.txt} next to this class, plus the upper half of Windows-1258
 * taken from the JDK.
 *
 * <p>Legacy bytes are handled as the characters a spreadsheet shows for them: byte {@code 0xNN} in
 * the range {@code 0xA0–0xFF} is the character {@code U+00NN}.
 */
final class EncodingTables {

    /** The resource that holds the TCVN3 and VNI tables. */
    static final String RESOURCE = "vietnamese-legacy-encodings.txt";

    private static final int TCVN3_LETTERS = 74;
    private static final int VNI_LETTERS = 134;

    private static final EncodingTables INSTANCE = load();

    private final char[] tcvn3ToUnicode;
    private final Map<Character, Character> unicodeToTcvn3;
    private final Map<String, Character> vniToUnicode;
    private final Map<Character, String> unicodeToVni;
    private final Set<String> vniPairs;
    private final char[] windows1258ToUnicode;
    private final Map<Character, Character> unicodeToWindows1258;
    private final Set<Character> windows1258LowerHalf;

    private EncodingTables(char[] tcvn3ToUnicode, Map<String, Character> vniToUnicode) {
        this.tcvn3ToUnicode = tcvn3ToUnicode;
        Map<Character, Character> tcvn3Inverse = new HashMap<>();
        for (int b = 0; b < tcvn3ToUnicode.length; b++) {
            if (tcvn3ToUnicode[b] != 0) {
                tcvn3Inverse.put(tcvn3ToUnicode[b], (char) b);
            }
        }
        this.unicodeToTcvn3 = Collections.unmodifiableMap(tcvn3Inverse);
        this.vniToUnicode = Collections.unmodifiableMap(vniToUnicode);
        Map<Character, String> vniInverse = new HashMap<>();
        vniToUnicode.forEach((bytes, letter) -> vniInverse.put(letter, bytes));
        this.unicodeToVni = Collections.unmodifiableMap(vniInverse);
        Set<String> pairs = new HashSet<>();
        for (String bytes : vniToUnicode.keySet()) {
            if (bytes.length() == 2) {
                pairs.add(bytes);
            }
        }
        this.vniPairs = Collections.unmodifiableSet(pairs);
        this.windows1258ToUnicode = windows1258UpperHalf();
        Map<Character, Character> w1258Inverse = new HashMap<>();
        for (int b = 0xA0; b <= 0xFF; b++) {
            w1258Inverse.put(windows1258ToUnicode[b], (char) b);
        }
        this.unicodeToWindows1258 = Collections.unmodifiableMap(w1258Inverse);
        this.windows1258LowerHalf = Collections.unmodifiableSet(windows1258LowerHalfChars());
    }

    /**
     * The tables, loaded on first use.
     *
     * @return the shared instance
     */
    static EncodingTables get() {
        return INSTANCE;
    }

    /**
     * The Unicode letter of a TCVN3 code.
     *
     * @param c a character standing for a byte
     * @return the letter, or {@code 0} when {@code c} is not a TCVN3 letter code
     */
    char tcvn3Letter(char c) {
        return c < tcvn3ToUnicode.length ? tcvn3ToUnicode[c] : 0;
    }

    /**
     * The TCVN3 code of a Unicode letter.
     *
     * @param letter an NFC letter
     * @return the code as a character, or {@code null} when TCVN3 has no code for it
     */
    @Nullable Character tcvn3Code(char letter) {
        return unicodeToTcvn3.get(letter);
    }

    /**
     * The Unicode letter of a VNI sequence of one or two bytes.
     *
     * @param bytes the bytes as characters
     * @return the letter, or {@code null} when the sequence is not in the table
     */
    @Nullable Character vniLetter(String bytes) {
        return vniToUnicode.get(bytes);
    }

    /**
     * The VNI bytes of a Unicode letter.
     *
     * @param letter an NFC letter
     * @return the bytes as characters, or {@code null} when VNI has no code for it
     */
    @Nullable String vniCode(char letter) {
        return unicodeToVni.get(letter);
    }

    /**
     * Whether a character lies where VNI puts its mark bytes and single-byte letters
     * ({@code 0xC0–0xFC}); a quick test before looking a sequence up.
     *
     * @param c a character standing for a byte
     * @return {@code true} inside that range
     */
    static boolean isVniMarkRange(char c) {
        return c >= '\u00C0' && c <= '\u00FC';
    }

    /**
     * The VNI sequences of two bytes (base letter and mark).
     *
     * @return the two-byte sequences
     */
    Set<String> vniPairs() {
        return vniPairs;
    }

    /**
     * Every Vietnamese letter outside ASCII (the letters the VNI table covers: all 134 of them).
     *
     * @return the letters
     */
    Set<Character> vietnameseLetters() {
        return unicodeToVni.keySet();
    }

    /**
     * The Unicode meaning of a Windows-1258 byte in {@code 0xA0–0xFF}.
     *
     * @param c a character standing for a byte
     * @return the meaning (possibly a combining tone mark), or {@code c} itself outside that range
     */
    char windows1258Char(char c) {
        return c >= 0xA0 && c <= 0xFF ? windows1258ToUnicode[c] : c;
    }

    /**
     * The Windows-1258 byte of a character whose byte lies in {@code 0xA0–0xFF}.
     *
     * @param c a Unicode character
     * @return the byte as a character, or {@code null} when the upper half has no byte for it
     */
    @Nullable Character windows1258Code(char c) {
        return unicodeToWindows1258.get(c);
    }

    /**
     * Whether Windows-1258 has a byte below {@code 0xA0} for a character (ASCII and the
     * punctuation of {@code 0x80–0x9F}, which Windows-1252 shares).
     *
     * @param c a Unicode character
     * @return {@code true} when the character is written unchanged
     */
    boolean windows1258LowerHalfHas(char c) {
        return c < '\u0080' || windows1258LowerHalf.contains(c);
    }

    private static Set<Character> windows1258LowerHalfChars() {
        byte[] bytes = new byte[0x20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        String decoded = new String(bytes, Charset.forName("windows-1258"));
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) != '\uFFFD') {
                chars.add(decoded.charAt(i));
            }
        }
        return chars;
    }

    private static char[] windows1258UpperHalf() {
        byte[] bytes = new byte[0x60];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xA0 + i);
        }
        String decoded = new String(bytes, Charset.forName("windows-1258"));
        char[] table = new char[0x100];
        for (int i = 0; i < bytes.length; i++) {
            table[0xA0 + i] = decoded.charAt(i);
        }
        return table;
    }

    private static EncodingTables load() {
        InputStream in = EncodingTables.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Resource " + RESOURCE + " is missing next to "
                    + EncodingTables.class.getName());
        }
        char[] tcvn3 = new char[0x100];
        Map<String, Character> vni = new LinkedHashMap<>();
        int tcvn3Count = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split(" ");
                if (fields[0].equals("tcvn3") && fields.length == 3) {
                    int code = Integer.parseInt(fields[1], 16);
                    tcvn3[code] = letter(fields[2], lineNumber);
                    tcvn3Count++;
                } else if (fields[0].equals("vni") && (fields.length == 3 || fields.length == 4)) {
                    StringBuilder bytes = new StringBuilder();
                    for (int i = 2; i < fields.length; i++) {
                        bytes.append((char) Integer.parseInt(fields[i], 16));
                    }
                    vni.put(bytes.toString(), letter(fields[1], lineNumber));
                } else {
                    throw new IllegalStateException(RESOURCE + " line " + lineNumber + " is malformed: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        if (tcvn3Count != TCVN3_LETTERS || vni.size() != VNI_LETTERS) {
            throw new IllegalStateException(RESOURCE + " holds " + tcvn3Count + " TCVN3 and " + vni.size()
                    + " VNI letters; expected " + TCVN3_LETTERS + " and " + VNI_LETTERS);
        }
        return new EncodingTables(tcvn3, vni);
    }

    private static char letter(String field, int lineNumber) {
        if (field.length() != 1) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": '" + field
                    + "' is not a single NFC character");
        }
        return field.charAt(0);
    }
}
