package vn.campaign.importer.source;

import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;

/**
 * Small helpers for the SpreadsheetML parts: escaped characters and attribute look-up by local name.
 */
final class XlsxText {

    private XlsxText() {
    }

    /**
     * Decodes the {@code _xHHHH_} escapes SpreadsheetML uses for characters XML cannot hold (a carriage
     * return is {@code _x000D_}, and {@code _x005F_} escapes an underscore).
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The last column of a worksheet, XFD. */
    private static final int LAST_COLUMN = 16_383;

    /**
     * The 0-based column of a cell reference such as {@code B12}, as POI's {@code new CellReference(ref).getCol()}
     * gives it. The plain form every writer stores (capital letters, then the row's digits) is read here, since
     * every cell of a sheet has one; any other form is left to POI.
     */
    static int column(String ref) {
        int length = ref.length();
        int column = 0;
        int letters = 0;
        while (letters < length && letters < 4) {
            char c = ref.charAt(letters);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        boolean plain = letters >= 1 && letters <= 3 && letters < length && length - letters <= 7
                && column - 1 <= LAST_COLUMN;
        for (int i = letters; plain && i < length; i++) {
            char c = ref.charAt(i);
            plain = c >= '0' && c <= '9';
        }
        return plain ? column - 1 : new CellReference(ref).getCol();
    }

    /** The element's local name, whether or not the parser reports namespaces. */
    static String local(String localName, String qName) {
        if (!localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** The value of the attribute with this local name, in any namespace, or {@code null}. */
    static @Nullable String attribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (name.equals(local(attributes.getLocalName(i), attributes.getQName(i)))) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    /** Whether an OOXML boolean attribute is true ({@code 1} or {@code true}). */
    static boolean isTrue(@Nullable String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }
}
