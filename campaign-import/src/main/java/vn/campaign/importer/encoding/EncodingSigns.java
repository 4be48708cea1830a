package vn.campaign.importer.encoding;

import java.util.Set;

/**
 * The character evidence that tells Unicode, TCVN3 and VNI text apart, following the reference notes
 * on legacy encodings.
 *
 * <ul>
 *   <li>Unicode proof: a letter no legacy code page in a spreadsheet can produce (ă đ ơ ư ĩ ũ in either
 *       case, U+1EA0–U+1EF9) or a combining mark used by decomposed Vietnamese.</li>
 *   <li>TCVN3 signs: the codes ¸ µ ¶ · ¹ ¨ » ¾ ¼ ½ © ® ª « ¬, the soft hyphen U+00AD and the capitals
 *       ¡–§ inside a word; also ñ/Ñ (ủ/ẹ in TCVN3) inside a word or before y/n ("ñy ban").</li>
 *   <li>VNI signs: a base letter followed by a mark byte that form a VNI letter, and ñ/Ñ (đ/Đ in VNI)
 *       starting a word before another vowel. Pairs that also read as plausible Unicode, Windows-1258
 *       or TCVN3 text ("oà", "oá", "oã", "uõ", "uû", "UÕ", "YÕ" and their capitals where listed) are not
 *       counted.</li>
 * </ul>
 */
final class EncodingSigns {

    private static final String UNICODE_ONLY_LETTERS = "ăĂđĐơƠưƯĩĨũŨ";
    private static final String DECOMPOSED_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";
    private static final String TCVN3_SIGNS =
            "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE"
                    + "\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE";
    private static final Set<String> AMBIGUOUS_VNI_PAIRS = Set.of(
            "o\u00E0", "o\u00E1", "o\u00E3", "O\u00C0", "O\u00C1", "O\u00C3",
            "u\u00F5", "U\u00D5", "u\u00FB", "Y\u00D5");

    private EncodingSigns() {
    }

    /**
     * Whether a character can only come from Unicode text.
     *
     * @param c a character
     * @return {@code true} for ă đ ơ ư ĩ ũ (either case), U+1EA0–U+1EF9 and the combining marks of
     *     decomposed Vietnamese
     */
    static boolean isUnicodeOnly(char c) {
        return UNICODE_ONLY_LETTERS.indexOf(c) >= 0
                || (c >= '\u1EA0' && c <= '\u1EF9')
                || DECOMPOSED_MARKS.indexOf(c) >= 0;
    }

    /**
     * The first character that proves a text is Unicode.
     *
     * @param text any text
     * @return its index, or {@code -1} when there is none
     */
    static int unicodeProof(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnicodeOnly(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Counts the TCVN3 signs of a text.
     *
     * @param text any text
     * @return the number of characters that read as TCVN3 letters inside words
     */
    static int tcvn3Signs(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TCVN3_SIGNS.indexOf(c) >= 0 && (wordCharAt(text, i - 1) || wordCharAt(text, i + 1))) {
                count++;
            } else if ((c == '\u00F1' || c == '\u00D1') && isTcvn3N(text, i)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Counts the VNI signs of a text.
     *
     * @param text any text
     * @return the number of base-and-mark pairs and word-initial đ codes
     */
    static int vniSigns(String text) {
        EncodingTables tables = EncodingTables.get();
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i + 1 < text.length() && EncodingTables.isVniMarkRange(text.charAt(i + 1))) {
                String pair = text.substring(i, i + 2);
                if (tables.vniPairs().contains(pair)) {
                    if (!AMBIGUOUS_VNI_PAIRS.contains(pair)) {
                        count++;
                    }
                    i += 2;
                    continue;
                }
            }
            if ((c == '\u00F1' || c == '\u00D1') && !isTcvn3N(text, i) && wordCharAt(text, i + 1)) {
                count++;
            }
            i++;
        }
        return count;
    }

    /**
     * Whether a text holds any character in {@code U+00A0–U+00FF}, where legacy codes live.
     *
     * @param text any text
     * @return {@code true} when such a character occurs
     */
    static boolean hasUpperHalf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00A0' && c <= '\u00FF') {
                return true;
            }
        }
        return false;
    }

    private static boolean isTcvn3N(String text, int i) {
        if (wordCharAt(text, i - 1)) {
            return true;
        }
        if (i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            return next == 'y' || next == 'Y' || next == 'n' || next == 'N';
        }
        return false;
    }

    private static boolean wordCharAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetter(c) || EncodingTables.get().tcvn3Letter(c) != 0;
    }
}
