package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.MergedRange;
import vn.campaign.importer.source.SheetInfo;

/**
 * Finds the header among the first rows of a sheet and maps its columns to fields.
 *
 * <p>Each non-blank row is tried as the top of a header of one to four rows. A row is added below when
 * the top row has at least two cells (a title merged across the sheet is not a header) and the sheet's
 * merged cells say so (a cell of the rows above merged down into it, or a cell of the row above merged
 * across columns that have sub-headers in it) or, in a file without merges, when the lower row holds no
 * numbers and the rows together match more fields, or as many with the lower row under a parent that spans
 * blank cells ("Kinh phí", "", "" over "Tổng số", "Ngân sách", "Xã hội hóa"). A column's header is then its texts from the top row
 * down ("Kinh phí dự kiến" / "Trong đó" / "Ngân sách"), each parent from the merged cell above it.
 *
 * <p>A parent's words describe its children without making them all the same column: the child named as
 * the total ("Tổng số", "Cộng") takes the parent's field, and a child under "Trong đó" or naming a source
 * of money under an amount ("Ngân sách", "Xã hội hóa") is a funding split column, read for the funding
 * source rather than as a second amount. A column headed with both the unit and the name ("Đơn vị / Tên
 * công trình") is the name column, and says that the units are the group rows above their registrations,
 * so no other column is taken for the unit. A row of column numbers ("A B C 1=2+3", "(1) (2) (3)", "1 2 3")
 * ends the header: the rows are told apart by {@link RowClassifier} as column numbers, not data.
 *
 * <p>The candidate that maps the most fields wins, the earlier on a tie, the deeper of the same top row on
 * a tie. It must map the name and another field. A table that maps no field describing a registration (kind,
 * a date, place, amount, funding, investor or plaque) and has other columns ("STT | Đơn vị | Đã đạt |
 * Đánh giá chung", "STT | Tên công trình | Đơn vị | Căn cứ": a compliance matrix, a list of plaques) lists
 * something else than registrations, and is reported as {@link #otherTable()}.
 */
final class HeaderDetector {

    /** What a child named as its parent's total adds to its score, so that it takes the parent's field. */
    private static final int TOTAL_BONUS = 5000;

    /** How many rows a header may span, without its row of column numbers. */
    static final int MAX_DEPTH = 4;

    /** The fields that show a table lists registrations, not only units and names. */
    private static final Set<Field> DESCRIBING = Set.of(Field.KIND, Field.PLANNED_DATE, Field.START_DATE,
            Field.END_DATE, Field.LOCATION, Field.AMOUNT, Field.FUNDING_SOURCE, Field.INVESTOR, Field.PLAQUE);
    private static final Pattern WITHIN = Pattern.compile("trong do( .*)?");
    private static final Pattern TOTAL_CHILD = Pattern.compile("tong so|tong|tong cong|cong|tong kinh phi|tong von"
            + "|tong muc dau tu|tong so kinh phi|tong so von|so tien");
    private static final Pattern SOURCE_CHILD = Pattern.compile("(ngan sach|ns|xa hoi hoa|xhh|von|nguon|nhan dan"
            + "|doanh nghiep|dong gop|tai tro|chua ro nguon|khac)( .*)?");
    private static final Pattern UNKNOWN_SOURCE = Pattern.compile("(chua ro|khong ro|chua xac dinh)( .*)?");
    private static final Pattern NAME_PARTS = Pattern.compile("\\s*(?:/|,|;|\\s-\\s|\\s\\+\\s)\\s*");
    private static final Pattern WORD = Pattern.compile(".*[A-Za-z]{3,}.*");
    private static final Pattern DIGIT_OR_LETTER = Pattern.compile("\\(?[A-Za-z]{1,2}\\)?|.*\\d.*");

    /** The header found and its mapping. */
    record Detection(HeaderRows header, ColumnMapping mapping, List<HeaderColumn> unmapped, List<String> notes,
            Map<Integer, List<String>> headerTexts, Map<Integer, FundingSplit> splits) {
    }

    /**
     * A column that holds the part of the amount from one source of money.
     *
     * @param column the column
     * @param header its header as displayed
     * @param source the source it names ("Ngân sách thành phố"), or empty for "chưa rõ nguồn vốn"
     */
    record FundingSplit(int column, String header, String source) {
    }

    private record Candidate(int lineIndex, int depth, Map<Integer, HeaderText> texts, Mapping mapping) {
    }

    /** A column's header: its texts from the top header row down, repeated texts once. */
    private record HeaderText(List<String> parts) {
        String leaf() {
            return parts.get(parts.size() - 1);
        }

        String display() {
            return String.join(" / ", parts);
        }

        List<String> parents() {
            return parts.subList(0, parts.size() - 1);
        }

        /** The texts to match, most specific first: the leaf, then with ever more parents, then the parents. */
        List<String> matchOrder() {
            List<String> order = new ArrayList<>();
            order.add(leaf());
            for (int from = parts.size() - 2; from >= 0; from--) {
                order.add(String.join(" ", parts.subList(from, parts.size())));
            }
            for (int p = parts.size() - 2; p >= 0; p--) {
                order.add(parts.get(p));
            }
            return order;
        }
    }

    private record Mapping(List<MappedColumn> columns, List<String> notes, Map<Integer, FundingSplit> splits,
            boolean unitsAsGroups) {
        boolean has(Field field) {
            return columns.stream().anyMatch(c -> c.field() == field);
        }
    }

    private final SheetInfo sheet;
    private final Map<Field, ColumnRef> overrides;
    private final Map<Field, String> extraSynonyms = new EnumMap<>(Field.class);
    private @Nullable String otherTable;

    HeaderDetector(SheetInfo sheet, Map<Field, ColumnRef> overrides) {
        this.sheet = sheet;
        this.overrides = overrides;
        overrides.forEach((field, ref) -> {
            if (ref instanceof ColumnRef.Header header) {
                extraSynonyms.put(field, header.folded());
            }
        });
    }

    /**
     * After a {@link #detect} that found no header: what the best header-like row maps, when it names units or
     * names but nothing that describes a registration.
     *
     * @return why the sheet's table is not a list of registrations, if that is why no header was found
     */
    Optional<String> otherTable() {
        return Optional.ofNullable(otherTable);
    }

    Optional<Detection> detect(List<Line> lines) {
        Candidate best = null;
        Candidate bestOther = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Candidate chosen = candidate(lines, i, 1);
            for (int depth = 2; depth <= MAX_DEPTH; depth++) {
                if (!deeperAllowed(lines, i, depth, chosen)) {
                    break;
                }
                Candidate deeper = candidate(lines, i, depth);
                chosen = score(deeper) >= score(chosen) ? deeper : chosen;
            }
            if (score(chosen) > 0 && (best == null || score(chosen) > score(best))) {
                best = chosen;
            }
            if (score(chosen) == 0 && chosen.mapping().has(Field.NAME) && chosen.mapping().columns().size() >= 2
                    && (bestOther == null || chosen.mapping().columns().size() > bestOther.mapping().columns().size())) {
                bestOther = chosen;
            }
        }
        if (best == null) {
            if (bestOther != null) {
                Line top = lines.get(bestOther.lineIndex());
                otherTable = "the table headed in row " + top.first() + " gives "
                        + String.join(", ", bestOther.mapping().columns().stream()
                                .map(c -> c.field() + " (" + c.letter() + " \"" + c.header() + "\")").toList())
                        + " and other columns, but no kind, date, place, amount, funding, investor or plaque: it lists "
                        + "no registrations";
            }
            return Optional.empty();
        }
        return Optional.of(detection(lines, best));
    }

    /** Whether the header of {@code depth - 1} rows from line {@code top} may take the next row too. */
    private boolean deeperAllowed(List<Line> lines, int top, int depth, Candidate shallower) {
        int lowerIndex = top + depth - 1;
        if (lowerIndex >= lines.size()) {
            return false;
        }
        Line upper = lines.get(top);
        Line above = lines.get(lowerIndex - 1);
        Line lower = lines.get(lowerIndex);
        if (lower.isBlank() || lower.first() != above.last() + 1 || isNumberingRow(lower.cells())) {
            return false;
        }
        if (upper.cells().stream().filter(c -> !c.isBlank()).count() < 2) {
            return false;
        }
        int firstRow = upper.first();
        int aboveRow = above.first();
        for (MergedRange merge : sheet.merges()) {
            if (merge.firstRow() < firstRow || merge.firstRow() > aboveRow) {
                continue;
            }
            if (merge.lastRow() >= lower.first()) {
                return true;
            }
            if (merge.firstRow() == aboveRow && merge.lastColumn() > merge.firstColumn()) {
                for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
                    if (!lower.text(c).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        if (!sheet.merges().isEmpty() && sheet.hasFonts()) {
            return false;
        }
        boolean numbers = lower.cells().stream().anyMatch(c -> c.kind() == CellKind.NUMBER
                || c.kind() == CellKind.DATE || c.text().matches("\\d+"));
        int deeper = score(candidate(lines, top, depth));
        return !numbers && (deeper > score(shallower) || deeper == score(shallower) && subHeaders(above, lower));
    }

    /**
     * Whether a row without merges reads as sub-headers of the row above: some cell of it lies under a blank
     * cell that continues a parent to its left which has a sub-header too ("Kinh phí", "", "" over "Tổng số",
     * "Ngân sách", "Xã hội hóa").
     */
    private static boolean subHeaders(Line above, Line lower) {
        String parent = "";
        boolean parentHasChild = false;
        int last = Math.max(lastColumn(above), lastColumn(lower));
        for (int c = 0; c <= last; c++) {
            String top = above.text(c);
            String sub = lower.text(c);
            if (!top.isEmpty()) {
                parent = top;
                parentHasChild = !sub.isEmpty();
            } else if (!sub.isEmpty() && !parent.isEmpty() && parentHasChild) {
                return true;
            }
        }
        return false;
    }

    private static int lastColumn(Line line) {
        return line.cells().stream().mapToInt(SheetCell::column).max().orElse(-1);
    }

    /**
     * Whether the cells are a row of column numbers under a header: at least two cells, each a number, a
     * letter or a small formula ("A", "(1)", "1=2+3", "4 = 5 + 6"), none a word.
     *
     * @param cells the row's cells
     * @return whether they number the columns
     */
    static boolean isNumberingRow(List<SheetCell> cells) {
        int shown = 0;
        for (SheetCell cell : cells) {
            if (!cell.isBlank()) {
                shown++;
            }
        }
        if (shown < 2) {
            return false;
        }
        for (SheetCell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            String text = cell.text().strip();
            // asked of every data row: the cheap test of the characters first, which a name fails
            if (cell.kind() == CellKind.DATE || !isNumberingText(text) || WORD.matcher(text).matches()
                    || !DIGIT_OR_LETTER.matcher(text).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text is 1 to 16 of the characters a column number is written with, as the regular expression
     * {@code [0-9A-Za-z()=+\-*}{@code /.,: ]{1,16}} would say, tested character by character.
     */
    static boolean isNumberingText(String text) {
        int length = text.length();
        if (length < 1 || length > 16) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                    || "()=+-*/.,: ".indexOf(c) >= 0;
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private Detection detection(List<Line> lines, Candidate candidate) {
        Line first = lines.get(candidate.lineIndex());
        int lastRow = first.first() + candidate.depth() - 1;
        List<HeaderColumn> columns = new ArrayList<>();
        Map<Integer, List<String>> headerTexts = new TreeMap<>();
        candidate.texts().forEach((column, text) -> {
            columns.add(new HeaderColumn(column, text.display(), sheet.isColumnHidden(column)));
            List<String> folded = new ArrayList<>();
            for (String part : text.parts()) {
                folded.add(VietnameseText.fold(part));
            }
            folded.add(VietnameseText.fold(text.display()));
            headerTexts.put(column, folded);
        });
        Set<Integer> mapped = new HashSet<>();
        candidate.mapping().columns().forEach(c -> mapped.add(c.column()));
        List<HeaderColumn> unmapped = columns.stream().filter(c -> !mapped.contains(c.column())).toList();
        List<String> notes = new ArrayList<>(candidate.mapping().notes());
        for (HeaderColumn column : columns) {
            if (column.hidden() && !mapped.contains(column.column())) {
                notes.add("column " + column.letter() + " (\"" + column.text() + "\") is hidden and was not read");
            }
        }
        candidate.mapping().splits().values().forEach(split -> notes.add("column " + letter(split.column()) + " (\""
                + split.header() + "\") is a funding split of the amount, read for the funding source"
                + (split.source().isEmpty() ? " (none named)" : " \"" + split.source() + "\"")));
        return new Detection(new HeaderRows(first.first(), lastRow, columns),
                new ColumnMapping(candidate.mapping().columns()), unmapped, notes, headerTexts,
                candidate.mapping().splits());
    }

    private int score(Candidate candidate) {
        Mapping mapping = candidate.mapping();
        if (!mapping.has(Field.NAME) || mapping.columns().size() < 2) {
            return 0;
        }
        if (mapping.columns().stream().noneMatch(c -> DESCRIBING.contains(c.field()))) {
            long other = candidate.texts().keySet().stream().filter(c -> !sheet.isColumnHidden(c))
                    .filter(c -> mapping.columns().stream().noneMatch(m -> m.column() == c)).count();
            if (other > 0) {
                return 0;
            }
        }
        return mapping.columns().size();
    }

    private Candidate candidate(List<Line> lines, int top, int depth) {
        Map<Integer, HeaderText> texts = texts(lines.subList(top, top + depth));
        return new Candidate(top, depth, texts, map(texts));
    }

    /** The header text of each column over some consecutive rows. */
    private Map<Integer, HeaderText> texts(List<Line> rows) {
        Set<Integer> columns = new TreeSet<>();
        rows.forEach(r -> r.cells().forEach(c -> columns.add(c.column())));
        boolean mergesKnown = !sheet.merges().isEmpty();
        int firstRow = rows.get(0).first();
        int lastRow = rows.get(rows.size() - 1).first();
        int maxColumn = columns.stream().max(Integer::compare).orElse(-1);
        List<List<String>> grid = new ArrayList<>();
        for (int c = 0; c <= maxColumn; c++) {
            grid.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            Line line = rows.get(r);
            int row = line.first();
            String carried = "";
            for (int c = 0; c <= maxColumn; c++) {
                String text = line.text(c);
                MergedRange merge = mergeCovering(row, c);
                if (merge != null && text.isEmpty()
                        && (merge.firstRow() < row || (merge.firstColumn() < c && r < rows.size() - 1))
                        && merge.firstRow() >= firstRow && merge.firstRow() <= lastRow) {
                    text = textAt(rows, merge.firstRow(), merge.firstColumn());
                } else if (!mergesKnown && text.isEmpty() && r < rows.size() - 1 && below(rows, r, c)) {
                    text = carried;
                }
                carried = !text.isEmpty() && below(rows, r, c) ? text : "";
                grid.get(c).add(text);
            }
        }
        Map<Integer, HeaderText> texts = new TreeMap<>();
        for (int c = 0; c <= maxColumn; c++) {
            List<String> parts = new ArrayList<>();
            for (String text : grid.get(c)) {
                if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                    parts.add(text);
                }
            }
            if (!parts.isEmpty()) {
                texts.put(c, new HeaderText(parts));
            }
        }
        return texts;
    }

    /** Whether a header row below row {@code r} has text in column {@code c}. */
    private static boolean below(List<Line> rows, int r, int c) {
        for (int k = r + 1; k < rows.size(); k++) {
            if (!rows.get(k).text(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String textAt(List<Line> rows, int row, int column) {
        for (Line line : rows) {
            if (line.first() == row) {
                return line.text(column);
            }
        }
        return "";
    }

    private @Nullable MergedRange mergeCovering(int row, int column) {
        for (MergedRange merge : sheet.merges()) {
            if (merge.covers(row, column)) {
                return merge;
            }
        }
        return null;
    }

    private record Scored(int column, Field field, int score) {
    }

    private Mapping map(Map<Integer, HeaderText> texts) {
        List<MappedColumn> columns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<Field> taken = new HashSet<>();
        Set<Integer> used = new HashSet<>();
        overrides.forEach((field, ref) -> {
            Integer column = resolve(ref, texts);
            if (column == null) {
                notes.add("the column given for " + field + " (" + describe(ref) + ") was not found in the header");
            } else if (used.contains(column)) {
                notes.add("the column given for " + field + " (" + describe(ref) + ") is already given for "
                        + "another field");
            } else {
                HeaderText text = texts.get(column);
                columns.add(new MappedColumn(field, column, text == null ? "" : text.display(),
                        MappingSource.EXPLICIT));
                taken.add(field);
                used.add(column);
            }
        });
        Map<Integer, FundingSplit> splits = new TreeMap<>();
        List<Scored> scored = new ArrayList<>();
        boolean unitsAsGroups = false;
        for (Map.Entry<Integer, HeaderText> entry : texts.entrySet()) {
            int column = entry.getKey();
            HeaderText text = entry.getValue();
            if (used.contains(column)) {
                continue;
            }
            boolean hidden = sheet.isColumnHidden(column);
            Optional<FundingSplit> split = hidden ? Optional.empty() : split(column, text);
            if (split.isPresent()) {
                splits.put(column, split.get());
                continue;
            }
            if (!hidden && namesUnitAndName(text.leaf())) {
                scored.add(new Scored(column, Field.NAME, HeaderMatcher.scores(text.leaf(), extraSynonyms)
                        .values().stream().max(Integer::compare).orElse(0) + 1));
                unitsAsGroups = true;
                continue;
            }
            boolean total = text.parts().size() > 1 && TOTAL_CHILD.matcher(VietnameseText.fold(text.leaf())).matches();
            for (String candidate : total ? totalOrder(text) : text.matchOrder()) {
                Map<Field, Integer> scores = HeaderMatcher.scores(candidate, extraSynonyms);
                if (hidden) {
                    // a hidden column is read only when it carries an export's id or version
                    scores.keySet().removeIf(field -> !field.identifiesExport());
                }
                if (!scores.isEmpty()) {
                    scores.forEach((field, score) -> scored.add(new Scored(column, field, total ? score + TOTAL_BONUS
                            : score)));
                    break;
                }
            }
        }
        if (unitsAsGroups && !taken.contains(Field.UNIT)) {
            List<Integer> unitColumns = scored.stream().filter(s -> s.field() == Field.UNIT).map(Scored::column)
                    .distinct().toList();
            scored.removeIf(s -> s.field() == Field.UNIT);
            taken.add(Field.UNIT);
            for (int column : unitColumns) {
                notes.add("column " + letter(column) + " (\"" + Objects.requireNonNull(texts.get(column), "column")
                        .display() + "\") is not read as the unit: the name column's header names the unit too, so "
                        + "the units are the group rows above their registrations");
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::column));
        for (Scored s : scored) {
            if (!taken.contains(s.field()) && !used.contains(s.column())) {
                columns.add(new MappedColumn(s.field(), s.column(),
                        Objects.requireNonNull(texts.get(s.column()), "scored column").display(),
                        MappingSource.HEADER_SYNONYM));
                taken.add(s.field());
                used.add(s.column());
            }
        }
        if (!taken.contains(Field.AMOUNT) || taken.contains(Field.FUNDING_SOURCE)) {
            splits.clear();
        }
        return new Mapping(columns, notes, splits, unitsAsGroups);
    }

    /**
     * The texts to match for a column named as the total of its parent ("Kinh phí" / "Tổng số"): the parents
     * with the leaf, then the parents; its scores get a bonus so that the total column takes the parent's field.
     */
    private static List<String> totalOrder(HeaderText text) {
        List<String> order = new ArrayList<>();
        for (int from = text.parts().size() - 2; from >= 0; from--) {
            order.add(String.join(" ", text.parts().subList(from, text.parts().size())));
        }
        for (int p = text.parts().size() - 2; p >= 0; p--) {
            order.add(String.join(" ", text.parts().subList(p, text.parts().size() - 1)));
        }
        return order;
    }

    /** A funding split column: under "Trong đó", or naming a source of money under an amount or funding parent. */
    private Optional<FundingSplit> split(int column, HeaderText text) {
        String leaf = VietnameseText.fold(text.leaf());
        boolean within = text.parents().stream().anyMatch(p -> WITHIN.matcher(VietnameseText.fold(p)).matches())
                || (leaf.startsWith("trong do ") && SOURCE_CHILD.matcher(leaf.substring("trong do ".length())).matches());
        boolean sourceUnderMoney = !text.parents().isEmpty() && SOURCE_CHILD.matcher(leaf).matches()
                && !TOTAL_CHILD.matcher(leaf).matches() && text.parents().stream().anyMatch(p -> {
                    Map<Field, Integer> scores = HeaderMatcher.scores(p, extraSynonyms);
                    return scores.containsKey(Field.AMOUNT) || scores.containsKey(Field.FUNDING_SOURCE);
                });
        if (!within && !sourceUnderMoney) {
            return Optional.empty();
        }
        if (WITHIN.matcher(leaf).matches() && leaf.length() <= "trong do".length()) {
            return Optional.empty();
        }
        String source = text.leaf().replaceFirst("(?iu)^\\s*trong\\s+(đó|do)\\s*[:,]?\\s*", "").strip();
        if (UNKNOWN_SOURCE.matcher(VietnameseText.fold(source)).matches()) {
            source = "";
        }
        return Optional.of(new FundingSplit(column, text.display(), source));
    }

    /** Whether a header names both the unit and what is registered: "Đơn vị / Tên công trình", "Tên đơn vị, sự kiện". */
    private boolean namesUnitAndName(String header) {
        String[] parts = NAME_PARTS.split(header.strip());
        if (parts.length < 2) {
            return false;
        }
        boolean unit = false;
        boolean name = false;
        for (String part : parts) {
            Map<Field, Integer> scores = HeaderMatcher.scores(part, extraSynonyms);
            Optional<Field> best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            unit |= best.filter(f -> f == Field.UNIT).isPresent();
            name |= best.filter(f -> f == Field.NAME).isPresent();
        }
        return unit && name;
    }

    private static @Nullable Integer resolve(ColumnRef ref, Map<Integer, HeaderText> texts) {
        if (ref instanceof ColumnRef.Letter letter) {
            return letter.index();
        }
        String folded = ((ColumnRef.Header) ref).folded();
        for (Map.Entry<Integer, HeaderText> entry : texts.entrySet()) {
            for (String text : entry.getValue().matchOrder()) {
                if (VietnameseText.fold(text).equals(folded)) {
                    return entry.getKey();
                }
            }
            if (VietnameseText.fold(entry.getValue().display()).equals(folded)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static String describe(ColumnRef ref) {
        return ref instanceof ColumnRef.Letter letter ? "column " + letter.letter()
                : "header \"" + ((ColumnRef.Header) ref).text() + "\"";
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
