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
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.source.CellKind;
import vn.campaign.importer.source.MergedRange;
import vn.campaign.importer.source.SheetInfo;

/**
 * Finds the header among the first rows of a sheet and maps its columns to fields.
 *
 * <p>Each non-blank row is tried as a one-row header and, with the row below it, as a two-row header.
 * Two rows are taken together when the upper row has at least two cells (a title merged across the
 * sheet is not a header) and the sheet's merged cells say so (an upper cell merged down over the
 * lower row, or merged across columns that have sub-headers below) or, in a file without merges, when
 * the lower row holds no numbers and the pair matches more fields than the upper row alone. The
 * candidate that maps the most fields wins, the earlier on a tie; it must map the name and at least one
 * other field.
 */
final class HeaderDetector {

    /** The header found and its mapping. */
    record Detection(HeaderRows header, ColumnMapping mapping, List<HeaderColumn> unmapped, List<String> notes,
            Map<Integer, List<String>> headerTexts) {
    }

    private record Candidate(int lineIndex, boolean twoRows, Map<Integer, HeaderText> texts, Mapping mapping) {
    }

    /** A column's header: the upper part (perhaps from a merged cell) and the lower part. */
    private record HeaderText(String top, String sub) {
        String display() {
            if (sub.isEmpty()) {
                return top;
            }
            return top.isEmpty() || top.equals(sub) ? sub : top + " / " + sub;
        }

        /** The texts to match, most specific first. */
        List<String> matchOrder() {
            if (sub.isEmpty()) {
                return List.of(top);
            }
            return top.isEmpty() ? List.of(sub) : List.of(sub, top + " " + sub, top);
        }
    }

    private record Mapping(List<MappedColumn> columns, List<String> notes) {
        boolean has(Field field) {
            return columns.stream().anyMatch(c -> c.field() == field);
        }
    }

    private final SheetInfo sheet;
    private final Map<Field, ColumnRef> overrides;
    private final Map<Field, String> extraSynonyms = new EnumMap<>(Field.class);

    HeaderDetector(SheetInfo sheet, Map<Field, ColumnRef> overrides) {
        this.sheet = sheet;
        this.overrides = overrides;
        overrides.forEach((field, ref) -> {
            if (ref instanceof ColumnRef.Header header) {
                extraSynonyms.put(field, header.folded());
            }
        });
    }

    Optional<Detection> detect(List<Line> lines) {
        Candidate best = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Candidate one = candidate(i, false, oneRow(line));
            Candidate chosen = one;
            if (i + 1 < lines.size()) {
                Line next = lines.get(i + 1);
                if (next.first() == line.last() + 1 && !next.isBlank()) {
                    Map<Integer, HeaderText> pair = twoRows(line, next);
                    Candidate two = candidate(i, true, pair);
                    if (twoRowsAllowed(line, next, score(one), score(two))) {
                        chosen = score(two) >= score(one) ? two : one;
                    }
                }
            }
            if (score(chosen) > 0 && (best == null || score(chosen) > score(best))) {
                best = chosen;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(detection(lines, best));
    }

    private Detection detection(List<Line> lines, Candidate candidate) {
        Line first = lines.get(candidate.lineIndex());
        int lastRow = candidate.twoRows() ? first.first() + 1 : first.first();
        List<HeaderColumn> columns = new ArrayList<>();
        Map<Integer, List<String>> headerTexts = new TreeMap<>();
        candidate.texts().forEach((column, text) -> {
            columns.add(new HeaderColumn(column, text.display(), sheet.isColumnHidden(column)));
            List<String> folded = new ArrayList<>();
            for (String part : List.of(text.top(), text.sub(), text.display())) {
                if (!part.isEmpty()) {
                    folded.add(VietnameseText.fold(part));
                }
            }
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
        return new Detection(new HeaderRows(first.first(), lastRow, columns),
                new ColumnMapping(candidate.mapping().columns()), unmapped, notes, headerTexts);
    }

    private static int score(Candidate candidate) {
        Mapping mapping = candidate.mapping();
        if (!mapping.has(Field.NAME) || mapping.columns().size() < 2) {
            return 0;
        }
        return mapping.columns().size();
    }

    private boolean twoRowsAllowed(Line upper, Line lower, int scoreOne, int scoreTwo) {
        long upperCells = upper.cells().stream().filter(c -> !c.isBlank()).count();
        if (upperCells < 2) {
            return false;
        }
        int row = upper.first();
        for (MergedRange merge : sheet.merges()) {
            if (merge.firstRow() != row) {
                continue;
            }
            if (merge.lastRow() > row) {
                return true;
            }
            if (merge.lastColumn() > merge.firstColumn()) {
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
        return !numbers && scoreTwo > scoreOne;
    }

    private Map<Integer, HeaderText> oneRow(Line line) {
        Map<Integer, HeaderText> texts = new TreeMap<>();
        for (SheetCell cell : line.cells()) {
            if (!cell.isBlank()) {
                texts.put(cell.column(), new HeaderText(cell.text(), ""));
            }
        }
        return texts;
    }

    private Map<Integer, HeaderText> twoRows(Line upper, Line lower) {
        int row = upper.first();
        Set<Integer> columns = new HashSet<>();
        upper.cells().forEach(c -> columns.add(c.column()));
        lower.cells().forEach(c -> columns.add(c.column()));
        Map<Integer, HeaderText> texts = new TreeMap<>();
        int maxColumn = columns.stream().max(Integer::compare).orElse(-1);
        String carried = "";
        boolean mergesKnown = !sheet.merges().isEmpty();
        for (int c = 0; c <= maxColumn; c++) {
            String top = upper.text(c);
            String sub = lower.text(c);
            MergedRange merge = mergeCovering(row, c);
            if (merge != null) {
                if (top.isEmpty() && merge.firstColumn() < c) {
                    top = upper.text(merge.firstColumn());
                }
                if (merge.lastRow() > row) {
                    sub = "";
                }
            } else if (!mergesKnown && top.isEmpty() && !sub.isEmpty()) {
                top = carried;
            }
            carried = !top.isEmpty() && !sub.isEmpty() ? top : "";
            if (!top.isEmpty() || !sub.isEmpty()) {
                texts.put(c, new HeaderText(top, sub));
            }
        }
        return texts;
    }

    private @Nullable MergedRange mergeCovering(int row, int column) {
        for (MergedRange merge : sheet.merges()) {
            if (merge.covers(row, column)) {
                return merge;
            }
        }
        return null;
    }

    private Candidate candidate(int lineIndex, boolean twoRows, Map<Integer, HeaderText> texts) {
        return new Candidate(lineIndex, twoRows, texts, map(texts));
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
        List<Scored> scored = new ArrayList<>();
        texts.forEach((column, text) -> {
            if (used.contains(column)) {
                return;
            }
            boolean hidden = sheet.isColumnHidden(column);
            for (String candidate : text.matchOrder()) {
                Map<Field, Integer> scores = HeaderMatcher.scores(candidate, extraSynonyms);
                if (hidden) {
                    // a hidden column is read only when it carries an export's id or version
                    scores.keySet().removeIf(field -> !field.identifiesExport());
                }
                if (!scores.isEmpty()) {
                    scores.forEach((field, score) -> scored.add(new Scored(column, field, score)));
                    break;
                }
            }
        });
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
        return new Mapping(columns, notes);
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
