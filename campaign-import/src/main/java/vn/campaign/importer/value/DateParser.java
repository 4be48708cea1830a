package vn.campaign.importer.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;

/**
 * Reads dates as Vietnamese registers write them, always day first.
 *
 * <ul>
 *   <li>days: {@code 19/5/2022}, {@code 19-05-2022}, {@code 19.5.2022}, {@code 19 5 2022},
 *       {@code ngày 19 tháng 5 năm 2022}, ISO {@code 2022-05-19}; a trailing time is ignored; a
 *       two-digit year is read as 20yy with a warning;</li>
 *   <li>months: {@code tháng 5/2022}, {@code Tháng 05/2022}, {@code T5/2022}, {@code 5/2022},
 *       {@code 2022-05};</li>
 *   <li>quarters: {@code Quý II/2022}, {@code quý 2/2022}, {@code Q2/2022};</li>
 *   <li>years: {@code năm 2022}, {@code 2022};</li>
 *   <li>Excel serial numbers of the 1900 (or 1904) date system, via Apache POI, also written as text
 *       ({@code 44700});</li>
 *   <li>runs of days in one cell, read as their first and last day ({@link DatePrecision#DAYS}):
 *       {@code 12-14/5/2022}, {@code 12/5-14/5/2022}, {@code 30/4 - 02/5/2022},
 *       {@code Từ ngày 3/6 đến ngày 5/6/2022}; the start borrows the month and year the end states;</li>
 *   <li>a day and month without a year ({@code 19/5}) when a year to assume is given (the campaign's, when
 *       it lies within one calendar year), with the warning {@code DATE_YEAR_ASSUMED}.</li>
 * </ul>
 * A month, quarter or year becomes the range of its first to last day, with a warning. Words such as
 * "dự kiến", "khoảng", "cuối" are accepted with a warning that the date is approximate.
 */
public final class DateParser {

    /** The first year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The last year accepted. */
    public static final int MAX_YEAR = 2100;

    private static final Pattern TIME = Pattern.compile(
            "(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*(?:[AaPp][Mm]|SA|CH|sa|ch))?"
                    + "(?:Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MONTH_TOKEN = Pattern.compile("(?:t|thang)(\\d{1,2})");
    private static final Pattern QUARTER_TOKEN = Pattern.compile("(?:q|quy)(\\d|i{1,3}|iv|v)");
    private static final Pattern ROMAN = Pattern.compile("i{1,3}|iv|v");
    private static final Pattern SERIAL_TEXT = Pattern.compile("[2-7]\\d{4}(?:[.,]\\d+)?");
    private static final Pattern SPAN_WORDS = Pattern.compile(
            "(?iu)(?:(?:từ|tu)\\s+)?(.+?)\\s+(?:đến|den|tới|toi)\\s+(.+)");
    private static final Pattern SPAN_DASH = Pattern.compile("(.*\\d)\\s*(?:\\s-\\s|[–—~])\\s*(\\D{0,12}\\d.*)");
    private static final Pattern SPAN_HYPHEN = Pattern.compile(
            "(\\d{1,2}(?:[/.]\\d{1,2})?(?:[/.]\\d{4})?)-(\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)");
    private static final Set<String> FILLERS = Set.of("ngay", "vao", "luc", "trong");
    private static final Set<String> APPROXIMATE = Set.of("du", "kien", "khoang", "dau", "giua", "cuoi");

    private DateParser() {
    }

    /**
     * Reads a date written as text.
     *
     * @param text the cell's text
     * @return the day, month, quarter or year as a range, or a problem ({@code DATE_EMPTY},
     *     {@code DATE_UNREADABLE}, {@code DATE_IMPOSSIBLE})
     */
    public static ParseResult<DateRange> parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads a date written as text, taking a year for a day and month written without one.
     *
     * @param text the cell's text
     * @param assumedYear the year of a day written without one ("19/5"), or {@code null} to refuse such a day
     * @return the day, run of days, month, quarter or year as a range, or a problem ({@code DATE_EMPTY},
     *     {@code DATE_UNREADABLE}, {@code DATE_IMPOSSIBLE}, {@code DATE_SPAN_REVERSED})
     */
    public static ParseResult<DateRange> parse(String text, @Nullable Integer assumedYear) {
        Objects.requireNonNull(text, "text");
        String normalized = VietnameseText.normalize(text);
        if (normalized.isEmpty()) {
            return ParseResult.failed(ValueIssueCode.DATE_EMPTY, text, "the date is empty");
        }
        if (SERIAL_TEXT.matcher(normalized).matches()) {
            return fromSerial(Double.parseDouble(normalized.replace(',', '.')));
        }
        String[] span = span(normalized);
        ParseResult<DateRange> run = span == null ? null : span(text, span[0], span[1], assumedYear);
        if (run != null) {
            return run;
        }
        String folded = VietnameseText.fold(TIME.matcher(normalized).replaceFirst(""));
        Tokens tokens = Tokens.read(folded);
        if (tokens.unknown != null) {
            return unreadable(text, "'" + tokens.unknown + "' is not part of a date");
        }
        List<ValueIssue> warnings = new ArrayList<>();
        if (tokens.approximate) {
            warnings.add(new ValueIssue(ValueIssueCode.DATE_APPROXIMATE, text, "the date is qualified as approximate"));
        }
        if (tokens.quarterWord) {
            return quarter(text, tokens, warnings);
        }
        List<String> numbers = tokens.numbers;
        if (tokens.month != null) {
            numbers = new ArrayList<>(numbers);
            numbers.add(numbers.size() == 2 ? 1 : 0, tokens.month);
        }
        if (numbers.size() == 2 && assumedYear != null && !tokens.monthWord && numbers.get(0).length() <= 2
                && numbers.get(1).length() <= 2) {
            numbers = new ArrayList<>(numbers);
            numbers.add(String.valueOf(assumedYear));
            warnings.add(new ValueIssue(ValueIssueCode.DATE_YEAR_ASSUMED, text,
                    "no year was written; the campaign's year " + assumedYear + " was taken"));
        }
        return switch (numbers.size()) {
            case 3 -> day(text, numbers, warnings);
            case 2 -> month(text, numbers, warnings);
            case 1 -> year(text, numbers.get(0), tokens.monthWord, warnings);
            default -> unreadable(text, numbers.isEmpty() ? "no numbers" : "too many numbers for a date");
        };
    }

    /**
     * Reads an Excel date serial number of the 1900 date system.
     *
     * @param serial the cell's number; a fraction (the time of day) is ignored
     * @return the day, or a problem ({@code DATE_SERIAL_INVALID})
     */
    public static ParseResult<DateRange> fromSerial(double serial) {
        return fromSerial(serial, false);
    }

    /**
     * Reads an Excel date serial number.
     *
     * <p>A whole number from 1900 to 2100 is taken for a year typed into a number cell (as a serial it
     * would fall in 1905), with the warning {@code DATE_IS_YEAR}.
     *
     * @param serial the cell's number; a fraction (the time of day) is ignored
     * @param date1904 whether the workbook uses the 1904 date system
     * @return the day, or a problem ({@code DATE_SERIAL_INVALID})
     */
    public static ParseResult<DateRange> fromSerial(double serial, boolean date1904) {
        String input = Inputs.numberText(serial);
        if (Double.isNaN(serial) || Double.isInfinite(serial) || serial < 1 || !DateUtil.isValidExcelDate(serial)) {
            return ParseResult.failed(ValueIssueCode.DATE_SERIAL_INVALID, input,
                    input + " is not an Excel date serial (it must be a number of days from 1)");
        }
        if (serial == Math.rint(serial) && serial >= MIN_YEAR && serial <= MAX_YEAR) {
            int year = (int) serial;
            return ParseResult.parsed(DateRange.year(year), List.of(new ValueIssue(ValueIssueCode.DATE_IS_YEAR, input,
                    input + " was read as the year " + year + ", not as an Excel date serial")));
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904);
        if (dateTime == null || dateTime.getYear() < MIN_YEAR || dateTime.getYear() > MAX_YEAR) {
            return ParseResult.failed(ValueIssueCode.DATE_SERIAL_INVALID, input, "Excel date serial " + input
                    + " is " + (dateTime == null ? "no date" : "the date " + dateTime.toLocalDate())
                    + ", outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return ParseResult.parsed(DateRange.day(dateTime.toLocalDate()));
    }

    /** The two ends of a run of days, or {@code null} when the text is not written as one. */
    private static String @Nullable [] span(String normalized) {
        for (Pattern pattern : List.of(SPAN_WORDS, SPAN_DASH, SPAN_HYPHEN)) {
            Matcher matcher = pattern.matcher(normalized);
            if (matcher.matches()) {
                return new String[] {matcher.group(1).strip(), matcher.group(2).strip()};
            }
        }
        return null;
    }

    /** A run of days, or {@code null} when its end is no day (the text is then read as a single date). */
    private static @Nullable ParseResult<DateRange> span(String text, String from, String to,
            @Nullable Integer assumedYear) {
        ParseResult<DateRange> end = parse(to, assumedYear);
        if (!(end instanceof ParseResult.Parsed<DateRange> endParsed)
                || endParsed.value().precision() != DatePrecision.DAY) {
            return null;
        }
        DateRange endRange = endParsed.value();
        List<String> numbers = new ArrayList<>();
        for (String token : VietnameseText.fold(from).split(" ")) {
            if (DIGITS.matcher(token).matches()) {
                numbers.add(token);
            } else if (!token.isEmpty() && !FILLERS.contains(token) && !token.equals("tu")) {
                return unreadable(text, "'" + token + "' is not part of a date");
            }
        }
        LocalDate last = endRange.last();
        ParseResult<DateRange> start;
        boolean borrowed = numbers.size() < 3;
        if (numbers.size() == 1 || numbers.size() == 2) {
            List<String> full = new ArrayList<>(numbers);
            if (numbers.size() == 1) {
                full.add(String.valueOf(last.getMonthValue()));
            }
            full.add(String.valueOf(last.getYear()));
            start = day(text, full, new ArrayList<>());
        } else if (numbers.size() == 3) {
            start = day(text, numbers, new ArrayList<>());
        } else {
            return unreadable(text, "the start of the run of days is not a day");
        }
        if (!(start instanceof ParseResult.Parsed<DateRange> startParsed)) {
            return start;
        }
        LocalDate first = startParsed.value().first();
        if (borrowed && first.isAfter(last)) {
            // "30/12 - 02/01/2023" starts in the year before; "28-02/3/2022" in the month before
            first = numbers.size() == 2 ? first.minusYears(1) : first.minusMonths(1);
        }
        if (first.isAfter(last)) {
            return ParseResult.failed(ValueIssueCode.DATE_SPAN_REVERSED, text,
                    "the run of days ends on " + last + ", before it starts on " + first);
        }
        if (first.equals(last)) {
            return ParseResult.parsed(DateRange.day(first), endParsed.warnings());
        }
        return ParseResult.parsed(DateRange.days(first, last), endParsed.warnings());
    }

    private static ParseResult<DateRange> day(String text, List<String> numbers, List<ValueIssue> warnings) {
        boolean isoOrder = numbers.get(0).length() == 4;
        String dayText = isoOrder ? numbers.get(2) : numbers.get(0);
        String monthText = numbers.get(1);
        String yearText = isoOrder ? numbers.get(0) : numbers.get(2);
        if (dayText.length() > 2 || monthText.length() > 2) {
            return unreadable(text, "day and month have one or two digits");
        }
        Integer year = yearOfDay(text, yearText, true, warnings);
        if (year == null) {
            return unreadable(text, "the year '" + yearText + "' must have four digits");
        }
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        ParseResult<DateRange> invalid = checkYearAndMonth(text, year, month);
        if (invalid != null) {
            return invalid;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return ParseResult.failed(ValueIssueCode.DATE_IMPOSSIBLE, text, "day " + day + " does not exist in "
                    + monthName(yearMonth) + ", which has " + yearMonth.lengthOfMonth() + " days (dates are read day first)");
        }
        return ParseResult.parsed(DateRange.day(LocalDate.of(year, month, day)), warnings);
    }

    private static ParseResult<DateRange> month(String text, List<String> numbers, List<ValueIssue> warnings) {
        boolean isoOrder = numbers.get(0).length() == 4;
        String monthText = isoOrder ? numbers.get(1) : numbers.get(0);
        String yearText = isoOrder ? numbers.get(0) : numbers.get(1);
        if (yearText.length() != 4) {
            return unreadable(text, "no four-digit year (a day and month without year is not a date)");
        }
        if (monthText.length() > 2) {
            return unreadable(text, "the month '" + monthText + "' has more than two digits");
        }
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        ParseResult<DateRange> invalid = checkYearAndMonth(text, year, month);
        if (invalid != null) {
            return invalid;
        }
        DateRange range = DateRange.month(YearMonth.of(year, month));
        warnings.add(new ValueIssue(ValueIssueCode.DATE_IS_MONTH, text,
                "only a month was given; read as " + range.first() + " to " + range.last()));
        return ParseResult.parsed(range, warnings);
    }

    private static ParseResult<DateRange> year(String text, String yearText, boolean monthWord, List<ValueIssue> warnings) {
        if (monthWord || yearText.length() != 4) {
            return unreadable(text, monthWord ? "a month needs a four-digit year" : "a single number that is not a year");
        }
        int year = Integer.parseInt(yearText);
        ParseResult<DateRange> invalid = checkYearAndMonth(text, year, 1);
        if (invalid != null) {
            return invalid;
        }
        warnings.add(new ValueIssue(ValueIssueCode.DATE_IS_YEAR, text,
                "only a year was given; read as " + year + "-01-01 to " + year + "-12-31"));
        return ParseResult.parsed(DateRange.year(year), warnings);
    }

    private static ParseResult<DateRange> quarter(String text, Tokens tokens, List<ValueIssue> warnings) {
        List<String> numbers = new ArrayList<>(tokens.numbers);
        String quarterText = tokens.quarter;
        if (quarterText == null) {
            if (numbers.size() != 2) {
                return unreadable(text, "a quarter needs its number and a year");
            }
            quarterText = numbers.remove(0);
        }
        if (numbers.size() != 1 || numbers.get(0).length() != 4) {
            return unreadable(text, "a quarter needs a four-digit year");
        }
        int year = Integer.parseInt(numbers.get(0));
        int quarter = quarterNumber(quarterText);
        ParseResult<DateRange> invalid = checkYearAndMonth(text, year, 1);
        if (invalid != null) {
            return invalid;
        }
        if (quarter < 1 || quarter > 4) {
            return ParseResult.failed(ValueIssueCode.DATE_IMPOSSIBLE, text,
                    "quarter " + quarterText.toUpperCase(Locale.ROOT) + " does not exist; a year has quarters I to IV");
        }
        DateRange range = DateRange.quarter(year, quarter);
        warnings.add(new ValueIssue(ValueIssueCode.DATE_IS_QUARTER, text,
                "only a quarter was given; read as " + range.first() + " to " + range.last()));
        return ParseResult.parsed(range, warnings);
    }

    /** The year of a day, or {@code null} when it has neither two nor four digits. */
    private static @Nullable Integer yearOfDay(String text, String yearText, boolean allowTwoDigits,
            List<ValueIssue> warnings) {
        if (yearText.length() == 4) {
            return Integer.parseInt(yearText);
        }
        if (allowTwoDigits && yearText.length() == 2) {
            int year = 2000 + Integer.parseInt(yearText);
            warnings.add(new ValueIssue(ValueIssueCode.DATE_TWO_DIGIT_YEAR, text,
                    "the year '" + yearText + "' was read as " + year));
            return year;
        }
        return null;
    }

    private static @Nullable ParseResult<DateRange> checkYearAndMonth(String text, int year, int month) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return ParseResult.failed(ValueIssueCode.DATE_IMPOSSIBLE, text,
                    "the year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            return ParseResult.failed(ValueIssueCode.DATE_IMPOSSIBLE, text,
                    "month " + month + " does not exist (dates are read day first)");
        }
        return null;
    }

    private static int quarterNumber(String text) {
        return switch (text) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            default -> Integer.parseInt(text);
        };
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private static ParseResult<DateRange> unreadable(String text, String why) {
        return ParseResult.failed(ValueIssueCode.DATE_UNREADABLE, text,
                "'" + text.strip() + "' is not a date: " + why);
    }

    /** The words and numbers of a folded date text. */
    private static final class Tokens {
        final List<String> numbers = new ArrayList<>();
        @Nullable String month;
        @Nullable String quarter;
        boolean monthWord;
        boolean quarterWord;
        boolean approximate;
        @Nullable String unknown;

        static Tokens read(String folded) {
            Tokens tokens = new Tokens();
            for (String token : folded.split(" ")) {
                tokens.add(token);
                if (tokens.unknown != null) {
                    break;
                }
            }
            return tokens;
        }

        private void add(String token) {
            Matcher matcher;
            if (token.isEmpty() || FILLERS.contains(token) || token.equals("nam")) {
                return;
            }
            if (APPROXIMATE.contains(token)) {
                approximate = true;
            } else if (token.equals("thang") || token.equals("t")) {
                monthWord = true;
            } else if (token.equals("quy") || token.equals("q")) {
                quarterWord = true;
            } else if (DIGITS.matcher(token).matches()) {
                numbers.add(token);
            } else if ((matcher = MONTH_TOKEN.matcher(token)).matches() && month == null) {
                monthWord = true;
                month = matcher.group(1);
            } else if ((matcher = QUARTER_TOKEN.matcher(token)).matches() && quarter == null) {
                quarterWord = true;
                quarter = matcher.group(1);
            } else if (quarterWord && quarter == null && numbers.isEmpty() && ROMAN.matcher(token).matches()) {
                quarter = token;
            } else {
                unknown = token;
            }
        }
    }
}
