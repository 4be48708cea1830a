package vn.campaign.importer.value;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.text.VietnameseText;

/**
 * Reads the kind of a work or an event from the words people wrote, matched on the folded text
 * ({@link VietnameseText#fold(String)}: no case, no tone marks, đ as d), word by word.
 *
 * <ul>
 *   <li>works: "Khánh thành", "KT", "K.T", "inauguration" are {@link WorkKind#INAUGURATION};
 *       "Khởi công", "KC", "K.C", "động thổ", "groundbreaking" are {@link WorkKind#GROUNDBREAKING};
 *       "hoàn thành", "đưa vào sử dụng" suggest an inauguration and "bắt đầu xây dựng" a groundbreaking
 *       (warning {@code WORK_KIND_INFERRED});</li>
 *   <li>events by keyword: "lễ hội", "hội làng", "dân gian" are {@link EventKind#TRADITIONAL_FESTIVAL};
 *       "thể thao", "bóng đá", "cầu lông", "việt dã", "đua thuyền", … are {@link EventKind#SPORTS};
 *       "văn hóa", "văn nghệ", "liên hoan", "triển lãm", "kỷ niệm", … are {@link EventKind#CULTURAL}.
 *       When several kinds match, the most specific wins in that order, with the warning
 *       {@code EVENT_KIND_AMBIGUOUS}; a festival that also names culture ("lễ hội văn hóa dân gian")
 *       is simply a festival. Abbreviations are read as their words: "TDTT" (thể dục thể thao), "VH-VN" and
 *       "VHVN" (văn hóa văn nghệ), "VHTT", "VHNT", "LH", "LHTT"; and for works "KCCT", "KTCT", "ĐT" (động
 *       thổ).</li>
 *   <li>{@link #workKindFromName} and {@link #eventKindFromName} read the kind a name states, for a row whose
 *       kind cell is empty or unreadable ("Khánh thành …", "Giải bóng đá …").</li>
 * </ul>
 */
public final class KindParser {

    private static final Set<String> INAUGURATION_CODES = Set.of("kt", "k t", "ktct", "kt ct");
    private static final Set<String> GROUNDBREAKING_CODES = Set.of("kc", "k c", "kcct", "kc ct", "dt", "d t");
    /**
     * Abbreviations of event kinds as offices write them, folded and without separators ("VH-VN", "VH, VN" and
     * "VHVN" alike), and the words they stand for.
     */
    private static final Map<String, String> EVENT_ABBREVIATIONS = Map.ofEntries(
            Map.entry("tdtt", "the duc the thao"), Map.entry("tt", "the thao"), Map.entry("td", "the duc"),
            Map.entry("vhvn", "van hoa van nghe"), Map.entry("vh", "van hoa"), Map.entry("vn", "van nghe"),
            Map.entry("vhnt", "van hoa nghe thuat"), Map.entry("vhtt", "van hoa thong tin"),
            Map.entry("vhvntt", "van hoa van nghe the thao"), Map.entry("vhvntdtt", "van hoa van nghe the duc the thao"),
            Map.entry("vhtdtt", "van hoa the duc the thao"),
            Map.entry("lh", "le hoi"), Map.entry("lhtt", "le hoi truyen thong"), Map.entry("lhvh", "le hoi van hoa"));
    private static final List<String> INAUGURATION_WORDS = List.of("khanh thanh", "inauguration");
    private static final List<String> GROUNDBREAKING_WORDS = List.of("khoi cong", "dong tho", "groundbreaking");
    private static final List<String> INAUGURATION_HINTS = List.of("hoan thanh", "dua vao su dung");
    private static final List<String> GROUNDBREAKING_HINTS = List.of("bat dau xay dung", "bat dau thi cong");

    private static final Map<EventKind, List<String>> EVENT_WORDS = new EnumMap<>(Map.of(
            EventKind.TRADITIONAL_FESTIVAL, List.of("le hoi", "hoi lang", "dan gian", "traditional festival",
                    "festival", "traditional"),
            EventKind.SPORTS, List.of("the thao", "the duc", "bong da", "bong chuyen", "bong ban", "bong ro",
                    "cau long", "quan vot", "pickleball", "co tuong", "co vua", "keo co", "dau vat", "viet da",
                    "chay", "marathon", "boi loi", "dua thuyen", "dien kinh", "vo thuat", "xe dap", "sports", "sport"),
            EventKind.CULTURAL, List.of("van hoa", "van nghe", "hoi dien", "lien hoan", "trien lam", "ky niem",
                    "mit tinh", "giao luu", "ca nhac", "dem nhac", "hoi thi", "hoi sach", "cultural", "culture")));
    private static final List<EventKind> EVENT_PRECEDENCE =
            List.of(EventKind.TRADITIONAL_FESTIVAL, EventKind.SPORTS, EventKind.CULTURAL);
    /** A folk festival is cultural by nature: "lễ hội văn hóa dân gian" is no ambiguity. */
    private static final List<EventKind> FESTIVAL_IS_CULTURAL =
            List.of(EventKind.TRADITIONAL_FESTIVAL, EventKind.CULTURAL);

    private KindParser() {
    }

    /**
     * Reads the kind of a celebratory work.
     *
     * @param text the cell's text
     * @return the kind, or a problem ({@code WORK_KIND_EMPTY}, {@code WORK_KIND_UNKNOWN},
     *     {@code WORK_KIND_AMBIGUOUS})
     */
    public static ParseResult<WorkKind> workKind(String text) {
        Objects.requireNonNull(text, "text");
        String folded = VietnameseText.fold(text);
        if (folded.isEmpty()) {
            return ParseResult.failed(ValueIssueCode.WORK_KIND_EMPTY, text, "the kind of work is empty");
        }
        boolean inauguration = INAUGURATION_CODES.contains(folded) || containsAny(folded, INAUGURATION_WORDS);
        boolean groundbreaking = GROUNDBREAKING_CODES.contains(folded) || containsAny(folded, GROUNDBREAKING_WORDS);
        if (inauguration && groundbreaking) {
            return ParseResult.failed(ValueIssueCode.WORK_KIND_AMBIGUOUS, text,
                    "'" + text.strip() + "' names both an inauguration (khánh thành) and a groundbreaking (khởi công)");
        }
        if (inauguration) {
            return ParseResult.parsed(WorkKind.INAUGURATION);
        }
        if (groundbreaking) {
            return ParseResult.parsed(WorkKind.GROUNDBREAKING);
        }
        boolean finished = containsAny(folded, INAUGURATION_HINTS);
        boolean starting = containsAny(folded, GROUNDBREAKING_HINTS);
        if (finished != starting) {
            WorkKind kind = finished ? WorkKind.INAUGURATION : WorkKind.GROUNDBREAKING;
            return ParseResult.parsed(kind, List.of(new ValueIssue(ValueIssueCode.WORK_KIND_INFERRED, text,
                    "'" + text.strip() + "' does not name the kind; read as " + kind + " from its wording")));
        }
        return ParseResult.failed(ValueIssueCode.WORK_KIND_UNKNOWN, text,
                "'" + text.strip() + "' is neither khánh thành (inauguration) nor khởi công (groundbreaking)");
    }

    /**
     * Reads the kind of an event.
     *
     * @param text the cell's text
     * @return the kind, or a problem ({@code EVENT_KIND_EMPTY}, {@code EVENT_KIND_UNKNOWN})
     */
    public static ParseResult<EventKind> eventKind(String text) {
        Objects.requireNonNull(text, "text");
        String folded = expand(VietnameseText.fold(text));
        if (folded.isEmpty()) {
            return ParseResult.failed(ValueIssueCode.EVENT_KIND_EMPTY, text, "the kind of event is empty");
        }
        for (EventKind kind : EventKind.values()) {
            if (folded.equals(VietnameseText.fold(kind.name()))) {
                return ParseResult.parsed(kind);
            }
        }
        List<EventKind> matched = new ArrayList<>();
        for (EventKind kind : EVENT_PRECEDENCE) {
            if (containsAny(folded, Objects.requireNonNull(EVENT_WORDS.get(kind), "event words"))) {
                matched.add(kind);
            }
        }
        if (matched.isEmpty()) {
            return ParseResult.failed(ValueIssueCode.EVENT_KIND_UNKNOWN, text, "'" + text.strip()
                    + "' names no kind of event (lễ hội truyền thống, văn hóa, thể thao)");
        }
        EventKind kind = matched.get(0);
        if (matched.size() == 1 || matched.equals(FESTIVAL_IS_CULTURAL)) {
            return ParseResult.parsed(kind);
        }
        return ParseResult.parsed(kind, List.of(new ValueIssue(ValueIssueCode.EVENT_KIND_AMBIGUOUS, text,
                "'" + text.strip() + "' matches " + matched + "; read as the most specific, " + kind)));
    }

    /**
     * Reads the kind of a work from its name, for a row whose kind cell is empty or unreadable: only a name that
     * says "khánh thành" or "khởi công" (or "động thổ") gives one.
     *
     * @param name the work's name
     * @return the kind, with the warning {@code WORK_KIND_FROM_NAME}, or empty
     */
    public static java.util.Optional<WorkKind> workKindFromName(String name) {
        String folded = VietnameseText.fold(name);
        boolean inauguration = containsAny(folded, INAUGURATION_WORDS);
        boolean groundbreaking = containsAny(folded, GROUNDBREAKING_WORDS);
        if (inauguration == groundbreaking) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(inauguration ? WorkKind.INAUGURATION : WorkKind.GROUNDBREAKING);
    }

    /**
     * Reads the kind of an event from its name, for a row whose kind cell is empty or unreadable ("Giải bóng
     * đá …" is sports, "Lễ hội …" a traditional festival, "Hội diễn văn nghệ …" cultural).
     *
     * @param name the event's name
     * @return the kind, or empty when the name names none
     */
    public static java.util.Optional<EventKind> eventKindFromName(String name) {
        String folded = VietnameseText.fold(name);
        for (EventKind kind : EVENT_PRECEDENCE) {
            if (containsAny(folded, Objects.requireNonNull(EVENT_WORDS.get(kind), "event words"))) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /** An abbreviation ("TDTT", "VH-VN") as the words it stands for; any other text as it is. */
    private static String expand(String folded) {
        String words = EVENT_ABBREVIATIONS.get(folded.replace(" ", ""));
        if (words != null) {
            return words;
        }
        StringBuilder expanded = new StringBuilder();
        boolean changed = false;
        for (String token : folded.split(" ")) {
            String word = token.length() >= 4 || token.equals("vh") || token.equals("lh")
                    ? EVENT_ABBREVIATIONS.get(token) : null;
            changed |= word != null;
            expanded.append(expanded.length() == 0 ? "" : " ").append(word != null ? word : token);
        }
        return changed ? expanded.toString() : folded;
    }

    /** Whether {@code " " + folded + " "} contains {@code " " + phrase + " "} for one of the phrases. */
    private static boolean containsAny(String folded, List<String> phrases) {
        for (String phrase : phrases) {
            if (containsWords(folded, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** {@code (" " + folded + " ").contains(" " + phrase + " ")}, without building either string (every row asks). */
    static boolean containsWords(String folded, String phrase) {
        int length = phrase.length();
        if (length == 0 || phrase.charAt(0) == ' ' || phrase.charAt(length - 1) == ' ') {
            return (" " + folded + " ").contains(" " + phrase + " ");
        }
        for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + 1)) {
            int end = at + length;
            if ((at == 0 || folded.charAt(at - 1) == ' ') && (end == folded.length() || folded.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
