package vn.campaign.importer.source;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;

/**
 * What the importer needs of a cell style: its font name and whether its number format is a date,
 * looked up once per style index.
 */
final class XlsxStyles {

    /** The two facts read from a style. */
    record Style(@Nullable String fontName, boolean dateFormat) {
    }

    private static final Style NONE = new Style(null, false);

    private final @Nullable StylesTable table;
    private final Map<Integer, Style> cache = new HashMap<>();

    XlsxStyles(@Nullable StylesTable table) {
        this.table = table;
    }

    Style style(int index) {
        return cache.computeIfAbsent(index, this::load);
    }

    private Style load(int index) {
        if (table == null || index < 0 || index >= table.getNumCellStyles()) {
            return NONE;
        }
        XSSFCellStyle style = table.getStyleAt(index);
        if (style == null) {
            return NONE;
        }
        XSSFFont font = style.getFont();
        String fontName = font == null ? null : font.getFontName();
        String format = style.getDataFormatString();
        boolean date = format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        return new Style(fontName, date);
    }
}
