package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * First pass over a sheet part: the hidden columns (in {@code <cols>}, before the cells) and the merged
 * ranges (in {@code <mergeCells>}, after the cells), which the row pass needs from the start.
 */
final class XlsxSheetLayout extends DefaultHandler {

    private final int maxColumns;
    private final List<Integer> hiddenColumns = new ArrayList<>();
    private final List<MergedRange> merges = new ArrayList<>();

    XlsxSheetLayout(int maxColumns) {
        this.maxColumns = maxColumns;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxText.local(localName, qName);
        if ("col".equals(name) && XlsxText.isTrue(XlsxText.attribute(attributes, "hidden"))) {
            int min = parse(XlsxText.attribute(attributes, "min"));
            int max = parse(XlsxText.attribute(attributes, "max"));
            for (int column = Math.max(min, 1); column <= Math.min(max, maxColumns); column++) {
                hiddenColumns.add(column - 1);
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
            return 0;
        }
    }

    List<Integer> hiddenColumns() {
        return hiddenColumns;
    }

    List<MergedRange> merges() {
        return merges;
    }
}
