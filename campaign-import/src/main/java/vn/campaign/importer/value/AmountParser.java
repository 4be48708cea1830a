package vn.campaign.importer.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.text.VietnameseText;

/**
 * Reads amounts of money in đồng as registers write them.
 *
 * <ul>
 *   <li>grouping with dots (Vietnamese, {@code 1.200.000.000}), commas (English,
 *       {@code 1,200,000,000}) or spaces ({@code 1 200 000}); a decimal comma or point
 *       ({@code 1,2 tỷ}, {@code 1.5 tỷ}); when both appear the last one is the decimal separator;</li>
 *   <li>units in the cell: {@code đ}, {@code đồng}, {@code VNĐ}, {@code ₫}, {@code nghìn}/{@code ngàn}/
 *       {@code k}, {@code triệu}/{@code tr}/{@code trđ}/{@code tr.đ}, {@code tỷ}/{@code tỉ}, and sums such
 *       as {@code 1 tỷ 200 triệu}; a number without unit is in the column's unit
 *       ({@link AmountUnit#fromHeader(String)});</li>
 *   <li>a single separator before exactly three digits ({@code 1.200}, {@code 1,200}) is a thousands
 *       separator for đồng, which have no fraction; in a larger unit a dot groups and a comma is a
 *       decimal point, as in Vietnamese, with the warning {@code AMOUNT_SEPARATOR_AMBIGUOUS};</li>
 *   <li>"khoảng", "ước", "dự kiến", "gần", "trên", "hơn", "xấp xỉ", "~" mark an approximate amount
 *       (warning); a dash alone is an empty cell.</li>
 * </ul>
 * Negative amounts ({@code -5.000}, {@code (5.000)}) and text that is not an amount are problems.
 */
public final class AmountParser {

    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,3}([., ])\\d{3}(?:\\1\\d{3})*(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?");
    private static final Pattern UNIT = Pattern.compile(
            "(?:(ty|ti)|(trieu|tr)|(nghin|ngan|k))?(?: ?(dong|d|vnd))?");
    private static final Pattern DASHES = Pattern.compile("[-–—/.]+");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u2007\\u2009\\u202F]");
    private static final Set<String> APPROXIMATE_WORDS =
            Set.of("khoang", "uoc", "uoc tinh", "du kien", "gan", "tren", "hon", "xap xi");
    private static final Set<String> APPROXIMATE_SIGNS = Set.of("~", "≈", "±");
    private static final BigDecimal FLOAT_NOISE = new BigDecimal("0.001");

    private AmountParser() {
    }

    /**
     * Reads an amount written in a column without a unit: a number alone is in đồng.
     *
     * @param text the cell's text
     * @return the amount, or a problem
     */
    public static ParseResult<Vnd> parse(String text) {
        return parse(text, AmountUnit.DONG);
    }

    /**
     * Reads an amount written as text.
     *
     * @param text the cell's text
     * @param columnUnit the unit of the column (from its header), used for numbers without a unit
     * @return the amount in đồng (beyond a {@code long}, the largest of its sign, which the core's rules refuse
     *     as {@code AMOUNT_TOO_LARGE}), or a problem ({@code AMOUNT_EMPTY}, {@code AMOUNT_UNREADABLE},
     *     {@code AMOUNT_NEGATIVE})
     */
    public static ParseResult<Vnd> parse(String text, AmountUnit columnUnit) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(columnUnit, "columnUnit");
        String s = VietnameseText.normalize(ODD_SPACES.matcher(text).replaceAll(" ")).replace('−', '-');
        if (s.isEmpty() || DASHES.matcher(s).matches()) {
            return ParseResult.failed(ValueIssueCode.AMOUNT_EMPTY, text, "the amount is empty");
        }
        int firstDigit = firstDigit(s);
        if (firstDigit < 0) {
            return unreadable(text, "there is no number");
        }
        List<ValueIssue> warnings = new ArrayList<>();
        String prefix = s.substring(0, firstDigit).strip();
        String body = s.substring(firstDigit);
        boolean negative = false;
        if (prefix.endsWith("-") || prefix.endsWith("–")) {
            negative = true;
            prefix = prefix.substring(0, prefix.length() - 1).strip();
        }
        if (prefix.endsWith("(") && body.endsWith(")")) {
            negative = true;
            prefix = prefix.substring(0, prefix.length() - 1).strip();
            body = body.substring(0, body.length() - 1).strip();
        }
        if (!prefix.isEmpty()) {
            if (!APPROXIMATE_SIGNS.contains(prefix) && !APPROXIMATE_WORDS.contains(VietnameseText.fold(prefix))) {
                return unreadable(text, "'" + prefix + "' before the number is not part of an amount");
            }
            warnings.add(new ValueIssue(ValueIssueCode.AMOUNT_APPROXIMATE, text,
                    "the amount is qualified as approximate ('" + prefix + "')"));
        }
        List<Segment> segments = new ArrayList<>();
        Matcher number = NUMBER.matcher(body);
        int position = 0;
        while (position < body.length()) {
            number.region(position, body.length());
            if (!number.lookingAt()) {
                return unreadable(text, "'" + body.substring(position).strip() + "' is not a number");
            }
            int next = firstDigit(body, number.end());
            String unitText = body.substring(number.end(), next < 0 ? body.length() : next).strip();
            AmountUnit unit = null;
            if (!unitText.isEmpty()) {
                Optional<AmountUnit> read = unit(unitText);
                if (read.isEmpty()) {
                    return unreadable(text, "'" + unitText + "' is not a unit of đồng");
                }
                unit = read.get();
            }
            segments.add(new Segment(number.group(), unit));
            position = next < 0 ? body.length() : next;
        }
        return amount(text, segments, columnUnit, negative, warnings);
    }

    /**
     * Reads an amount from a number cell.
     *
     * @param value the cell's number
     * @param columnUnit the unit of the column (from its header)
     * @return the amount in đồng (beyond a {@code long}, the largest of its sign), or a problem
     *     ({@code AMOUNT_UNREADABLE}, {@code AMOUNT_NEGATIVE})
     */
    public static ParseResult<Vnd> fromNumber(double value, AmountUnit columnUnit) {
        Objects.requireNonNull(columnUnit, "columnUnit");
        String input = Inputs.numberText(value);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return unreadable(input, "the number is not finite");
        }
        BigDecimal dong = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(columnUnit.multiplier()));
        if (dong.signum() < 0) {
            return negative(input, dong);
        }
        List<ValueIssue> warnings = new ArrayList<>();
        BigDecimal rounded = dong.setScale(0, RoundingMode.HALF_UP);
        if (rounded.subtract(dong).abs().compareTo(FLOAT_NOISE) >= 0) {
            warnings.add(rounding(input, dong, rounded));
        }
        return toVnd(input, rounded, warnings);
    }

    private static ParseResult<Vnd> amount(String text, List<Segment> segments, AmountUnit columnUnit,
            boolean negative, List<ValueIssue> warnings) {
        if (segments.size() > 1) {
            AmountUnit previous = null;
            for (Segment segment : segments) {
                if (segment.unit == null) {
                    return unreadable(text, "in a sum of amounts every number needs its unit ('" + segment.number + "')");
                }
                if (previous != null && segment.unit.compareTo(previous) >= 0) {
                    return unreadable(text, "in a sum of amounts the units must get smaller (" + previous.vietnamese()
                            + " before " + segment.unit.vietnamese() + ")");
                }
                previous = segment.unit;
            }
        } else {
            AmountUnit unit = segments.get(0).unit;
            if (unit != null && unit != columnUnit && columnUnit != AmountUnit.DONG) {
                warnings.add(new ValueIssue(ValueIssueCode.AMOUNT_UNIT_DIFFERS_FROM_HEADER, text, "the cell says "
                        + unit.vietnamese() + " but the column is in " + columnUnit.vietnamese() + "; the cell's unit was used"));
            }
        }
        BigDecimal dong = BigDecimal.ZERO;
        for (Segment segment : segments) {
            AmountUnit unit = segment.unit != null ? segment.unit : columnUnit;
            BigDecimal number = number(text, segment.number, unit, warnings);
            dong = dong.add(number.multiply(BigDecimal.valueOf(unit.multiplier())));
        }
        if (negative && dong.signum() > 0) {
            return negative(text, dong.negate());
        }
        BigDecimal rounded = dong.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(dong) != 0) {
            warnings.add(rounding(text, dong, rounded));
        }
        return toVnd(text, rounded, warnings);
    }

    /** Reads one number, deciding which separator groups digits and which is the decimal point. */
    private static BigDecimal number(String text, String number, AmountUnit unit, List<ValueIssue> warnings) {
        if (number.indexOf(' ') >= 0) {
            return new BigDecimal(number.replace(" ", "").replace(',', '.'));
        }
        int dot = number.lastIndexOf('.');
        int comma = number.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char grouping = dot > comma ? ',' : '.';
            return new BigDecimal(number.replace(String.valueOf(grouping), "").replace(decimal, '.'));
        }
        if (dot < 0 && comma < 0) {
            return new BigDecimal(number);
        }
        char separator = dot >= 0 ? '.' : ',';
        int at = Math.max(dot, comma);
        if (number.indexOf(separator) != at) {
            return new BigDecimal(number.replace(String.valueOf(separator), ""));
        }
        String integerPart = number.substring(0, at);
        int fractionDigits = number.length() - at - 1;
        BigDecimal asDecimal = new BigDecimal(integerPart + "." + number.substring(at + 1));
        BigDecimal asGrouped = new BigDecimal(integerPart + number.substring(at + 1));
        if (fractionDigits != 3 || integerPart.length() > 3 || integerPart.equals("0")) {
            return asDecimal;
        }
        if (unit == AmountUnit.DONG) {
            return asGrouped;
        }
        boolean grouped = separator == '.';
        warnings.add(new ValueIssue(ValueIssueCode.AMOUNT_SEPARATOR_AMBIGUOUS, text, "'" + number + "' was read as "
                + (grouped ? asGrouped.toPlainString() + " (the dot as thousands separator)"
                        : asDecimal.toPlainString() + " (the comma as decimal point)")
                + " " + unit.vietnamese() + ", as Vietnamese writes numbers"));
        return grouped ? asGrouped : asDecimal;
    }

    private static Optional<AmountUnit> unit(String unitText) {
        String folded = VietnameseText.fold(unitText.replace("₫", " đ "));
        Matcher matcher = UNIT.matcher(folded);
        if (folded.isEmpty() || !matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1) != null) {
            return Optional.of(AmountUnit.BILLION);
        }
        if (matcher.group(2) != null) {
            return Optional.of(AmountUnit.MILLION);
        }
        if (matcher.group(3) != null) {
            return Optional.of(AmountUnit.THOUSAND);
        }
        return Optional.of(AmountUnit.DONG);
    }

    private static ParseResult<Vnd> toVnd(String input, BigDecimal dong, List<ValueIssue> warnings) {
        try {
            return ParseResult.parsed(new Vnd(dong.longValueExact()), warnings);
        } catch (ArithmeticException e) {
            // Beyond a long: saturate, so that the core's rule refuses it as AMOUNT_TOO_LARGE on the investment,
            // as the API does, rather than a second code for the same problem.
            return ParseResult.parsed(new Vnd(dong.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE), warnings);
        }
    }

    private static ValueIssue rounding(String input, BigDecimal dong, BigDecimal rounded) {
        return new ValueIssue(ValueIssueCode.AMOUNT_ROUNDED, input, "the amount " + dong.stripTrailingZeros().toPlainString()
                + " đồng has a fraction of a đồng and was rounded to " + rounded.toPlainString());
    }

    private static ParseResult<Vnd> negative(String input, BigDecimal dong) {
        return ParseResult.failed(ValueIssueCode.AMOUNT_NEGATIVE, input,
                "the amount " + dong.stripTrailingZeros().toPlainString() + " đồng is negative");
    }

    private static ParseResult<Vnd> unreadable(String input, String why) {
        return ParseResult.failed(ValueIssueCode.AMOUNT_UNREADABLE, input,
                "'" + input.strip() + "' is not an amount: " + why);
    }

    private static int firstDigit(String s) {
        return firstDigit(s, 0);
    }

    private static int firstDigit(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** One number with the unit written after it, if any. */
    private record Segment(String number, @Nullable AmountUnit unit) {
    }
}
