package vn.campaign.importer.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.importer.source.RawRow;
import vn.campaign.importer.source.RawSheetHandler;
import vn.campaign.importer.source.SheetInfo;

/**
 * Turns the raw rows of each sheet into {@link ReadRow}s: decodes them, holds the first rows until the
 * header is found, then classifies every row as it comes, so that memory stays bounded by the header
 * search window.
 */
final class SheetAssembler implements RawSheetHandler {

    private final ReadOptions options;
    private final SheetRowListener listener;

    private SheetInfo info;
    private EncodingTally tally;
    private CellDecoder decoder;
    private final List<Line> buffer = new ArrayList<>();
    private int bufferedNonBlank;
    private int lastRow;
    private int formulaCells;
    private int dataRows;
    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private RowClassifier classifier;
    private SheetLayout layout;
    private boolean noHeader;

    SheetAssembler(ReadOptions options, SheetRowListener listener) {
        this.options = options;
        this.listener = listener;
    }

    @Override
    public void startSheet(SheetInfo sheet) {
        info = sheet;
        tally = new EncodingTally();
        decoder = new CellDecoder(sheet, tally);
        buffer.clear();
        bufferedNonBlank = 0;
        lastRow = 0;
        formulaCells = 0;
        dataRows = 0;
        skipped.clear();
        classifier = null;
        layout = null;
        noHeader = false;
    }

    @Override
    public void row(RawRow raw) {
        if (raw.number() > lastRow + 1) {
            accept(Line.gap(lastRow + 1, raw.number() - 1));
        }
        Line line = decoder.decode(raw);
        formulaCells += (int) raw.cells().stream().filter(c -> c.formula()).count();
        lastRow = raw.number();
        accept(line);
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

    @Override
    public void endSheet() {
        if (layout == null) {
            detect();
        }
        listener.sheetFinished(new SheetSummary(layout, tally.decisions(), info.charset(), info.charsetEvidence(),
                dataRows, skipped, formulaCells, lastRow));
    }

    private void detect() {
        HeaderDetector detector = new HeaderDetector(info, options.columnOverrides());
        Optional<HeaderDetector.Detection> found = detector.detect(buffer);
        List<Line> lines = new ArrayList<>(buffer);
        buffer.clear();
        if (found.isEmpty()) {
            noHeader = true;
            List<String> notes = new ArrayList<>();
            notes.add("no header naming the works or events was found in the first " + options.headerSearchRows()
                    + " non-blank rows; the sheet's rows were not read");
            layout = new SheetLayout(info.name(), info.index(), info.hidden(), null, ColumnMapping.none(), List.of(),
                    SheetKind.UNKNOWN, "no header", List.of(), notes);
            listener.sheetStarted(layout);
            lines.forEach(this::handle);
            return;
        }
        HeaderDetector.Detection detection = found.get();
        HeaderRows header = detection.header();
        List<String> titles = new ArrayList<>();
        for (Line line : lines) {
            if (line.last() < header.firstRow()) {
                line.cells().stream().filter(c -> !c.isBlank()).forEach(c -> titles.add(c.text()));
            }
        }
        SheetKindDetector.Decision kind = SheetKindDetector.decide(detection.mapping(), header.columns(), titles);
        List<String> notes = new ArrayList<>(detection.notes());
        layout = new SheetLayout(info.name(), info.index(), info.hidden(), header, detection.mapping(),
                detection.unmapped(), kind.kind(), kind.evidence(), titles, notes);
        classifier = new RowClassifier(info, detection.mapping(), detection.headerTexts(), header.lastRow());
        listener.sheetStarted(layout);
        lines.forEach(this::handle);
    }

    private void handle(Line line) {
        if (noHeader) {
            emit(new SkippedRow(info.name(), line.first(), line.last(),
                    line.isBlank() ? SkipReason.BLANK : SkipReason.NO_HEADER,
                    line.isBlank() ? (line.gap() ? "no cells stored" : "blank") : text(line)));
            return;
        }
        HeaderRows header = layout.header();
        if (line.last() < header.firstRow()) {
            emit(new SkippedRow(info.name(), line.first(), line.last(),
                    line.isBlank() ? SkipReason.BLANK : SkipReason.TITLE,
                    line.isBlank() ? (line.gap() ? "no cells stored" : "blank") : text(line)));
        } else if (line.first() <= header.lastRow()) {
            emit(new SkippedRow(info.name(), line.first(), line.last(), SkipReason.HEADER, text(line)));
        } else {
            emit(classifier.classify(line));
        }
    }

    private static String text(Line line) {
        return String.join(" | ", line.cells().stream().filter(c -> !c.isBlank()).map(SheetCell::text).toList());
    }

    private void emit(ReadRow row) {
        if (row instanceof SkippedRow skippedRow) {
            skipped.merge(skippedRow.reason(), skippedRow.rowCount(), Integer::sum);
        } else {
            dataRows++;
        }
        listener.row(row);
    }
}
