package vn.campaign.importer.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.core.text.VietnameseText;

/**
 * The unit an amount of money is written in: đồng, or thousands, millions or billions of đồng.
 */
public enum AmountUnit {
    /** Đồng. */
    DONG(1L, "đồng"),
    /** Nghìn đồng: thousands of đồng. */
    THOUSAND(1_000L, "nghìn đồng"),
    /** Triệu đồng: millions of đồng. */
    MILLION(1_000_000L, "triệu đồng"),
    /** Tỷ đồng: billions of đồng. */
    BILLION(1_000_000_000L, "tỷ đồng");

    private static final Pattern BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern UNIT_LABEL = Pattern.compile("(?:đvt|đơn vị tính|đơn vị)\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(\\d) (?=\\d{3}\\b)");
    private static final Pattern BILLION_WORDS = Pattern.compile("\\b(?:ty|ti)\\b");
    private static final Pattern MILLION_WORDS = Pattern.compile("\\b(?:trieu|tr|trd)\\b");
    private static final Pattern THOUSAND_WORDS = Pattern.compile("\\b(?:nghin|ngan|1000|1000d|k)\\b");
    private static final Pattern DONG_WORDS = Pattern.compile("\\b(?:dong|d|vnd)\\b");
    private static final Pattern CURRENCY_PHRASE = Pattern.compile(
            "\\b(?:(ty|ti)|(trieu|tr)|(nghin|ngan)) (?:dong|d|vnd)$|\\btrd$");

    private final long multiplier;
    private final String vietnamese;

    AmountUnit(long multiplier, String vietnamese) {
        this.multiplier = multiplier;
        this.vietnamese = vietnamese;
    }

    /**
     * How many đồng one of this unit is.
     *
     * @return 1, 1,000, 1,000,000 or 1,000,000,000
     */
    public long multiplier() {
        return multiplier;
    }

    /**
     * The unit's name in Vietnamese.
     *
     * @return for example "triệu đồng"
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * The unit a column header states, đồng when it states none.
     *
     * @param header the header text, for example "Tổng mức đầu tư (triệu đồng)"
     * @return the unit
     * @see #findInHeader(String)
     */
    public static AmountUnit fromHeader(String header) {
        return findInHeader(header).orElse(DONG);
    }

    /**
     * Finds the unit a column header states: first in brackets ("(triệu đồng)", "(tr.đ)", "(đồng)",
     * "(nghìn đồng)", "(tỷ đồng)", "[1000đ]") or after "ĐVT:" / "Đơn vị tính:", then as a phrase
     * ending the header ("Kinh phí, tỷ đồng"). Elsewhere outside brackets words such as "công ty"
     * do not count.
     *
     * @param header the header text
     * @return the unit, or empty when the header states none
     */
    public static Optional<AmountUnit> findInHeader(String header) {
        Objects.requireNonNull(header, "header");
        String text = VietnameseText.normalize(header);
        List<String> candidates = new ArrayList<>();
        Matcher brackets = BRACKETS.matcher(text);
        while (brackets.find()) {
            candidates.add(brackets.group(1));
        }
        Matcher label = UNIT_LABEL.matcher(text);
        if (label.find()) {
            candidates.add(label.group(1));
        }
        for (String candidate : candidates) {
            Optional<AmountUnit> unit = unitWords(fold(candidate));
            if (unit.isPresent()) {
                return unit;
            }
        }
        Matcher phrase = CURRENCY_PHRASE.matcher(fold(text));
        if (phrase.find()) {
            if (phrase.group(1) != null) {
                return Optional.of(BILLION);
            }
            if (phrase.group(3) != null) {
                return Optional.of(THOUSAND);
            }
            return Optional.of(MILLION);
        }
        return Optional.empty();
    }

    /**
     * The unit named by a short folded text such as "trieu dong", "tr d", "ty", "1000 d" or "vnd".
     *
     * @param folded the text, folded
     * @return the unit, or empty
     */
    static Optional<AmountUnit> unitWords(String folded) {
        if (BILLION_WORDS.matcher(folded).find()) {
            return Optional.of(BILLION);
        }
        if (MILLION_WORDS.matcher(folded).find()) {
            return Optional.of(MILLION);
        }
        if (THOUSAND_WORDS.matcher(folded).find()) {
            return Optional.of(THOUSAND);
        }
        if (DONG_WORDS.matcher(folded).find()) {
            return Optional.of(DONG);
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        String folded = VietnameseText.fold(text.replace("₫", " đ "));
        return DIGIT_GROUPS.matcher(folded).replaceAll("$1");
    }
}
