package vn.campaign.importer.encoding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether spreadsheet text is in a legacy Vietnamese encoding and converts it to Unicode NFC.
 *
 * <p>A spreadsheet stores the bytes of TCVN3 and VNI text as the characters {@code U+00A0–U+00FF}:
 * a cell that shows {@code Ph\u00ADêng B¾c Hµ} in a {@code .VnTime} font holds "Phường Bắc Hà". The
 * evidence, strongest first:
 * <ol>
 *   <li>the font of the cell or of the text run: {@code .Vn…} is TCVN3, {@code .Vn…H} is TCVN3 drawn in
 *       capitals, {@code VNI-…} is VNI ({@link #fontEncoding(String)});</li>
 *   <li>a letter only Unicode has (ă đ ơ ư ĩ ũ in either case, U+1EA0–U+1EF9, or a combining mark of
 *       decomposed text) proves the text is Unicode, whatever its font says;</li>
 *   <li>without fonts, a vote over the samples of a column or sheet ({@link #vote(Collection)}).</li>
 * </ol>
 * Text without evidence is never converted: converting real Unicode as if it were TCVN3 corrupts
 * common letters (á becomes ỏ, ê becomes ờ).
 *
 * <p>The code tables (TCVN 5712:1993 and VNI-Windows as used by the UniKey converter) are read once
 * from the resource {@code vietnamese-legacy-encodings.txt} in this package. The soft hyphen
 * {@code U+00AD} is TCVN3's ư: callers must not strip it before decoding.
 */
public final class LegacyText {

    private LegacyText() {
    }

    /**
     * The encoding a font name announces.
     *
     * @param fontName a font name, or {@code null}
     * @return {@link TextEncoding#TCVN3} for names starting with {@code .Vn},
     *     {@link TextEncoding#TCVN3_UPPER} when such a name ends in {@code H} ({@code .VnTimeH}),
     *     {@link TextEncoding#VNI} for names starting with {@code VNI-} (any case), otherwise empty
     */
    public static Optional<TextEncoding> fontEncoding(@Nullable String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3) && name.length() > 3) {
            return Optional.of(name.endsWith("H") ? TextEncoding.TCVN3_UPPER : TextEncoding.TCVN3);
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) && name.length() > 4) {
            return Optional.of(TextEncoding.VNI);
        }
        return Optional.empty();
    }

    /**
     * Decides the encoding of one cell and decodes it.
     *
     * <p>The font name is the strongest evidence ({@code .Vn…} = TCVN3, {@code .Vn…H} = TCVN3 then
     * upper-cased, {@code VNI-…} = VNI), but a letter only Unicode has proves the text is already
     * Unicode, and it is then left unconverted. Without font evidence the text is left as it is
     * ({@link TextEncoding#UNICODE}); the evidence then says so, and mentions legacy-looking
     * characters so that the caller can decide with {@link #vote(Collection)}.
     *
     * @param raw the cell text exactly as stored
     * @param fontName the cell's font, or {@code null} when unknown
     * @return the decoded text (NFC), the encoding and the evidence
     */
    public static DecodedText decodeCell(String raw, @Nullable String fontName) {
        Objects.requireNonNull(raw, "raw");
        Optional<TextEncoding> fromFont = fontEncoding(fontName);
        int proof = EncodingSigns.unicodeProof(raw);
        if (proof >= 0) {
            String evidence = "contains " + describe(raw.charAt(proof)) + ", which only Unicode text has";
            if (fromFont.isPresent()) {
                evidence += ", although font " + quote(fontName) + " is a " + fontKind(fromFont.get())
                        + " font: left unconverted";
            }
            return new DecodedText(nfc(raw), TextEncoding.UNICODE, evidence);
        }
        if (fromFont.isPresent()) {
            TextEncoding encoding = fromFont.get();
            String evidence = "font " + quote(fontName) + " is a " + fontKind(encoding) + " font";
            if (!EncodingSigns.hasUpperHalf(raw)) {
                evidence += "; no legacy letter codes in the text";
            }
            return new DecodedText(decode(raw, encoding), encoding, evidence);
        }
        String evidence = fontName == null || fontName.isBlank()
                ? "no font evidence"
                : "font " + quote(fontName) + " is not a legacy Vietnamese font";
        int tcvn3 = EncodingSigns.tcvn3Signs(raw);
        int vni = EncodingSigns.vniSigns(raw);
        if (tcvn3 > 0 || vni > 0) {
            evidence += "; " + tcvn3 + " TCVN3-like and " + vni
                    + " VNI-like characters, not converted without a font or a column vote";
        } else {
            evidence += "; left as it is";
        }
        return new DecodedText(nfc(raw), TextEncoding.UNICODE, evidence);
    }

    /**
     * Decides the encoding of each run of a rich text cell and decodes them, for cells whose runs have
     * different fonts.
     *
     * <p>Each run is decided as {@link #decodeCell(String, String)} decides a cell. The encoding of the
     * result is the legacy encoding that converted the most characters, or
     * {@link TextEncoding#UNICODE} when no run was converted; the evidence lists every run.
     *
     * @param runs the runs in order
     * @return the decoded text of all runs (NFC), the main encoding and the evidence
     */
    public static DecodedText decodeRuns(List<TextRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) {
            return new DecodedText("", TextEncoding.UNICODE, "no text runs");
        }
        if (runs.size() == 1) {
            TextRun only = runs.get(0);
            return decodeCell(only.text(), only.fontName());
        }
        StringBuilder text = new StringBuilder();
        List<String> evidence = new ArrayList<>();
        Map<TextEncoding, Integer> convertedLength = new EnumMap<>(TextEncoding.class);
        for (int i = 0; i < runs.size(); i++) {
            TextRun run = runs.get(i);
            DecodedText decoded = decodeCell(run.text(), run.fontName());
            text.append(decoded.text());
            if (decoded.converted()) {
                convertedLength.merge(decoded.encoding(), run.text().length(), Integer::sum);
            }
            evidence.add("run " + (i + 1) + " " + decoded.encoding() + " (" + decoded.evidence() + ")");
        }
        TextEncoding main = convertedLength.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(TextEncoding.UNICODE);
        return new DecodedText(nfc(text.toString()), main, String.join("; ", evidence));
    }

    /**
     * Votes on the encoding of many samples that carry no font, such as the cells of a CSV column or
     * of a sheet without legacy fonts.
     *
     * <p>Each sample is classed by its characters: Unicode when it holds a letter only Unicode has,
     * otherwise TCVN3 or VNI by which kind of legacy sign it shows more of, otherwise no evidence.
     * TCVN3 or VNI wins only when more samples show it than show the other legacy encoding and than
     * prove Unicode; every other outcome is {@link TextEncoding#UNICODE}, which converts nothing.
     *
     * @param samples the raw texts, blanks allowed
     * @return the encoding voted for and the counts behind it
     */
    public static EncodingVote vote(Collection<String> samples) {
        Objects.requireNonNull(samples, "samples");
        EncodingVoteTally tally = new EncodingVoteTally();
        samples.forEach(tally::add);
        return tally.vote();
    }

    /**
     * Decodes one sample of a column that was voted on: the vote's encoding is applied unless the
     * sample itself proves to be Unicode.
     *
     * @param raw the raw text of the sample
     * @param vote the vote of its column
     * @return the decoded text (NFC), the encoding and the evidence
     */
    public static DecodedText decodeWithVote(String raw, EncodingVote vote) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(vote, "vote");
        if (vote.encoding() == TextEncoding.UNICODE) {
            return new DecodedText(nfc(raw), TextEncoding.UNICODE, "column vote: " + vote.evidence());
        }
        int proof = EncodingSigns.unicodeProof(raw);
        if (proof >= 0) {
            return new DecodedText(nfc(raw), TextEncoding.UNICODE, "contains " + describe(raw.charAt(proof))
                    + ", which only Unicode text has, although the column was voted " + vote.encoding()
                    + ": left unconverted");
        }
        return new DecodedText(decode(raw, vote.encoding()), vote.encoding(), "column vote: " + vote.evidence());
    }

    /**
     * Converts text whose encoding is known to Unicode NFC.
     *
     * <p>Characters that are not codes of the encoding are kept. {@link TextEncoding#TCVN3_UPPER} is
     * converted as TCVN3 and then upper-cased; {@link TextEncoding#VNI} is read by longest match (a base
     * letter with the mark byte after it when the pair is a VNI letter, otherwise the single byte);
     * {@link TextEncoding#WINDOWS_1258} reads {@code U+00A0–U+00FF} as Windows-1258 bytes.
     *
     * @param raw the text, legacy bytes as the characters {@code U+00A0–U+00FF}
     * @param encoding the encoding it is in
     * @return the Unicode text, NFC
     */
    public static String decode(String raw, TextEncoding encoding) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(encoding, "encoding");
        return switch (encoding) {
            case UNICODE -> nfc(raw);
            case TCVN3 -> nfc(fromTcvn3(raw));
            case TCVN3_UPPER -> nfc(fromTcvn3(raw).toUpperCase(Locale.ROOT));
            case VNI -> nfc(fromVni(raw));
            case WINDOWS_1258 -> nfc(fromWindows1258(raw));
        };
    }

    /**
     * Writes Unicode text in a legacy encoding, the way a legacy spreadsheet stores it (each byte
     * {@code 0xNN} of {@code 0xA0–0xFF} as the character {@code U+00NN}); for generating test files.
     *
     * <p>{@link TextEncoding#TCVN3} cannot write capitals with tone marks (TCVN3 has no codes for
     * them); {@link TextEncoding#TCVN3_UPPER} writes them with the lower-case codes that an {@code …H}
     * font draws as capitals, so decoding gives the text in upper case. {@link TextEncoding#UNICODE}
     * gives the NFC text.
     *
     * @param unicode the text to write
     * @param encoding the encoding to write it in
     * @return the encoded text, which {@link #decode(String, TextEncoding)} turns back into the NFC
     *     text (upper-cased for {@link TextEncoding#TCVN3_UPPER})
     * @throws IllegalArgumentException when a character cannot be written in that encoding, or would
     *     read back as another character
     */
    public static String encode(String unicode, TextEncoding encoding) {
        Objects.requireNonNull(unicode, "unicode");
        Objects.requireNonNull(encoding, "encoding");
        String text = nfc(unicode);
        String encoded = switch (encoding) {
            case UNICODE -> text;
            case TCVN3 -> toTcvn3(text, false);
            case TCVN3_UPPER -> toTcvn3(text, true);
            case VNI -> toVni(text);
            case WINDOWS_1258 -> toWindows1258(text);
        };
        String expected = encoding == TextEncoding.TCVN3_UPPER ? nfc(text.toUpperCase(Locale.ROOT)) : text;
        String back = decode(encoded, encoding);
        if (!back.equals(expected)) {
            int at = firstDifference(back, expected);
            throw new IllegalArgumentException("Cannot write \"" + unicode + "\" in " + encoding + ": "
                    + (at < expected.length() ? describe(expected.charAt(at)) : "its end") + " at index " + at
                    + " would read back as \"" + back + "\"");
        }
        return encoded;
    }

    private static String fromTcvn3(String raw) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char letter = tables.tcvn3Letter(c);
            out.append(letter != 0 ? letter : c);
        }
        return out.toString();
    }

    private static String fromVni(String raw) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (i + 1 < raw.length() && EncodingTables.isVniMarkRange(raw.charAt(i + 1))) {
                Character pair = tables.vniLetter(raw.substring(i, i + 2));
                if (pair != null) {
                    out.append(pair.charValue());
                    i += 2;
                    continue;
                }
            }
            char c = raw.charAt(i);
            Character single = EncodingTables.isVniMarkRange(c) ? tables.vniLetter(String.valueOf(c)) : null;
            out.append(single != null ? single.charValue() : c);
            i++;
        }
        return out.toString();
    }

    private static String fromWindows1258(String raw) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            out.append(tables.windows1258Char(raw.charAt(i)));
        }
        return out.toString();
    }

    private static String toTcvn3(String text, boolean upperFont) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character code = tables.tcvn3Code(c);
            if (code == null && upperFont) {
                code = tables.tcvn3Code(Character.toLowerCase(c));
            }
            if (code != null) {
                out.append(code.charValue());
            } else if (tables.vietnameseLetters().contains(c)) {
                throw new IllegalArgumentException(describe(c) + " at index " + i + " has no TCVN3 code"
                        + (Character.isUpperCase(c) ? "; capitals with tone marks need TCVN3_UPPER (an …H font)" : ""));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String toVni(String text) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String code = tables.vniCode(c);
            out.append(code != null ? code : String.valueOf(c));
        }
        return out.toString();
    }

    private static String toWindows1258(String text) {
        EncodingTables tables = EncodingTables.get();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character code = tables.windows1258Code(c);
            if (code != null) {
                out.append(code.charValue());
            } else if (tables.windows1258LowerHalfHas(c)) {
                out.append(c);
            } else {
                out.append(decomposeFor1258(c, i, tables));
            }
        }
        return out.toString();
    }

    private static String decomposeFor1258(char c, int index, EncodingTables tables) {
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder().append(nfd.charAt(0));
        StringBuilder tones = new StringBuilder();
        for (int k = 1; k < nfd.length(); k++) {
            char mark = nfd.charAt(k);
            if (mark == '\u0302' || mark == '\u0306' || mark == '\u031B') {
                base.append(mark);
            } else {
                tones.append(mark);
            }
        }
        String vowel = nfc(base.toString());
        StringBuilder out = new StringBuilder();
        if (vowel.length() != 1) {
            throw cannotWrite1258(c, index);
        }
        char v = vowel.charAt(0);
        if (v < '\u0080') {
            out.append(v);
        } else {
            Character code = tables.windows1258Code(v);
            if (code == null) {
                throw cannotWrite1258(c, index);
            }
            out.append(code.charValue());
        }
        for (int k = 0; k < tones.length(); k++) {
            Character code = tables.windows1258Code(tones.charAt(k));
            if (code == null) {
                throw cannotWrite1258(c, index);
            }
            out.append(code.charValue());
        }
        return out.toString();
    }

    private static IllegalArgumentException cannotWrite1258(char c, int index) {
        return new IllegalArgumentException(describe(c) + " at index " + index + " has no Windows-1258 code");
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    private static String fontKind(TextEncoding encoding) {
        return switch (encoding) {
            case TCVN3 -> "TCVN3 (.Vn…)";
            case TCVN3_UPPER -> "TCVN3 upper-case (.Vn…H)";
            case VNI -> "VNI (VNI-…)";
            default -> encoding.name();
        };
    }

    private static String quote(@Nullable String fontName) {
        return "\"" + fontName + "\"";
    }

    static String describe(char c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "'" + c + "' (U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex + ")";
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
