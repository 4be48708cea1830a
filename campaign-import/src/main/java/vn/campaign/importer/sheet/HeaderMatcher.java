package vn.campaign.importer.sheet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.campaign.core.text.VietnameseText;

/**
 * Matches header texts to fields by synonyms, compared folded (lower case, no tone marks, đ as d,
 * punctuation as spaces). A header that equals a synonym scores highest, one that starts with it next,
 * one that contains it as whole words least; within each, a longer synonym scores higher, so "Nguồn
 * kinh phí" is a funding source rather than an amount and "Tổng mức đầu tư" an amount rather than an
 * investor. Synonyms of four letters or fewer ("stt", "xa", "ngay") only match at the start. Words found
 * inside a header that equals or starts with another field's synonym say nothing of their own: "Kinh phí dự
 * kiến" is an amount and never, even when another column took the amount, a date.
 */
final class HeaderMatcher {

    private static final int EXACT = 3000;
    private static final int PREFIX = 2000;
    private static final int CONTAINS = 1000;
    private static final int SHORT = 4;

    /** Headers of no field: the unit of measure, and counts ("Số lượng", "Số người tham gia dự kiến"). */
    private static final List<String> IGNORED = List.of("don vi tinh", "dvt", "so luong", "so nguoi");

    private static final Map<Field, List<String>> SYNONYMS = synonyms();

    private HeaderMatcher() {
    }

    private static Map<Field, List<String>> synonyms() {
        Map<Field, List<String>> map = new EnumMap<>(Field.class);
        map.put(Field.SEQUENCE, List.of("stt", "tt", "so tt", "so thu tu", "thu tu"));
        map.put(Field.UNIT, List.of("don vi", "ten don vi", "don vi dang ky", "don vi thuc hien", "don vi to chuc",
                "phuong xa", "xa phuong", "phuong", "xa", "ten phuong xa", "dia phuong", "co so"));
        map.put(Field.NAME, List.of("ten cong trinh", "cong trinh", "cong trinh chao mung", "ten cong trinh chao mung",
                "ten cong trinh du an", "ten du an", "du an", "ten le hoi su kien", "ten le hoi", "ten su kien",
                "le hoi su kien", "le hoi", "su kien", "ten cong trinh su kien", "ten hoat dong", "noi dung",
                "noi dung hoat dong"));
        map.put(Field.KIND, List.of("loai", "loai cong trinh", "loai hinh", "phan loai", "hinh thuc",
                "khanh thanh khoi cong", "khoi cong khanh thanh", "loai su kien", "loai le hoi", "tinh chat"));
        map.put(Field.PLANNED_DATE, List.of("thoi gian du kien", "du kien", "thoi gian", "ngay", "thoi diem",
                "ngay khanh thanh", "thoi gian khanh thanh", "du kien khanh thanh", "ngay du kien",
                "thoi gian to chuc", "ngay to chuc", "thoi gian thuc hien", "thoi gian khanh thanh khoi cong",
                "thoi gian du kien khanh thanh khoi cong", "ngay khanh thanh khoi cong",
                "du kien khanh thanh khoi cong", "thoi gian le", "thoi gian khoi cong khanh thanh",
                "thoi gian du kien khoi cong khanh thanh", "ngay khoi cong khanh thanh",
                "du kien khoi cong khanh thanh"));
        map.put(Field.START_DATE, List.of("ngay khoi cong", "thoi gian khoi cong", "khoi cong", "ngay bat dau",
                "thoi gian bat dau", "bat dau", "tu ngay"));
        map.put(Field.END_DATE, List.of("ngay hoan thanh", "thoi gian hoan thanh", "hoan thanh", "du kien hoan thanh",
                "ngay ket thuc", "thoi gian ket thuc", "ket thuc", "den ngay"));
        map.put(Field.LOCATION, List.of("dia diem", "dia diem to chuc", "dia diem xay dung", "vi tri",
                "vi tri xay dung", "dia chi", "noi to chuc"));
        map.put(Field.AMOUNT, List.of("kinh phi", "tong kinh phi", "kinh phi du kien", "kinh phi thuc hien",
                "tong muc dau tu", "muc dau tu", "von dau tu", "tong von dau tu", "tong von", "gia tri",
                "gia tri dau tu", "du toan", "so tien"));
        map.put(Field.FUNDING_SOURCE, List.of("nguon von", "nguon kinh phi", "nguon von dau tu", "nguon"));
        map.put(Field.INVESTOR, List.of("chu dau tu", "don vi chu dau tu", "co quan chu dau tu"));
        map.put(Field.PLAQUE, List.of("gan bien", "gan bien cong trinh", "gan bien chao mung", "bien cong trinh",
                "de nghi gan bien", "dang ky gan bien", "gan bien cong trinh chao mung"));
        map.put(Field.NOTES, List.of("ghi chu", "ghi chu khac", "chu thich"));
        map.put(Field.REGISTRATION_ID, List.of("ma he thong"));
        map.put(Field.VERSION, List.of("phien ban"));
        return map;
    }

    /**
     * The synonyms of a field, folded.
     */
    static List<String> synonyms(Field field) {
        return Objects.requireNonNull(SYNONYMS.get(field), "every field has synonyms");
    }

    /**
     * The score of each field that a header text matches.
     *
     * @param header the header text (any form; it is folded here)
     * @param extra  additional folded synonyms by field (from explicit header overrides)
     * @return the positive scores by field; empty when nothing matches
     */
    static Map<Field, Integer> scores(String header, Map<Field, String> extra) {
        String folded = VietnameseText.fold(header);
        Map<Field, Integer> scores = new EnumMap<>(Field.class);
        if (folded.isEmpty() || IGNORED.stream().anyMatch(i -> folded.equals(i) || folded.startsWith(i + " "))) {
            return scores;
        }
        extra.forEach((field, synonym) -> {
            if (folded.equals(synonym)) {
                scores.put(field, EXACT * 2);
            }
        });
        SYNONYMS.forEach((field, synonyms) -> {
            int best = 0;
            for (String synonym : synonyms) {
                best = Math.max(best, score(folded, synonym));
            }
            if (best > 0) {
                scores.merge(field, best, Math::max);
            }
        });
        if (scores.values().stream().anyMatch(score -> score >= PREFIX)) {
            scores.values().removeIf(score -> score < PREFIX);
        }
        return scores;
    }

    static int score(String folded, String synonym) {
        if (folded.equals(synonym)) {
            return EXACT + synonym.length();
        }
        if (folded.startsWith(synonym + " ")) {
            return PREFIX + synonym.length();
        }
        if (synonym.length() > SHORT && (" " + folded + " ").contains(" " + synonym + " ")) {
            return CONTAINS + synonym.length();
        }
        return 0;
    }
}
