package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * First pass over a sheet part: the hidden columns (in {@code <cols>}, before the cells) and the merged
 * ranges (in {@code <mergeCells>}, after the cells), which the row pass needs from the start; and, for
 * the texts whose font says nothing of their encoding, samples per column to vote on.
 */
final class XlsxSheetLayout extends DefaultHandler {

    private final int maxColumns;
    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final List<Integer> hiddenColumns = new ArrayList<>();
    private final List<MergedRange> merges = new ArrayList<>();
    private final ColumnSamples samples = new ColumnSamples();

    private boolean inCell;
    private int column = -1;
    private int styleIndex;
    private @Nullable String type;
    private boolean inValue;
    private boolean inText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();

    XlsxSheetLayout(int maxColumns, XlsxSharedStrings sharedStrings, XlsxStyles styles) {
        this.maxColumns = maxColumns;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxText.local(localName, qName);
        switch (name) {
            case "row" -> column = -1;
            case "c" -> startCell(attributes);
            case "v" -> inValue = inCell;
            case "t" -> inText = inCell && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> layout(name, attributes);
        }
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        value.setLength(0);
        String ref = XlsxText.attribute(attributes, "r");
        int parsed = ref == null ? -1 : XlsxText.column(ref);
        column = parsed >= 0 ? parsed : column + 1;
        String s = XlsxText.attribute(attributes, "s");
        styleIndex = s == null ? 0 : parse(s);
        type = XlsxText.attribute(attributes, "t");
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (XlsxText.local(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {
                // nothing to close
            }
        }
    }

    private void endCell() {
        inCell = false;
        if (column < 0 || column >= maxColumns || value.length() == 0 || !samples.wants(column)) {
            return;
        }
        String text;
        if ("s".equals(type)) {
            int index = parse(value.toString());
            if (index < 0 || index >= sharedStrings.size() || !sharedStrings.runs(index).isEmpty()) {
                return;
            }
            text = sharedStrings.text(index);
        } else if ("inlineStr".equals(type) || "str".equals(type)) {
            text = XlsxText.unescape(value.toString());
        } else {
            return;
        }
        samples.add(column, text, styles.style(styleIndex).fontName());
    }

    private void layout(String name, Attributes attributes) {
        if ("col".equals(name) && XlsxText.isTrue(XlsxText.attribute(attributes, "hidden"))) {
            int min = parse(XlsxText.attribute(attributes, "min"));
            int max = parse(XlsxText.attribute(attributes, "max"));
            for (int c = Math.max(min, 1); c <= Math.min(max, maxColumns); c++) {
                hiddenColumns.add(c - 1);
            }
        } else if ("mergeCell".equals(name)) {
            String ref = XlsxText.attribute(attributes, "ref");
            if (ref != null && ref.contains(":")) {
                CellRangeAddress range = CellRangeAddress.valueOf(ref);
                if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0) {
                    merges.add(new MergedRange(range.getFirstRow() + 1, range.getLastRow() + 1,
                            range.getFirstColumn(), range.getLastColumn()));
                }
            }
        }
    }

    private static int parse(@Nullable String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    List<Integer> hiddenColumns() {
        return hiddenColumns;
    }

    List<MergedRange> merges() {
        return merges;
    }

    ColumnSamples samples() {
        return samples;
    }
}
