package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.importer.source.RawCell;
import vn.campaign.importer.source.RawRow;
import vn.campaign.importer.source.RawSheetHandler;
import vn.campaign.importer.source.SheetInfo;

/**
 * Turns the raw rows of each sheet into {@link ReadRow}s: decodes them, holds the first rows until the
 * header is found, then classifies every row as it comes, so that memory stays bounded by the header
 * search window.
 */
final class SheetAssembler implements RawSheetHandler {

    /**
     * The captions Excel gives a pivot table, in English and in the Vietnamese Excel ("Grand Total", "Tổng Cuối"
     * alone are totals: a list of registrations may close with them).
     */
    private static final java.util.Set<String> PIVOT_WORDS = java.util.Set.of("row labels", "column labels",
            "nhan hang", "nhan cot", "sum of values");
    private static final java.util.regex.Pattern PIVOT_FIELD = java.util.regex.Pattern.compile(
            "(count|sum|average|max|min) of .+|tong cua .+");

    private final ReadOptions options;
    private final SheetRowListener listener;
    private final String fileName;
    private @Nullable Sheet current;

    SheetAssembler(ReadOptions options, SheetRowListener listener, String fileName) {
        this.options = options;
        this.listener = listener;
        this.fileName = fileName;
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        current = new Sheet(sheet);
    }

    @Override
    public void row(RawRow raw) {
        sheet().row(raw);
    }

    @Override
    public void endSheet() {
        sheet().end();
        current = null;
    }

    private Sheet sheet() {
        Sheet sheet = current;
        if (sheet == null) {
            throw new IllegalStateException("rows arrived outside a sheet");
        }
        return sheet;
    }

    /** The state of the sheet being read. */
    private final class Sheet {

        private final SheetInfo info;
        private final EncodingTally tally = new EncodingTally();
        private final CellDecoder decoder;
        private final List<Line> buffer = new ArrayList<>();
        private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        private int bufferedNonBlank;
        private int lastRow;
        private int formulaCells;
        private int dataRows;
        private @Nullable SheetLayout layout;
        private @Nullable RowClassifier classifier;
        private SkipReason noTableReason = SkipReason.NO_HEADER;
        private final List<Integer> hiddenRows = new ArrayList<>();

        Sheet(SheetInfo info) {
            this.info = info;
            this.decoder = new CellDecoder(info, tally);
        }

        void row(RawRow raw) {
            if (raw.number() > lastRow + 1) {
                accept(Line.gap(lastRow + 1, raw.number() - 1));
            }
            formulaCells += (int) raw.cells().stream().filter(RawCell::formula).count();
            lastRow = raw.number();
            accept(decoder.decode(raw));
        }

        private void accept(Line line) {
            if (layout != null) {
                handle(line);
                return;
            }
            buffer.add(line);
            if (!line.isBlank()) {
                bufferedNonBlank++;
            }
            if (bufferedNonBlank > options.headerSearchRows()) {
                detect();
            }
        }

        void end() {
            SheetLayout found = layout != null ? layout : detect();
            if (!hiddenRows.isEmpty()) {
                List<String> notes = new ArrayList<>(found.notes());
                notes.add((hiddenRows.size() == 1 ? "row " : "rows ") + String.join(", ", hiddenRows.stream()
                        .map(String::valueOf).toList()) + (hiddenRows.size() == 1 ? " is" : " are")
                        + " hidden in the workbook and not part of the sheet as signed: not imported");
                found = new SheetLayout(found.sheet(), found.index(), found.hidden(), found.header(), found.mapping(),
                        found.unmappedColumns(), found.kind(), found.kindEvidence(), found.titles(), notes);
            }
            listener.sheetFinished(new SheetSummary(found, tally.decisions(), info.charset(), info.charsetEvidence(),
                    dataRows, skipped, formulaCells, lastRow));
        }

        private SheetLayout detect() {
            HeaderDetector detector = new HeaderDetector(info, options.columnOverrides());
            Optional<String> pivot = pivot(buffer);
            Optional<HeaderDetector.Detection> found = pivot.isPresent() ? Optional.empty() : detector.detect(buffer);
            List<Line> lines = new ArrayList<>(buffer);
            buffer.clear();
            SheetLayout detected;
            if (pivot.isPresent()) {
                noTableReason = SkipReason.PIVOT;
                detected = new SheetLayout(info.name(), info.index(), info.hidden(), null, ColumnMapping.none(),
                        List.of(), SheetKind.UNKNOWN, "a pivot table, not a list of registrations", List.of(),
                        List.of(pivot.get() + "; the sheet's rows were skipped"));
            } else if (found.isEmpty()) {
                Optional<String> other = detector.otherTable();
                noTableReason = other.isPresent() ? SkipReason.NOT_REGISTRATIONS : SkipReason.NO_HEADER;
                detected = new SheetLayout(info.name(), info.index(), info.hidden(), null, ColumnMapping.none(),
                        List.of(), SheetKind.UNKNOWN, other.isPresent() ? "not a list of registrations" : "no header",
                        List.of(), List.of(other.isPresent()
                                ? other.get() + "; the sheet's rows were skipped"
                                : "no header naming the works or events was found in the first "
                                        + options.headerSearchRows() + " non-blank rows; the sheet's rows were not read"));
            } else {
                HeaderDetector.Detection detection = found.get();
                HeaderRows header = detection.header();
                List<String> titles = new ArrayList<>();
                for (Line line : lines) {
                    if (line.last() < header.firstRow()) {
                        line.cells().stream().filter(c -> !c.isBlank()).forEach(c -> titles.add(c.text()));
                    } else if (line.first() > header.lastRow() && RowClassifier.isUnitOfMeasureLine(line.cells())) {
                        line.cells().stream().filter(c -> !c.isBlank()).forEach(c -> titles.add(c.text()));
                    }
                }
                SheetKindDetector.Decision kind =
                        SheetKindDetector.decide(detection.mapping(), header.columns(), titles);
                List<String> notes = new ArrayList<>(detection.notes());
                UnitFallback fallback = detection.mapping().column(Field.UNIT).isPresent() ? null
                        : fallback(lines, header.firstRow());
                if (fallback != null) {
                    notes.add("the sheet has no unit column: rows without a group heading naming a unit belong to \""
                            + fallback.unit() + "\", named by " + fallback.origin());
                }
                detected = new SheetLayout(info.name(), info.index(), info.hidden(), header, detection.mapping(),
                        detection.unmapped(), kind.kind(), kind.evidence(), titles, notes);
                classifier = new RowClassifier(info, detection.mapping(), detection.headerTexts(), header.lastRow(),
                        options.unitNames(), detection.splits(), fallback);
            }
            layout = detected;
            listener.sheetStarted(detected);
            lines.forEach(this::handle);
            return detected;
        }

        /** Why the sheet is a pivot table, or empty. */
        private Optional<String> pivot(List<Line> lines) {
            if (info.pivotTable()) {
                return Optional.of("the workbook stores a pivot table on this sheet");
            }
            for (Line line : lines) {
                for (SheetCell cell : line.cells()) {
                    String folded = cell.isBlank() ? "" : VietnameseText.fold(cell.text());
                    boolean count = !cell.isBlank() && cell.text().strip().toLowerCase(java.util.Locale.ROOT)
                            .startsWith("đếm ");
                    if (PIVOT_WORDS.contains(folded) || PIVOT_FIELD.matcher(folded).matches() || count) {
                        return Optional.of("cell " + HeaderDetector.letter(cell.column()) + line.first() + " reads \""
                                + cell.text() + "\", as a pivot table does");
                    }
                }
            }
            return Optional.empty();
        }

        /** The unit named by a title row, else the sheet name, else the file name; {@code null} when none names one. */
        private @Nullable UnitFallback fallback(List<Line> lines, int headerFirstRow) {
            UnitNames names = options.unitNames();
            List<String> found = new ArrayList<>();
            String origin = null;
            for (Line line : lines) {
                if (line.last() >= headerFirstRow || line.hidden()) {
                    continue;
                }
                for (SheetCell cell : line.cells()) {
                    Optional<String> unit = cell.isBlank() ? Optional.empty() : names.findIn(cell.text(), false);
                    if (unit.isPresent() && !found.contains(unit.get())) {
                        found.add(unit.get());
                        origin = origin == null ? "the title row " + line.first() + " \"" + cell.text() + "\"" : origin;
                    }
                }
            }
            if (!found.isEmpty()) {
                Optional<String> title = found.size() == 1 ? Optional.of(found.get(0))
                        : names.findIn(String.join(" | ", found), false);
                if (title.isPresent()) {
                    return new UnitFallback(title.get(), UnitSource.TITLE, found.size() == 1 ? String.valueOf(origin)
                            : "the title rows (\"" + String.join("\", \"", found) + "\")");
                }
            }
            Optional<String> sheetName = names.findIn(info.name(), true);
            if (sheetName.isPresent()) {
                return new UnitFallback(sheetName.get(), UnitSource.SHEET_NAME, "the sheet name \"" + info.name() + "\"");
            }
            String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            Optional<String> file = names.findIn(base, true);
            return file.map(unit -> new UnitFallback(unit, UnitSource.FILE_NAME, "the file name \"" + fileName + "\""))
                    .orElse(null);
        }

        private void handle(Line line) {
            HeaderRows header = layout == null ? null : layout.header();
            RowClassifier rows = classifier;
            if (header == null || rows == null) {
                emit(skipped(line, noTableReason));
            } else if (line.last() < header.firstRow()) {
                emit(skipped(line, SkipReason.TITLE));
            } else if (line.first() <= header.lastRow()) {
                emit(new SkippedRow(info.name(), line.first(), line.last(), SkipReason.HEADER, text(line)));
            } else {
                emit(rows.classify(line));
            }
        }

        /** A row skipped for a reason, or as blank when it shows nothing. */
        private SkippedRow skipped(Line line, SkipReason reason) {
            if (line.isBlank()) {
                return new SkippedRow(info.name(), line.first(), line.last(), SkipReason.BLANK,
                        line.gap() ? "no cells stored" : "blank");
            }
            return new SkippedRow(info.name(), line.first(), line.last(), reason, text(line));
        }

        private void emit(ReadRow row) {
            if (row instanceof SkippedRow hiddenRow && hiddenRow.reason() == SkipReason.HIDDEN) {
                hiddenRows.add(hiddenRow.rowNumber());
            }
            if (row instanceof SkippedRow skippedRow) {
                skipped.merge(skippedRow.reason(), skippedRow.rowCount(), Integer::sum);
            } else {
                dataRows++;
            }
            listener.row(row);
        }
    }

    private static String text(Line line) {
        return String.join(" | ", line.cells().stream().filter(c -> !c.isBlank()).map(SheetCell::text).toList());
    }
}
