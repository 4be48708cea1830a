package vn.campaign.importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.campaign.importer.encoding.TextRun;

/**
 * The shared strings of a workbook, kept compactly: one {@link String} per item, plus the runs of the
 * items that are rich text with fonts of their own. Phonetic runs are left out, as Excel does.
 *
 * <p>POI's {@code SharedStringsTable} keeps an XML object per item, too heavy for large files, and its
 * read-only table drops the run fonts that legacy encodings are decided from; hence this handler.
 */
final class XlsxSharedStrings extends DefaultHandler {

    private final List<String> items = new ArrayList<>();
    private final Map<Integer, List<TextRun>> runsByItem = new HashMap<>();

    private final StringBuilder itemText = new StringBuilder();
    private final StringBuilder runText = new StringBuilder();
    private List<TextRun> runs = new ArrayList<>();
    private @Nullable String runFont;
    private boolean inText;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean runHasFont;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (XlsxText.local(localName, qName)) {
            case "si" -> {
                itemText.setLength(0);
                runs = new ArrayList<>();
                runHasFont = false;
            }
            case "r" -> {
                if (!inPhonetic) {
                    inRun = true;
                    runText.setLength(0);
                    runFont = null;
                }
            }
            case "rFont" -> {
                if (inRun) {
                    runFont = XlsxText.attribute(attributes, "val");
                    runHasFont |= runFont != null;
                }
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = !inPhonetic;
            default -> {
                // other elements (run properties, phonetic settings) carry nothing read here
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (XlsxText.local(localName, qName)) {
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            case "r" -> {
                if (inRun) {
                    runs.add(new TextRun(XlsxText.unescape(runText.toString()), runFont));
                    inRun = false;
                }
            }
            case "si" -> {
                String text = XlsxText.unescape(itemText.toString());
                if (runHasFont && !runs.isEmpty()) {
                    runsByItem.put(items.size(), List.copyOf(runs));
                }
                items.add(text);
            }
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            itemText.append(ch, start, length);
            if (inRun) {
                runText.append(ch, start, length);
            }
        }
    }

    int size() {
        return items.size();
    }

    String text(int index) {
        return items.get(index);
    }

    /** The runs of a rich item whose runs name fonts, or an empty list. */
    List<TextRun> runs(int index) {
        return runsByItem.getOrDefault(index, List.of());
    }
}
