package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code xl/workbook.xml}: the sheets in order, with their state and relationship id, and the
 * date system.
 */
final class XlsxWorkbookPart extends DefaultHandler {

    /** A sheet as the workbook lists it. */
    record SheetEntry(String name, String relationshipId, boolean hidden) {
    }

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxText.local(localName, qName);
        if ("workbookPr".equals(name)) {
            date1904 = XlsxText.isTrue(XlsxText.attribute(attributes, "date1904"));
        } else if ("sheet".equals(name)) {
            String sheetName = XlsxText.attribute(attributes, "name");
            String id = XlsxText.attribute(attributes, "id");
            String state = XlsxText.attribute(attributes, "state");
            sheets.add(new SheetEntry(sheetName == null ? "Sheet" + (sheets.size() + 1) : sheetName,
                    id == null ? "" : id, state != null && !"visible".equals(state)));
        }
    }

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }
}
