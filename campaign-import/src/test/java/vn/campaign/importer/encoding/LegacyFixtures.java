package vn.campaign.importer.encoding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-side encoders and phrases, written independently of the production tables: TCVN3 from the
 * TCVN 5712:1993 table typed out here, VNI composed from its rules (base letter, then one byte for
 * the vowel mark and tone).
 */
final class LegacyFixtures {

    /** Real phrases from the campaign's registers. */
    static final List<String> PHRASES = List.of(
            "Phường Bắc Hà",
            "Xã Thạch Hạ",
            "Lễ hội Văn Miếu",
            "Khánh thành nhà văn hóa",
            "ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH");

    /** Lower-case letters with no capital code in TCVN3 are drawn as capitals by an …H font. */
    static final String UPPER_CASE_PHRASE = "ĐẢNG BỘ THÀNH PHỐ HÀ TĨNH";

    private static final String TCVN3_TABLE = ""
            + "A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ "
            + "ADư AEđ B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ C6ặ "
            + "C7ầ C8ẩ C9ẫ CAấ CBậ CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể "
            + "D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị DFò E1ỏ E2õ E3ó "
            + "E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ EFù "
            + "F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ "
            + "FDý FEỵ";

    private static final Map<Character, Character> TCVN3 = new HashMap<>();

    static {
        for (String entry : TCVN3_TABLE.split(" ")) {
            TCVN3.put(entry.charAt(2), (char) Integer.parseInt(entry.substring(0, 2), 16));
        }
    }

    private LegacyFixtures() {
    }

    /**
     * Every Vietnamese letter outside ASCII, lower and upper case: the 12 vowels with the 5 tones, the
     * toneless ones that are not ASCII, and đ.
     */
    static List<String> vietnameseLetters() {
        String vowels = "aăâeêioôơuưy";
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        List<String> letters = new ArrayList<>();
        for (char v : vowels.toCharArray()) {
            if (v > 0x7F) {
                letters.add(String.valueOf(v));
            }
            for (char t : tones.toCharArray()) {
                letters.add(Normalizer.normalize(v + String.valueOf(t), Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        List<String> both = new ArrayList<>(letters);
        for (String letter : letters) {
            both.add(letter.toUpperCase(Locale.ROOT));
        }
        return both;
    }

    /**
     * Writes text in TCVN3; capitals without a code of their own are written with the lower-case code
     * when {@code upperFont} is set, and refused otherwise.
     */
    static String tcvn3(String unicode, boolean upperFont) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Character code = TCVN3.get(c);
            if (code == null && upperFont) {
                code = TCVN3.get(Character.toLowerCase(c));
            }
            if (code != null) {
                out.append(code.charValue());
            } else if (c < 0x80) {
                out.append(c);
            } else {
                throw new IllegalArgumentException("no TCVN3 code for " + c);
            }
        }
        return out.toString();
    }

    /** Writes text in VNI-Windows by composing each letter from its base and marks. */
    static String vni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            out.append(c < 0x80 ? String.valueOf(c) : vniLetter(c));
        }
        return out.toString();
    }

    private static String vniLetter(char letter) {
        boolean upper = Character.isUpperCase(letter);
        int caseShift = upper ? 0x20 : 0;
        if (letter == 'đ' || letter == 'Đ') {
            return String.valueOf((char) (0xF1 - caseShift));
        }
        String nfd = Normalizer.normalize(String.valueOf(Character.toLowerCase(letter)), Normalizer.Form.NFD);
        char base = nfd.charAt(0);
        boolean circumflex = nfd.indexOf('\u0302') >= 0;
        boolean breve = nfd.indexOf('\u0306') >= 0;
        boolean horn = nfd.indexOf('\u031B') >= 0;
        int tone = toneIndex(nfd);
        if (base == 'i' || (base == 'y' && tone == 5)) {
            int[] iBytes = {'i', 0xEC, 0xED, 0xE6, 0xF3, 0xF2};
            int b = base == 'y' ? 0xEE : iBytes[tone];
            if (tone == 0 && base == 'i') {
                return upper ? "I" : "i";
            }
            return String.valueOf((char) (b - caseShift));
        }
        StringBuilder out = new StringBuilder();
        if (horn) {
            out.append((char) ((base == 'o' ? 0xF4 : 0xF6) - caseShift));
        } else {
            out.append(upper ? Character.toUpperCase(base) : base);
        }
        int[] plainTones = {0, 0xF8, 0xF9, 0xFB, 0xF5, 0xEF};
        int[] circumflexTones = {0xE2, 0xE0, 0xE1, 0xE5, 0xE3, 0xE4};
        int[] breveTones = {0xEA, 0xE8, 0xE9, 0xFA, 0xFC, 0xEB};
        int mark = circumflex ? circumflexTones[tone] : breve ? breveTones[tone] : plainTones[tone];
        if (mark != 0) {
            out.append((char) (mark - caseShift));
        }
        return out.toString();
    }

    /** 0 none, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below. */
    private static int toneIndex(String nfd) {
        String tones = "\u0300\u0301\u0309\u0303\u0323";
        for (int i = 0; i < tones.length(); i++) {
            if (nfd.indexOf(tones.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
