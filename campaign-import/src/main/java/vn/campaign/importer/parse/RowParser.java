package vn.campaign.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.DescribedCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.FieldValue;
import vn.campaign.importer.sheet.MappedColumn;
import vn.campaign.importer.sheet.SheetKind;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.value.AmountParser;
import vn.campaign.importer.value.AmountUnit;
import vn.campaign.importer.value.DateParser;
import vn.campaign.importer.value.DateRange;
import vn.campaign.importer.value.KindParser;
import vn.campaign.importer.value.ParseResult;
import vn.campaign.importer.value.PlaqueMarkParser;
import vn.campaign.importer.value.ValueIssue;
import vn.campaign.importer.value.ValueIssueCode;

/**
 * Applies the value parsers to the data rows of one sheet.
 *
 * <ul>
 *   <li>Whether a row is a work or an event follows the sheet's kind; in a sheet that mixes both or says
 *       neither, the row's kind text decides, as a work kind first.</li>
 *   <li>Dates: an Excel date is a day; text is read by {@link DateParser} (a day, a run of days
 *       "12-14/5/2022", "tháng 5/2022", "Quý II/2022", a year; "19/5" in the campaign's year when one is
 *       given); a plain number is a year when it looks like one, else an Excel serial.</li>
 *   <li>Kinds: an abbreviation ("KC", "KT", "TDTT", "VH-VN") is read as its words; when the kind cell is
 *       empty or unreadable, the kind the name states ("Giải bóng đá …", "Khánh thành …") is taken with a
 *       warning.</li>
 *   <li>Amounts are in the unit their column's header states ("Kinh phí (triệu đồng)"), else in the unit
 *       a title row states ("ĐVT: triệu đồng"), else in đồng; a unit written in the cell wins.</li>
 *   <li>A blank plaque mark means no plaque.</li>
 *   <li>The name and the unit are required, and at least one date; a work needs its kind.</li>
 * </ul>
 * Issues name the sheet, row and column letter; a value's issue carries the cell as stored.
 */
public final class RowParser {

    private static final java.util.regex.Pattern UNIT_OF_MEASURE = java.util.regex.Pattern.compile(
            "(?iu)\\s*\\(?\\s*(đvt|đơn vị tính)");
    private static final java.util.regex.Pattern UNIT_NAME_WORDS = java.util.regex.Pattern.compile(
            "(?iu)(xã|phường|ubnd|ủy ban|uỷ ban)\\s");

    private final SheetLayout layout;
    private final AmountUnit amountUnit;
    private final @Nullable Integer assumedYear;

    /**
     * A parser for the rows of one sheet that refuses a day written without its year.
     *
     * @param layout the sheet's layout: its kind, and the header of its amount column
     */
    public RowParser(SheetLayout layout) {
        this(layout, null);
    }

    /**
     * A parser for the rows of one sheet.
     *
     * @param layout the sheet's layout: its kind, and the header of its amount column
     * @param assumedYear the year of a day written without one ("19/5"): the campaign's, when it lies within
     *     one calendar year; {@code null} to refuse such a day
     */
    public RowParser(SheetLayout layout, @Nullable Integer assumedYear) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.amountUnit = amountUnit(layout);
        this.assumedYear = assumedYear;
    }

    /**
     * The unit amounts without a unit of their own are read in.
     *
     * @return the unit from the amount column's header or a title row, đồng when neither states one
     */
    public AmountUnit amountUnit() {
        return amountUnit;
    }

    private static AmountUnit amountUnit(SheetLayout layout) {
        Optional<AmountUnit> fromHeader = layout.mapping().column(Field.AMOUNT)
                .flatMap(column -> AmountUnit.findInHeader(column.header()));
        if (fromHeader.isPresent()) {
            return fromHeader.get();
        }
        // a unit-of-measure line first: "Xã Đồng Môn" in a title names no unit of money
        List<String> titles = new ArrayList<>(layout.titles());
        titles.sort(java.util.Comparator.comparing(title -> !UNIT_OF_MEASURE.matcher(title).lookingAt()));
        for (String title : titles) {
            if (!UNIT_OF_MEASURE.matcher(title).lookingAt() && UNIT_NAME_WORDS.matcher(title).find()) {
                continue;
            }
            Optional<AmountUnit> fromTitle = AmountUnit.findInHeader(title);
            if (fromTitle.isPresent()) {
                return fromTitle.get();
            }
        }
        return AmountUnit.DONG;
    }

    /**
     * Reads the values of a data row of this sheet.
     *
     * @param row a data row of the sheet this parser was made for
     * @return the values read and the issues found
     */
    public ParsedRow parse(DataRow row) {
        if (!row.sheet().equals(layout.sheet())) {
            throw new IllegalArgumentException("row " + row.rowNumber() + " is from sheet \"" + row.sheet()
                    + "\", not \"" + layout.sheet() + "\"");
        }
        Context context = new Context(row);
        for (FieldValue value : row.values().values()) {
            context.cellIssues(value);
        }
        Integer sequence = context.sequence();
        String name = context.text(Field.NAME);
        RowType type = context.type();
        WorkKind workKind = type == RowType.WORK ? context.workKind() : null;
        EventKind eventKind = type == RowType.EVENT ? context.eventKind() : null;
        DateRange planned = context.date(Field.PLANNED_DATE);
        DateRange start = context.date(Field.START_DATE);
        DateRange end = context.date(Field.END_DATE);
        Vnd amount = context.amount();
        Boolean plaque = context.plaque();
        if (name == null) {
            context.rowIssue(Field.NAME, RowIssueCode.NAME_MISSING, "the row has no name"
                    + mappedIn(Field.NAME));
        }
        if (row.unit() == null) {
            context.rowIssue(Field.UNIT, RowIssueCode.UNIT_MISSING, layout.mapping().column(Field.UNIT).isPresent()
                    ? "the unit cell is empty and no group heading above names a unit"
                    : "the sheet has no unit column and no group heading above the row names a unit");
        }
        if (!context.has(Field.PLANNED_DATE) && !context.has(Field.START_DATE) && !context.has(Field.END_DATE)) {
            context.rowIssue(Field.PLANNED_DATE, RowIssueCode.DATE_MISSING,
                    "the row gives no date: neither a planned date, nor a start or end date" + mappedIn(Field.PLANNED_DATE));
        }
        return new ParsedRow(row, type, sequence, row.unit(), name, workKind, eventKind, planned, start, end,
                context.text(Field.LOCATION), amount, context.text(Field.FUNDING_SOURCE), context.text(Field.INVESTOR),
                plaque, context.text(Field.NOTES), context.issues);
    }

    private String mappedIn(Field field) {
        return layout.mapping().column(field).map(c -> "")
                .orElse(" (no column of the sheet was recognised as " + field + ")");
    }

    /** The values and issues of the row being parsed. */
    private final class Context {

        private final DataRow row;
        private final List<RowIssue> issues = new ArrayList<>();

        Context(DataRow row) {
            this.row = row;
        }

        /** A value usable by the parsers: present, neither an error nor a formula without a result. */
        private @Nullable FieldValue usable(Field field) {
            FieldValue value = row.values().get(field);
            if (value == null || value.kind() == CellKind.ERROR || value.kind() == CellKind.BLANK) {
                return null;
            }
            return value;
        }

        boolean has(Field field) {
            return usable(field) != null;
        }

        void cellIssues(FieldValue value) {
            if (value.kind() == CellKind.ERROR) {
                add(value, RowIssueCode.CELL_ERROR, "the cell holds the error value "
                        + value.raw() + " where " + value.field() + " is expected");
            } else if (value.kind() == CellKind.BLANK && value.formula()) {
                add(value, RowIssueCode.FORMULA_WITHOUT_VALUE,
                        "the cell holds a formula whose result was never saved; it was read as empty");
            } else if (value.formula()) {
                add(value, RowIssueCode.FORMULA_CACHED_VALUE, "the value " + value.raw()
                        + " is the result of a formula as last saved; formulas are not recalculated");
            }
        }

        @Nullable String text(Field field) {
            FieldValue value = usable(field);
            return value == null || value.text().isEmpty() ? null : value.text();
        }

        @Nullable Integer sequence() {
            FieldValue value = usable(Field.SEQUENCE);
            if (value == null) {
                return null;
            }
            try {
                return new java.math.BigDecimal(value.text()).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                add(value, RowIssueCode.SEQUENCE_UNREADABLE,
                        "the sequence number \"" + value.text() + "\" is not a whole number");
                return null;
            }
        }

        RowType type() {
            SheetKind kind = layout.kind();
            if (kind == SheetKind.WORKS) {
                return RowType.WORK;
            }
            if (kind == SheetKind.EVENTS) {
                return RowType.EVENT;
            }
            FieldValue value = usable(Field.KIND);
            String text = value == null ? "" : value.text();
            if (KindParser.workKind(text).isParsed()) {
                return RowType.WORK;
            }
            if (KindParser.eventKind(text).isParsed()) {
                return RowType.EVENT;
            }
            String name = text(Field.NAME);
            if (name != null && KindParser.workKindFromName(name).isPresent()) {
                return RowType.WORK;
            }
            if (name != null && KindParser.eventKindFromName(name).isPresent()) {
                return RowType.EVENT;
            }
            issue(Field.KIND, columnOf(Field.KIND), RowIssueCode.ROW_TYPE_UNKNOWN, value == null
                            ? "the sheet lists " + (kind == SheetKind.MIXED ? "both works and events" : "neither works"
                                    + " nor events by its headers") + ", and the row gives no kind to tell which"
                            : "\"" + text + "\" names neither a kind of work (khánh thành, khởi công) nor a kind of"
                                    + " event (lễ hội, văn hóa, thể thao)",
                    value == null ? "" : value.raw());
            return RowType.UNDETERMINED;
        }

        @Nullable WorkKind workKind() {
            FieldValue value = usable(Field.KIND);
            ParseResult<WorkKind> result = KindParser.workKind(value == null ? "" : value.text());
            String name = text(Field.NAME);
            Optional<WorkKind> fromName = name == null ? Optional.empty() : KindParser.workKindFromName(name);
            if (!result.isParsed() && fromName.isPresent() && name != null) {
                return fromName(value, name, fromName.get(), ValueIssueCode.WORK_KIND_FROM_NAME, result);
            }
            return read(Field.KIND, value, result);
        }

        @Nullable EventKind eventKind() {
            FieldValue value = usable(Field.KIND);
            ParseResult<EventKind> result = KindParser.eventKind(value == null ? "" : value.text());
            String name = text(Field.NAME);
            Optional<EventKind> fromName = name == null ? Optional.empty() : KindParser.eventKindFromName(name);
            if (!result.isParsed() && fromName.isPresent() && name != null) {
                return fromName(value, name, fromName.get(), ValueIssueCode.EVENT_KIND_FROM_NAME, result);
            }
            return read(Field.KIND, value, result);
        }

        /** The kind read from the name, with a warning that says what the kind cell held. */
        private <K> K fromName(@Nullable FieldValue value, String name, K kind, ValueIssueCode code,
                ParseResult<?> cell) {
            String why = value == null ? "the kind cell is empty" : cell.issues().get(0).message();
            issue(Field.KIND, value != null ? value.letter() : columnOf(Field.KIND), code,
                    why + "; read as " + kind + " from the name \"" + name + "\"", value == null ? "" : value.raw());
            return kind;
        }

        @Nullable DateRange date(Field field) {
            FieldValue value = usable(field);
            if (value == null) {
                return null;
            }
            ParseResult<DateRange> result = switch (value.kind()) {
                case DATE -> ParseResult.parsed(DateRange.day(Objects.requireNonNull(value.dateTime()).toLocalDate()));
                case NUMBER -> isYear(value) ? DateParser.parse(value.text())
                        : DateParser.fromSerial(Objects.requireNonNull(value.number()).doubleValue());
                case TEXT -> DateParser.parse(value.text(), assumedYear);
                default -> null;
            };
            if (result == null) {
                unexpected(value, "a date");
                return null;
            }
            return read(field, value, result);
        }

        private boolean isYear(FieldValue value) {
            java.math.BigDecimal number = Objects.requireNonNull(value.number());
            return number.scale() <= 0 && number.intValue() >= DateParser.MIN_YEAR
                    && number.intValue() <= DateParser.MAX_YEAR;
        }

        @Nullable Vnd amount() {
            FieldValue value = usable(Field.AMOUNT);
            if (value == null) {
                return null;
            }
            ParseResult<Vnd> result = switch (value.kind()) {
                case NUMBER -> AmountParser.fromNumber(Objects.requireNonNull(value.number()).doubleValue(), amountUnit);
                case TEXT -> AmountParser.parse(value.text(), amountUnit);
                default -> null;
            };
            if (result == null) {
                unexpected(value, "an amount");
                return null;
            }
            return read(Field.AMOUNT, value, result);
        }

        @Nullable Boolean plaque() {
            FieldValue value = usable(Field.PLAQUE);
            if (value == null) {
                return layout.mapping().column(Field.PLAQUE).isPresent() ? Boolean.FALSE : null;
            }
            ParseResult<Boolean> result = switch (value.kind()) {
                case NUMBER -> PlaqueMarkParser.fromNumber(Objects.requireNonNull(value.number()).doubleValue());
                case TEXT, BOOLEAN -> PlaqueMarkParser.parse(value.text());
                default -> null;
            };
            if (result == null) {
                unexpected(value, "a plaque mark");
                return null;
            }
            return read(Field.PLAQUE, value, result);
        }

        private <T> @Nullable T read(Field field, @Nullable FieldValue value, ParseResult<T> result) {
            for (ValueIssue issue : result.issues()) {
                issue(field, value != null ? value.letter() : columnOf(field), issue.code(), issue.message(),
                        value == null ? "" : value.raw());
            }
            return result.toOptional().orElse(null);
        }

        private void unexpected(FieldValue value, String expected) {
            add(value, RowIssueCode.CELL_TYPE_UNEXPECTED, "the cell holds "
                    + value.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + value.raw() + ", which cannot be read"
                    + " as " + expected);
        }

        private void add(FieldValue value, RowIssueCode code, String english) {
            issue(value.field(), value.letter(), code, english, value.raw());
        }

        void rowIssue(Field field, RowIssueCode code, String english) {
            issue(field, columnOf(field), code, english, "");
        }

        private @Nullable String columnOf(Field field) {
            return layout.mapping().column(field).map(MappedColumn::letter).orElse(null);
        }

        /**
         * Records an issue with its message in both languages: the code's Vietnamese description with the
         * cell's text, and the English sentence that says precisely what was found.
         */
        private void issue(Field field, @Nullable String column, DescribedCode code, String english, String raw) {
            String shown = RowIssue.shown(row, field, raw);
            Message message = new Message(code.vietnamese() + (shown == null ? "." : ": “" + shown + "”."), english);
            issues.add(new RowIssue(row.sheet(), row.rowNumber(), column, field, code, code.severity(), message, raw));
        }
    }
}
