package vn.campaign.importer.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.UnitPolicy;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitMatch;
import vn.campaign.core.unit.UnitNameMatcher;
import vn.campaign.core.unit.Units;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.issue.IssueCode;
import vn.campaign.importer.issue.RuleIssueCode;
import vn.campaign.importer.parse.ParsedRow;
import vn.campaign.importer.parse.RowIssue;
import vn.campaign.importer.parse.RowType;
import vn.campaign.importer.sheet.DataRow;
import vn.campaign.importer.sheet.Field;
import vn.campaign.importer.sheet.FieldValue;
import vn.campaign.importer.sheet.MappedColumn;
import vn.campaign.importer.sheet.SheetLayout;
import vn.campaign.importer.sheet.UnitSource;
import vn.campaign.importer.sheet.UnitTexts;
import vn.campaign.importer.value.DatePrecision;
import vn.campaign.importer.value.DateRange;

/**
 * Turns the parsed rows of a file into commands of the core.
 *
 * <ul>
 *   <li>The unit text (from the unit column, the group heading above, else a title row, the sheet name or
 *       the file name, which a warning names) is resolved by {@link UnitTexts} over the units that exist
 *       during the campaign ("UBND phường …", "TP", a fragment that fits several units); an ambiguous text
 *       is reported with its candidates, an unknown one as unrecognised.</li>
 *   <li>A run of days in one cell ("12-14/5/2022") gives an event its start and, without an end date of
 *       its own, its end; a work takes its first day.</li>
 *   <li>A work's day is the planned day, else the day its kind has a column for (the start of a
 *       groundbreaking, the completion of an inauguration), else the other one; an event starts on the
 *       planned day, else its start day, and ends on its end day. A month, quarter or year becomes its
 *       first day, with a warning that names the day taken.</li>
 *   <li>The issues of the row step are kept as they were written, located on the command's field; where a
 *       month, quarter or year became the command's day, the mapping says which day it took instead. An
 *       event's values that only works have (amount, plaque, investor, funding) are reported as not
 *       stored.</li>
 * </ul>
 * A row with any ERROR becomes {@link MappedRow.Rejected} and is never sent to the core. The core's rules
 * (dates in the campaign, duplicates, …) are checked when the command is sent; the cells each field came
 * from are kept with the command so that their violations can be located too.
 *
 * <p>Not thread-safe: use one mapper per file.
 */
public final class RowMapper {

    private static final int UNIT_CACHE_LIMIT = 1_000;
    /** The most distinct cell texts kept to be shared by later rows ({@link #shared}). */
    private static final int SHARED_TEXTS_LIMIT = 10_000;
    private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<Field, String[]> WORK_ONLY = new EnumMap<>(Map.of(
            Field.AMOUNT, new String[] {"kinh phí", "investment"},
            Field.FUNDING_SOURCE, new String[] {"nguồn vốn", "funding source"},
            Field.INVESTOR, new String[] {"chủ đầu tư", "investor"},
            Field.PLAQUE, new String[] {"gắn biển", "plaque"}));

    private final String campaignCode;
    private final UnitTexts matcher;
    private final Map<String, UnitMatch> unitCache = new HashMap<>();
    private final Map<String, String> sharedTexts = new HashMap<>();
    private final Map<Field, String> letters = new EnumMap<>(Field.class);
    private @Nullable SheetLayout layout;

    /**
     * A mapper for a campaign over the units a row may name.
     *
     * @param campaignCode the campaign the commands register for
     * @param units        the units that exist during the campaign
     */
    public RowMapper(String campaignCode, Collection<Unit> units) {
        this(campaignCode, new UnitTexts(units));
    }

    private RowMapper(String campaignCode, UnitTexts matcher) {
        this.campaignCode = Objects.requireNonNull(campaignCode, "campaignCode");
        this.matcher = matcher;
    }

    /**
     * A mapper for a campaign over the units of a store that exist during it; a unit merged away before it is
     * refused naming its successor (UNIT_MERGED).
     *
     * @param campaign the campaign
     * @param units    the units store
     * @return the mapper
     */
    public static RowMapper forCampaign(Campaign campaign, Units units) {
        List<Unit> all = units.findAll();
        List<Unit> valid = all.stream().filter(u -> u.isValidDuring(campaign.period())).toList();
        return new RowMapper(campaign.code().value(),
                new UnitTexts(valid, UnitNameMatcher.during(all, campaign.period())));
    }

    /**
     * Maps one parsed row.
     *
     * @param sheet the layout of the row's sheet
     * @param row   the row with its values read
     * @return the work or event, or the rejection
     */
    public MappedRow map(SheetLayout sheet, ParsedRow row) {
        Objects.requireNonNull(row, "row");
        useLayout(Objects.requireNonNull(sheet, "sheet"));
        RowContext context = new RowContext(row.source());
        String unitCode = unit(row.source(), context);
        context.cell(Cells.NAME, Field.NAME);
        context.cell(Cells.KIND, Field.KIND);
        DayChoice day = null;
        DayChoice end = null;
        if (row.type() == RowType.WORK) {
            Field own = row.workKind() == WorkKind.GROUNDBREAKING ? Field.START_DATE : Field.END_DATE;
            Field other = own == Field.START_DATE ? Field.END_DATE : Field.START_DATE;
            day = choose(row, Cells.PLANNED_ON, context, Field.PLANNED_DATE, own, other);
            context.cell(Cells.LOCATION, Field.LOCATION);
            context.cell(Cells.INVESTMENT, Field.AMOUNT);
            context.cell(Cells.FUNDING_SOURCE, Field.FUNDING_SOURCE);
            context.cell(Cells.INVESTOR, Field.INVESTOR);
            context.cell(Cells.PLAQUE, Field.PLAQUE);
        } else if (row.type() == RowType.EVENT) {
            day = choose(row, Cells.STARTS_ON, context, Field.PLANNED_DATE, Field.START_DATE);
            end = choose(row, Cells.ENDS_ON, context, Field.END_DATE);
            context.cell(Cells.VENUE, Field.LOCATION);
        }
        context.cell(Cells.EVIDENCE_NOTES, Field.NOTES);
        context.addParsed(row.issues(), day, end);
        if (row.source().hidden()) {
            context.add(MappingCode.ROW_HIDDEN, null, null, null);
        }
        if (row.type() == RowType.WORK && day != null) {
            disagreement(row, context, day);
        }
        if (row.type() == RowType.EVENT) {
            notStored(row.source(), context);
        }
        ExportedId exported = exported(row, context);
        if (context.hasError() || unitCode == null || row.name() == null || row.type() == RowType.UNDETERMINED) {
            return new MappedRow.Rejected(row.sheet(), row.rowNumber(), context.issues);
        }
        if (row.type() == RowType.WORK) {
            WorkDetails details = new WorkDetails(row.name(), Objects.requireNonNull(row.workKind(), "workKind"),
                    first(day), null, row.location(), null, row.amount(), row.fundingSource(), row.investor(),
                    Boolean.TRUE.equals(row.plaque()), row.notes());
            return new MappedRow.WorkRow(row.sheet(), row.rowNumber(), new RegisterWork(campaignCode, unitCode, details),
                    context.issues, context.cells.build(), exported);
        }
        LocalDate endsOn = end != null ? (end.range().precision() == DatePrecision.DAYS ? end.range().last()
                : end.range().first()) : day != null && day.range().precision() == DatePrecision.DAYS
                ? day.range().last() : null;
        EventDetails details = new EventDetails(row.name(), Objects.requireNonNull(row.eventKind(), "eventKind"),
                first(day), endsOn, null, row.location(), null, null, row.notes());
        return new MappedRow.EventRow(row.sheet(), row.rowNumber(), new RegisterEvent(campaignCode, unitCode, details),
                context.issues, context.cells.build(), exported);
    }

    // ------------------------------------------------------------------------------------------ unit

    private @Nullable String unit(DataRow row, RowContext context) {
        String text = row.unit();
        if (text == null) {
            context.cell(Cells.UNIT_CODE, Field.UNIT);
            return null;
        }
        String column = row.unitSource() == UnitSource.COLUMN ? letters.get(Field.UNIT) : null;
        context.cells.put(Cells.UNIT_CODE, column, shared(text));
        UnitMatch match = unitCache.get(text);
        if (match == null) {
            match = matcher.match(text);
            if (unitCache.size() < UNIT_CACHE_LIMIT) {
                unitCache.put(text, match);
            }
        }
        if (match instanceof UnitMatch.Found found) {
            UnitSource source = row.unitSource();
            if (source == UnitSource.TITLE || source == UnitSource.SHEET_NAME || source == UnitSource.FILE_NAME) {
                String[] where = switch (source) {
                    case TITLE -> new String[] {"dòng tiêu đề", "a title row"};
                    case SHEET_NAME -> new String[] {"tên trang", "the sheet name"};
                    default -> new String[] {"tên tệp", "the file name"};
                };
                context.add(MappingCode.UNIT_NOT_ON_ROW, null, null, Cells.UNIT_CODE, new Object[] {text, where[0]},
                        new Object[] {text, where[1]});
            }
            return found.unit().code().value();
        }
        if (match instanceof UnitMatch.Ambiguous ambiguous) {
            String candidates = ambiguous.candidates().stream().map(u -> u.code().value() + " " + u.name())
                    .collect(Collectors.joining(", "));
            context.add(MappingCode.UNIT_AMBIGUOUS, column, text, Cells.UNIT_CODE, text, candidates);
        } else if (match instanceof UnitMatch.Unknown unknown && unknown.mergedAway() != null) {
            Violation merged = UnitPolicy.merged(unknown.mergedAway());
            context.add(RuleIssueCode.of(merged.code()), merged.severity(), column, text, Cells.UNIT_CODE,
                    merged.message());
        } else {
            context.add(MappingCode.UNIT_UNRECOGNISED, column, text, Cells.UNIT_CODE, text);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ dates

    /** A date range the row gave for a field of the command, and the column it came from. */
    private record DayChoice(Field source, DateRange range) {
    }

    /** The first of the given date fields that has a value, recorded as the cell of a command field. */
    private @Nullable DayChoice choose(ParsedRow row, FieldPath field, RowContext context, Field... sources) {
        for (Field source : sources) {
            DateRange range = range(row, source);
            if (range != null) {
                context.cell(field, source);
                return new DayChoice(source, range);
            }
        }
        for (Field source : sources) {
            if (row.source().values().containsKey(source) || letters.containsKey(source)) {
                context.cell(field, source);
                break;
            }
        }
        return null;
    }

    private static @Nullable DateRange range(ParsedRow row, Field field) {
        return switch (field) {
            case PLANNED_DATE -> row.plannedDate();
            case START_DATE -> row.startDate();
            case END_DATE -> row.endDate();
            default -> null;
        };
    }

    private static @Nullable LocalDate first(@Nullable DayChoice choice) {
        return choice == null ? null : choice.range().first();
    }

    /** The planned day of a work taken, the day in its kind's own column saying otherwise. */
    private void disagreement(ParsedRow row, RowContext context, DayChoice day) {
        if (day.source() != Field.PLANNED_DATE) {
            return;
        }
        Field own = row.workKind() == WorkKind.GROUNDBREAKING ? Field.START_DATE : Field.END_DATE;
        DateRange ownRange = range(row, own);
        FieldValue ownValue = row.source().values().get(own);
        if (ownRange == null || ownValue == null || ownRange.precision() != DatePrecision.DAY
                || ownRange.first().equals(day.range().first())) {
            return;
        }
        String column = letters.get(own);
        context.add(MappingCode.DATES_DISAGREE, column, ownValue.text(), Cells.PLANNED_ON,
                new Object[] {VIETNAMESE_DAY.format(day.range().first()), column, ownValue.text()},
                new Object[] {day.range().first(), column, ownValue.text()});
    }

    // ------------------------------------------------------------------------------------------ export id

    /**
     * The registration an exported row was written from, read from the export's id and version columns
     * (wherever they are, hidden or not); {@code null} when the row has no id, or when the id or version is
     * unusable, which is then an ERROR of the row.
     */
    private @Nullable ExportedId exported(ParsedRow row, RowContext context) {
        FieldValue idValue = row.source().values().get(Field.REGISTRATION_ID);
        if (idValue == null) {
            return null;
        }
        String text = idValue.text();
        String column = letters.get(Field.REGISTRATION_ID);
        context.cells.put(Cells.ID, column, text);
        ExportedId.Decoded decoded = ExportedId.decode(text).orElse(null);
        if (decoded == null) {
            context.add(MappingCode.ID_UNREADABLE, column, text, Cells.ID, text);
            return null;
        }
        if (row.type() != RowType.UNDETERMINED && decoded.type() != row.type()) {
            context.add(MappingCode.ID_OF_OTHER_TYPE, column, text, Cells.ID,
                    new Object[] {text, vietnamese(decoded.type()), vietnamese(row.type())},
                    new Object[] {text, english(decoded.type()), english(row.type())});
            return null;
        }
        FieldValue versionValue = row.source().values().get(Field.VERSION);
        String versionColumn = letters.get(Field.VERSION);
        Long version = versionValue == null ? null : wholeNumber(versionValue);
        if (versionValue == null || version == null) {
            String shown = versionValue == null ? "" : versionValue.text();
            context.add(MappingCode.VERSION_MISSING, versionColumn, versionValue == null ? null : shown,
                    Cells.EXPECTED_VERSION, shown);
            return null;
        }
        context.cells.put(Cells.EXPECTED_VERSION, versionColumn, versionValue.text());
        return new ExportedId(text, decoded.type(), decoded.id(), version);
    }

    /** A version: a whole number of 0 or more, written as a number cell or as text. */
    private static @Nullable Long wholeNumber(FieldValue value) {
        try {
            BigDecimal number = value.number() != null ? value.number() : new BigDecimal(value.text().strip());
            long whole = number.longValueExact();
            return whole < 0 ? null : whole;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static String vietnamese(RowType type) {
        return type == RowType.WORK ? "một công trình" : "một lễ hội, sự kiện";
    }

    private static String english(RowType type) {
        return type == RowType.WORK ? "a work" : "an event";
    }

    // ------------------------------------------------------------------------------------------ values

    private void notStored(DataRow row, RowContext context) {
        for (Map.Entry<Field, String[]> workOnly : WORK_ONLY.entrySet()) {
            FieldValue value = row.values().get(workOnly.getKey());
            if (value != null) {
                String column = letters.get(workOnly.getKey());
                context.add(MappingCode.VALUE_NOT_USED, column, value.text(), null,
                        new Object[] {workOnly.getValue()[0], column}, new Object[] {workOnly.getValue()[1], column});
            }
        }
    }

    /**
     * The same text as a cell of an earlier row, if one had it (a unit, a kind, a day, a sum, a mark): a file's
     * rows wait in memory until the whole file is read, each with the texts of its cells for the issues the core
     * may report, and most of those texts repeat from row to row. A name, which does not, is never shared.
     */
    private String shared(String text) {
        String known = sharedTexts.get(text);
        if (known != null) {
            return known;
        }
        if (sharedTexts.size() < SHARED_TEXTS_LIMIT) {
            sharedTexts.put(text, text);
        }
        return text;
    }

    private void useLayout(SheetLayout sheet) {
        if (sheet == layout) {
            return;
        }
        layout = sheet;
        letters.clear();
        for (MappedColumn column : sheet.mapping().columns()) {
            letters.put(column.field(), column.letter());
        }
    }

    /** The issues and cell references of the row being mapped. */
    private final class RowContext {
        private final DataRow row;
        private final List<Issue> issues = new ArrayList<>(2);
        private final RowCells.Builder cells = new RowCells.Builder();
        private boolean error;

        RowContext(DataRow row) {
            this.row = row;
        }

        boolean hasError() {
            return error;
        }

        /** Records the column a command field comes from, with the cell's decoded value (empty when blank). */
        void cell(FieldPath field, Field source) {
            String column = letters.get(source);
            FieldValue value = row.values().get(source);
            if (column != null || value != null) {
                cells.putIfAbsent(field, column, value == null ? "" : source == Field.NAME ? value.text()
                        : shared(value.text()));
            }
        }

        void add(MappingCode code, @Nullable String column, @Nullable String value, @Nullable FieldPath field,
                Object... args) {
            add(code, code.severity(), column, value, field, code.message(args));
        }

        void add(MappingCode code, @Nullable String column, @Nullable String value, @Nullable FieldPath field,
                Object[] args, Object[] argsEn) {
            add(code, code.severity(), column, value, field, code.message(args, argsEn));
        }

        /** The row step's issues as they were written; the day taken from a month, quarter or year is named. */
        void addParsed(List<RowIssue> parsed, @Nullable DayChoice day, @Nullable DayChoice end) {
            for (RowIssue issue : parsed) {
                String value = RowIssue.shown(row, issue.field(), issue.rawValue());
                FieldPath field = issue.field() == null ? null : Cells.of(issue.field());
                DayChoice taken = day != null && day.source() == issue.field() ? day
                        : end != null && end.source() == issue.field() ? end : null;
                Message message = taken != null && value != null && taken.range().precision().warning() == issue.code()
                        ? firstDayTaken(value, taken.range()) : issue.message();
                add(issue.code(), issue.severity(), issue.column(), value, field, message);
            }
        }

        void add(IssueCode code, Severity severity, @Nullable String column, @Nullable String value,
                @Nullable FieldPath field, Message message) {
            issues.add(new Issue(row.sheet(), row.rowNumber(), column, code, severity, message, value, field));
            error |= severity == Severity.ERROR;
        }
    }

    /** A month, quarter or year written where a day was needed, and the first day of it taken. */
    private static Message firstDayTaken(String value, DateRange range) {
        LocalDate first = range.first();
        return new Message("“" + value + "” chỉ ghi " + range.precision().vietnamese() + ", không ghi ngày; đã lấy ngày"
                + " đầu tiên " + VIETNAMESE_DAY.format(first) + ".",
                "\"" + value + "\" gives a " + range.precision().english() + ", not a day; its first day, " + first
                        + ", was taken.");
    }
}
