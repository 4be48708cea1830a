package vn.campaign.importer.source;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.campaign.importer.encoding.TextRun;

/**
 * Second pass over a sheet part: the cells of {@code <sheetData>}, handed on row by row so that only one
 * row is held at a time. Formulas are not evaluated; a formula cell gives its cached value.
 */
final class XlsxSheetRows extends DefaultHandler {

    private final String sheet;
    private final CellChecks checks;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private final RawSheetHandler handler;

    private boolean inSheetData;
    private int lastRow;
    private int row;
    private boolean rowHidden;
    private List<RawCell> cells = new ArrayList<>();
    private int lastColumn;

    private boolean inCell;
    private int column;
    private int styleIndex;
    private @Nullable String type;
    private boolean formula;
    private boolean inValue;
    private boolean hasValue;
    private final StringBuilder value = new StringBuilder();
    private boolean inInline;
    private boolean inInlineText;
    private boolean inInlineRun;
    private boolean inPhonetic;
    private final StringBuilder inlineText = new StringBuilder();
    private final StringBuilder runText = new StringBuilder();
    private @Nullable String runFont;
    private boolean runHasFont;
    private List<TextRun> inlineRuns = new ArrayList<>();

    XlsxSheetRows(String sheet, CellChecks checks, XlsxSharedStrings sharedStrings, XlsxStyles styles,
            boolean date1904, RawSheetHandler handler) {
        this.sheet = sheet;
        this.checks = checks;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxText.local(localName, qName);
        if ("sheetData".equals(name)) {
            inSheetData = true;
            return;
        }
        if (!inSheetData) {
            return;
        }
        switch (name) {
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "f" -> formula = inCell;
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    hasValue = true;
                    value.setLength(0);
                }
            }
            case "is" -> {
                inInline = inCell;
                inlineText.setLength(0);
                inlineRuns = new ArrayList<>();
                runHasFont = false;
            }
            case "rPh" -> inPhonetic = true;
            case "r" -> {
                if (inInline && !inPhonetic) {
                    inInlineRun = true;
                    runText.setLength(0);
                    runFont = null;
                }
            }
            case "rFont" -> {
                if (inInlineRun) {
                    runFont = XlsxText.attribute(attributes, "val");
                    runHasFont |= runFont != null;
                }
            }
            case "t" -> inInlineText = inInline && !inPhonetic;
            default -> {
                // formatting elements carry nothing read here
            }
        }
    }

    private void startRow(Attributes attributes) {
        String r = XlsxText.attribute(attributes, "r");
        int number = r == null ? lastRow + 1 : parseRowNumber(r);
        if (number <= lastRow) {
            throw checks.damaged(sheet, number, null, "rows are out of order: row " + number + " comes after row "
                    + lastRow);
        }
        checks.row(sheet, number);
        row = number;
        rowHidden = XlsxText.isTrue(XlsxText.attribute(attributes, "hidden"));
        cells = new ArrayList<>();
        lastColumn = -1;
    }

    private int parseRowNumber(String r) {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            throw checks.damaged(sheet, 0, null, "a row has the number \"" + r + "\"");
        }
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        String ref = XlsxText.attribute(attributes, "r");
        column = ref == null ? lastColumn + 1 : XlsxText.column(ref);
        if (column < 0) {
            throw checks.damaged(sheet, row, null, "a cell has the reference \"" + ref + "\"");
        }
        String s = XlsxText.attribute(attributes, "s");
        styleIndex = s == null ? 0 : parseStyle(s);
        type = XlsxText.attribute(attributes, "t");
        formula = false;
        hasValue = false;
        value.setLength(0);
        inlineText.setLength(0);
        inlineRuns = new ArrayList<>();
    }

    private int parseStyle(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw checks.damaged(sheet, row, CellReference.convertNumToColString(column),
                    "the cell has the style \"" + s + "\"");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = XlsxText.local(localName, qName);
        if (!inSheetData) {
            return;
        }
        switch (name) {
            case "sheetData" -> inSheetData = false;
            case "row" -> {
                handler.row(new RawRow(row, cells, rowHidden));
                lastRow = row;
            }
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "r" -> {
                if (inInlineRun) {
                    inlineRuns.add(new TextRun(XlsxText.unescape(runText.toString()), runFont));
                    inInlineRun = false;
                }
            }
            case "is" -> inInline = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inlineText.append(ch, start, length);
            if (inInlineRun) {
                runText.append(ch, start, length);
            }
        }
    }

    private void endCell() {
        inCell = false;
        lastColumn = column;
        RawCell cell = cell();
        if (cell == null) {
            return;
        }
        checks.column(sheet, row, column);
        checks.text(sheet, row, column, cell.text());
        if (cell.kind() == CellKind.TEXT) {
            for (TextRun run : cell.runs()) {
                checks.text(sheet, row, column, run.text());
            }
        }
        cells.add(cell);
    }

    private @Nullable RawCell cell() {
        XlsxStyles.Style style = styles.style(styleIndex);
        String font = style.fontName();
        String v = value.toString();
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                if (!hasValue || v.isBlank()) {
                    return null;
                }
                int index = parseIndex(v);
                String text = sharedStrings.text(index);
                List<TextRun> runs = withCellFont(sharedStrings.runs(index), font);
                return text.isEmpty() && !formula ? null : RawCell.text(column, text, font, runs, formula);
            }
            case "inlineStr" -> {
                String text = XlsxText.unescape(inlineText.toString());
                List<TextRun> runs = runHasFont ? withCellFont(inlineRuns, font) : List.of();
                return text.isEmpty() && !formula ? null : RawCell.text(column, text, font, runs, formula);
            }
            case "str" -> {
                if (!hasValue) {
                    return formula ? RawCell.other(column, CellKind.BLANK, "", font, true) : null;
                }
                String text = XlsxText.unescape(v);
                return text.isEmpty() && !formula ? null : RawCell.text(column, text, font, List.of(), formula);
            }
            case "b" -> {
                if (!hasValue) {
                    return formula ? RawCell.other(column, CellKind.BLANK, "", font, true) : null;
                }
                return RawCell.other(column, CellKind.BOOLEAN, XlsxText.isTrue(v.strip()) ? "TRUE" : "FALSE",
                        font, formula);
            }
            case "e" -> {
                return RawCell.other(column, CellKind.ERROR, v.strip(), font, formula);
            }
            case "d" -> {
                if (!hasValue || v.isBlank()) {
                    return formula ? RawCell.other(column, CellKind.BLANK, "", font, true) : null;
                }
                LocalDateTime date = parseIsoDate(v.strip());
                BigDecimal serial = BigDecimal.valueOf(DateUtil.getExcelDate(date, date1904));
                return RawCell.date(column, serial, date, font, formula);
            }
            default -> {
                if (!hasValue || v.isBlank()) {
                    return formula ? RawCell.other(column, CellKind.BLANK, "", font, true) : null;
                }
                BigDecimal number = parseNumber(v.strip());
                double d = number.doubleValue();
                if (style.dateFormat() && DateUtil.isValidExcelDate(d)) {
                    return RawCell.date(column, number, DateUtil.getLocalDateTime(d, date1904), font, formula);
                }
                return RawCell.number(column, number, font, formula);
            }
        }
    }

    private static List<TextRun> withCellFont(List<TextRun> runs, @Nullable String cellFont) {
        if (runs.isEmpty()) {
            return runs;
        }
        List<TextRun> resolved = new ArrayList<>(runs.size());
        for (TextRun run : runs) {
            resolved.add(run.fontName() == null ? new TextRun(run.text(), cellFont) : run);
        }
        return resolved;
    }

    private int parseIndex(String v) {
        try {
            int index = Integer.parseInt(v.strip());
            if (index < 0 || index >= sharedStrings.size()) {
                throw checks.damaged(sheet, row, CellReference.convertNumToColString(column),
                        "the cell refers to shared string " + index + ", but the workbook has "
                                + sharedStrings.size());
            }
            return index;
        } catch (NumberFormatException e) {
            throw checks.damaged(sheet, row, CellReference.convertNumToColString(column),
                    "the cell refers to shared string \"" + v + "\"");
        }
    }

    private BigDecimal parseNumber(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw checks.damaged(sheet, row, CellReference.convertNumToColString(column),
                    "the cell holds \"" + v + "\" as a number");
        }
    }

    private LocalDateTime parseIsoDate(String v) {
        try {
            return v.length() <= 10 ? java.time.LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw checks.damaged(sheet, row, CellReference.convertNumToColString(column),
                    "the cell holds \"" + v + "\" as an ISO date");
        }
    }
}
