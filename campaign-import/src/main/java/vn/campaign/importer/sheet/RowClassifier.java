package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.encoding.TextEncoding;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.MergedRange;
import vn.campaign.importer.source.SheetInfo;

/**
 * Tells what each row under the header is, in order, keeping the unit in force from group headings and
 * the values of vertically merged cells.
 *
 * <ul>
 *   <li>BLANK: nothing visible (values in hidden, unmapped columns do not count, but are named);</li>
 *   <li>HEADER: the header repeated, or a row of column numbers ("(1) (2) (3)", "A B C 1=2+3");</li>
 *   <li>TOTAL: the first text reads "Cộng", "Tổng cộng", "Tổng", "Cộng khối phường", "TỔNG CỘNG (I+II)",
 *       "Tổng số: 12 công trình"…, with no sequence number and no kind, date, place, investor or plaque; a
 *       total closes the unit in force;</li>
 *   <li>NOTE: a line that starts "Ghi chú", "Lưu ý", "Chú ý" or states the unit of measure ("ĐVT: triệu
 *       đồng"), with no sequence number and no registration values;</li>
 *   <li>GROUP: a heading without registration values: "I. KHỐI PHƯỜNG", "1. Phường Bắc Hà", "II" + "Các
 *       xã", "1" + "P.Bắc Hà", "3. UBND xã Thạch Trung", or a lone "Phường Bắc Hà". A heading that names a
 *       ward or commune (by its words, or as one of the campaign's {@link UnitNames}) becomes the unit of
 *       the rows below, even with a number in the sequence column; any other heading ("Khối phường",
 *       "Công trình khởi công") starts a new group and clears the unit;</li>
 *   <li>FOOTER: after the list has begun, a signature-block line ("Người lập biểu", "TM. BAN THƯỜNG VỤ",
 *       "Hà Tĩnh, ngày 15 tháng 4 năm 2022") and the rows under it that hold no registration values;</li>
 *   <li>UNMAPPED: values only in columns mapped to no field;</li>
 *   <li>HIDDEN: a row that would be a registration but is hidden in the workbook;</li>
 *   <li>DATA: everything else. A bullet ("-", "+", "•") leading the name is not part of it; when the
 *       sheet splits the amount by source ("Trong đó: Ngân sách", "Xã hội hóa") and has no funding source
 *       column, the funding source is the source of the split columns that hold a part of the amount.</li>
 * </ul>
 */
final class RowClassifier {

    private static final Pattern TOTAL = Pattern.compile(
            "(tong cong|tong so|tong|cong)( (chung|toan .*|khoi .*|phuong .*|xa .*|cac .*|don vi .*|[ivx]+( [ivx]+)*"
                    + "|[a-d]( [a-d])*|\\d+( .*)?))?|(tong cong|tong so) .*|grand total|tong cuoi|(sub ?)?total( .*)?");
    private static final Pattern NOTE = Pattern.compile("(ghi chu|luu y|chu y|chu thich|dvt|don vi tinh)( .*)?");
    private static final Pattern NOTE_START = Pattern.compile(
            "(?iu)^[*\\s]*(ghi chú|lưu ý|chú ý|chú thích|đvt|đơn vị tính)\\s*[:.(]");
    private static final Pattern ENUMERATED = Pattern.compile(
            "(?<mark>[IVXLC]+|[A-Z]|\\d{1,3}(?:\\.\\d{1,3})*)\\s*[.):/-]\\s*(?<label>\\S.*)");
    private static final Pattern ROMAN_OR_LETTER = Pattern.compile("[IVXLC]+\\.?|[A-Z]\\.?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
    private static final Pattern NUMBER_MARK = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*[.)]?");
    private static final Pattern UNIT_WORDS = Pattern.compile("(phuong|xa|p|x|thi tran) \\S.*");
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?iu)^\\s*(ubnd|u\\.b\\.n\\.d\\.?|ủy ban nhân dân|uỷ ban nhân dân)\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-+•*–—·]+\\s*");
    private static final Pattern BULLET_ONLY = Pattern.compile("\\s*[-+•*–—·]+\\s*");
    private static final Pattern CATEGORY_WORDS = Pattern.compile(
            "(khoi|cum|cac|nhom|linh vuc|cong trinh|le hoi|su kien|hoat dong)( .*)?");
    private static final Pattern FOOTER = Pattern.compile(
            "(nguoi lap|noi nhan|xac nhan|tm |t m |kt |k t |chu tich|pho chu tich|bi thu|pho bi thu|thu truong"
                    + "|giam doc|ky ten|luu |ngay thang nam).*|.*(^| )ngay \\d{1,2} thang \\d{1,2} nam \\d{4}.*");

    /** Fields whose presence shows a registration rather than a heading or a total. */
    private static final Set<Field> REGISTRATION_FIELDS = Set.of(Field.KIND, Field.PLANNED_DATE, Field.START_DATE,
            Field.END_DATE, Field.LOCATION, Field.INVESTOR, Field.FUNDING_SOURCE, Field.PLAQUE);

    private final String sheet;
    private final SheetInfo info;
    private final ColumnMapping mapping;
    private final Map<Integer, List<String>> headerTexts;
    private final Map<Integer, List<MergedRange>> mergesByFirstRow = new HashMap<>();
    private final Map<MergedRange, SheetCell> openMerges = new HashMap<>();

    private final UnitNames unitNames;
    private final Map<Integer, HeaderDetector.FundingSplit> splits;
    private final @Nullable UnitFallback fallback;

    private final List<String> groups = new ArrayList<>();
    private @Nullable String groupUnit;
    private boolean listBegun;
    private boolean inFooter;

    RowClassifier(SheetInfo info, ColumnMapping mapping, Map<Integer, List<String>> headerTexts, int headerLastRow) {
        this(info, mapping, headerTexts, headerLastRow, UnitNames.none(), Map.of(), null);
    }

    RowClassifier(SheetInfo info, ColumnMapping mapping, Map<Integer, List<String>> headerTexts, int headerLastRow,
            UnitNames unitNames, Map<Integer, HeaderDetector.FundingSplit> splits, @Nullable UnitFallback fallback) {
        this.fallback = fallback;
        this.sheet = info.name();
        this.info = info;
        this.mapping = mapping;
        this.headerTexts = headerTexts;
        this.unitNames = unitNames;
        this.splits = Collections.unmodifiableMap(new TreeMap<>(splits));
        for (MergedRange merge : info.merges()) {
            if (merge.lastRow() > merge.firstRow() && merge.firstRow() > headerLastRow) {
                mergesByFirstRow.computeIfAbsent(merge.firstRow(), k -> new ArrayList<>()).add(merge);
            }
        }
    }

    ReadRow classify(Line line) {
        if (line.gap()) {
            return new SkippedRow(sheet, line.first(), line.last(), SkipReason.BLANK, "no cells stored");
        }
        int row = line.first();
        closeMerges(row);
        openMerges(line);
        List<SheetCell> visible = line.cells().stream()
                .filter(c -> !c.isBlank() && (!info.isColumnHidden(c.column()) || mapping.field(c.column()).isPresent()))
                .toList();
        Map<Field, FieldValue> values = values(line, row);
        if (visible.isEmpty() && values.isEmpty()) {
            return new SkippedRow(sheet, row, row, SkipReason.BLANK, blankDetail(line));
        }
        Optional<String> header = repeatedHeader(visible);
        if (header.isPresent()) {
            return new SkippedRow(sheet, row, row, SkipReason.HEADER, header.get());
        }
        boolean sequence = hasSequenceNumber(values);
        boolean registration = values.keySet().stream().anyMatch(REGISTRATION_FIELDS::contains);
        String firstText = visible.stream().filter(c -> c.kind() == CellKind.TEXT).map(SheetCell::text).findFirst()
                .orElse("");
        if (!sequence && !registration && !firstText.isEmpty()
                && TOTAL.matcher(VietnameseText.fold(firstText)).matches()) {
            listBegun = true;
            if (groupUnit != null && !groups.isEmpty()) {
                groups.remove(groups.size() - 1);
            }
            groupUnit = null;
            return new SkippedRow(sheet, row, row, SkipReason.TOTAL, firstText);
        }
        if (!sequence && !registration && !firstText.isEmpty() && isNote(firstText)) {
            return new SkippedRow(sheet, row, row, SkipReason.NOTE, joined(visible));
        }
        if (!registration) {
            Optional<SkippedRow> group = group(row, line, visible, values, sequence);
            if (group.isPresent()) {
                listBegun = true;
                inFooter = false;
                return group.get();
            }
        }
        if (!sequence && signatureOnly(values, Field.KIND) && signatureOnly(values, Field.PLAQUE) && listBegun
                && (!values.containsKey(Field.AMOUNT) || !values.get(Field.AMOUNT).text().matches(".*\\d.*"))) {
            boolean footerLine = visible.stream().anyMatch(c -> FOOTER.matcher(VietnameseText.fold(c.text())).matches());
            if (footerLine || inFooter) {
                inFooter = true;
                return new SkippedRow(sheet, row, row, SkipReason.FOOTER, joined(visible));
            }
        }
        inFooter = false;
        if (values.isEmpty()) {
            return new SkippedRow(sheet, row, row, SkipReason.UNMAPPED, "values only in columns mapped to no field: "
                    + located(visible, row));
        }
        listBegun = true;
        FieldValue unitValue = values.get(Field.UNIT);
        String unit;
        UnitSource source;
        if (unitValue != null) {
            unit = unitValue.text();
            source = UnitSource.COLUMN;
        } else if (groupUnit != null) {
            unit = groupUnit;
            source = UnitSource.GROUP_ROW;
        } else if (fallback != null) {
            unit = fallback.unit();
            source = fallback.source();
        } else {
            unit = null;
            source = UnitSource.NONE;
        }
        if (line.hidden()) {
            return new SkippedRow(sheet, row, row, SkipReason.HIDDEN, joined(visible));
        }
        return new DataRow(sheet, row, unit, source, groups, withSplitsAndBullet(line, values), false);
    }

    /**
     * Whether a row's cells state the unit amounts are written in and nothing else: "ĐVT: triệu đồng",
     * "Đơn vị tính: nghìn đồng".
     *
     * @param cells the row's cells
     * @return whether the row is a unit-of-measure line
     */
    static boolean isUnitOfMeasureLine(List<SheetCell> cells) {
        List<SheetCell> shown = cells.stream().filter(c -> !c.isBlank()).toList();
        if (shown.size() != 1) {
            return false;
        }
        String folded = VietnameseText.fold(shown.get(0).text());
        return (folded.startsWith("dvt ") || folded.startsWith("don vi tinh ")) && folded.contains("dong");
    }

    /** Whether a field has no value, or one that reads as a line of a signature block ("TM. ỦY BAN NHÂN DÂN"). */
    private static boolean signatureOnly(Map<Field, FieldValue> values, Field field) {
        FieldValue value = values.get(field);
        return value == null || FOOTER.matcher(VietnameseText.fold(value.text())).matches();
    }

    private static boolean isNote(String text) {
        return NOTE_START.matcher(text).find() || NOTE.matcher(VietnameseText.fold(text)).matches()
                && text.strip().length() <= "Đơn vị tính".length();
    }

    /** The name without a leading bullet, and the funding source read from the split columns that hold a part. */
    private Map<Field, FieldValue> withSplitsAndBullet(Line line, Map<Field, FieldValue> values) {
        FieldValue name = values.get(Field.NAME);
        Map<Field, FieldValue> result = values;
        FieldValue mark = values.get(Field.SEQUENCE);
        if (mark != null && mark.kind() == CellKind.TEXT && BULLET_ONLY.matcher(mark.text()).matches()) {
            result = new EnumMap<>(values);
            result.remove(Field.SEQUENCE);
        }
        if (name != null && name.kind() == CellKind.TEXT && BULLET.matcher(name.text()).find()) {
            String text = BULLET.matcher(name.text()).replaceFirst("");
            if (!text.isEmpty()) {
                result = new EnumMap<>(result);
                result.put(Field.NAME, new FieldValue(Field.NAME, name.column(), name.kind(), name.raw(), text,
                        name.number(), name.dateTime(), name.encoding(), name.formula(), name.mergedFrom()));
            }
        }
        if (splits.isEmpty() || values.containsKey(Field.FUNDING_SOURCE)) {
            return result;
        }
        List<String> sources = new ArrayList<>();
        int firstColumn = -1;
        for (HeaderDetector.FundingSplit split : splits.values()) {
            Optional<SheetCell> cell = line.cell(split.column());
            boolean holdsPart = cell.map(c -> c.number() != null ? c.number().signum() != 0
                    : !c.isBlank() && !c.text().matches("[0\\s.,-]*")).orElse(false);
            if (holdsPart && !split.source().isEmpty() && !sources.contains(split.source())) {
                sources.add(split.source());
                firstColumn = firstColumn < 0 ? split.column() : firstColumn;
            }
        }
        if (sources.isEmpty()) {
            return result;
        }
        Map<Field, FieldValue> withSource = new EnumMap<>(result);
        String text = String.join(", ", sources);
        withSource.put(Field.FUNDING_SOURCE, new FieldValue(Field.FUNDING_SOURCE, firstColumn, CellKind.TEXT, text, text,
                null, null, TextEncoding.UNICODE, false, null));
        return withSource;
    }

    private Map<Field, FieldValue> values(Line line, int row) {
        Map<Field, FieldValue> values = new EnumMap<>(Field.class);
        for (MappedColumn mapped : mapping.columns()) {
            Optional<SheetCell> cell = line.cell(mapped.column()).filter(c -> !c.isBlank() || c.formula());
            if (cell.isPresent()) {
                values.put(mapped.field(), cell.get().toValue(mapped.field(), null));
                continue;
            }
            for (Map.Entry<MergedRange, SheetCell> open : openMerges.entrySet()) {
                MergedRange merge = open.getKey();
                if (merge.firstRow() < row && merge.covers(row, mapped.column())) {
                    String from = HeaderDetector.letter(merge.firstColumn()) + merge.firstRow();
                    values.put(mapped.field(), open.getValue().toValue(mapped.field(), from));
                }
            }
        }
        return values;
    }

    private void closeMerges(int row) {
        Iterator<MergedRange> iterator = openMerges.keySet().iterator();
        while (iterator.hasNext()) {
            if (iterator.next().lastRow() < row) {
                iterator.remove();
            }
        }
    }

    private void openMerges(Line line) {
        for (MergedRange merge : mergesByFirstRow.getOrDefault(line.first(), List.of())) {
            line.cell(merge.firstColumn()).filter(c -> !c.isBlank()).ifPresent(cell -> openMerges.put(merge, cell));
        }
    }

    private String blankDetail(Line line) {
        List<SheetCell> hidden = line.cells().stream().filter(c -> !c.isBlank()).toList();
        return hidden.isEmpty() ? "blank" : "values only in hidden columns: " + located(hidden, line.first());
    }

    private Optional<String> repeatedHeader(List<SheetCell> visible) {
        int same = 0;
        // the header repeated needs at least 2 cells, and half of them, that read as their column's header: the
        // cells are folded only while that count can still be reached (a data row gives up after a few)
        int needed = Math.max(2, (visible.size() + 1) / 2);
        int left = visible.size();
        for (SheetCell cell : visible) {
            if (same + left < needed) {
                break;
            }
            left--;
            List<String> texts = headerTexts.getOrDefault(cell.column(), List.of());
            if (!texts.isEmpty() && texts.contains(VietnameseText.fold(cell.text()))) {
                same++;
            }
        }
        if (same >= 2 && same * 2 >= visible.size()) {
            return Optional.of("the header repeated");
        }
        if (visible.size() >= 3 && HeaderDetector.isNumberingRow(visible)) {
            return Optional.of("column numbers under the header");
        }
        return Optional.empty();
    }

    private static boolean hasSequenceNumber(Map<Field, FieldValue> values) {
        FieldValue sequence = values.get(Field.SEQUENCE);
        if (sequence == null) {
            return false;
        }
        return sequence.kind() == CellKind.NUMBER || INTEGER.matcher(sequence.text()).matches();
    }

    private Optional<SkippedRow> group(int row, Line line, List<SheetCell> visible, Map<Field, FieldValue> values,
            boolean sequence) {
        List<SheetCell> heading = visible.stream().filter(c -> {
            Optional<Field> field = mapping.field(c.column());
            return field.isEmpty() || field.get() == Field.SEQUENCE || field.get() == Field.NAME
                    || field.get() == Field.UNIT;
        }).toList();
        if (heading.isEmpty() || heading.size() > 2 || heading.size() + (values.containsKey(Field.AMOUNT) ? 1 : 0)
                < visible.size()) {
            return Optional.empty();
        }
        String mark;
        String label;
        if (heading.size() == 2) {
            mark = heading.get(0).text();
            label = heading.get(1).text();
            boolean markIsSequenceColumn = mapping.field(heading.get(0).column()).orElse(null) == Field.SEQUENCE;
            if (!markIsSequenceColumn || !(ROMAN_OR_LETTER.matcher(mark).matches() || NUMBER_MARK.matcher(mark).matches())) {
                return Optional.empty();
            }
        } else {
            String text = heading.get(0).text();
            Matcher matcher = ENUMERATED.matcher(text);
            if (UNIT_WORDS.matcher(VietnameseText.fold(text)).matches()) {
                mark = "";
                label = text;
            } else if (matcher.matches()) {
                mark = matcher.group("mark");
                label = matcher.group("label").strip();
            } else {
                mark = "";
                label = text;
            }
        }
        String unitText = COMMITTEE.matcher(label).replaceFirst("").strip();
        String folded = VietnameseText.fold(label);
        boolean category = CATEGORY_WORDS.matcher(folded).matches();
        boolean unitLike = !category && (UNIT_WORDS.matcher(VietnameseText.fold(unitText)).matches()
                || unitNames.names(unitText));
        boolean romanOrLetter = ROMAN_OR_LETTER.matcher(mark).matches();
        if (sequence && !unitLike) {
            return Optional.empty();
        }
        if (unitLike) {
            if (groups.size() > 1 || (groups.size() == 1 && groupUnit != null)) {
                groups.remove(groups.size() - 1);
            }
            groups.add(label);
            groupUnit = unitText.equals(label) ? label : unitText;
        } else if (category || romanOrLetter) {
            groups.clear();
            groups.add(label);
            groupUnit = null;
        } else {
            return Optional.empty();
        }
        return Optional.of(new SkippedRow(sheet, row, row, SkipReason.GROUP, mark.isEmpty() ? label
                : heading.size() == 2 ? mark + " " + label : line.text(heading.get(0).column())));
    }

    private static String joined(List<SheetCell> cells) {
        return String.join(" | ", cells.stream().map(SheetCell::text).toList());
    }

    private static String located(List<SheetCell> cells, int row) {
        return String.join(", ", cells.stream()
                .map(c -> HeaderDetector.letter(c.column()) + row + " \"" + c.text() + "\"").toList());
    }
}
