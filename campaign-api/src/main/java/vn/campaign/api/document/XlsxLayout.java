package vn.campaign.api.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The administrative layout on the sheets of one workbook, in Times New Roman 12: the heading block, text
 * merged over columns, bordered table cells, formulas that carry their values, the signature block and the
 * print setup (A4, one page wide, the table's header row repeated). Each sheet carries its own heading and
 * signature so that it prints alone.
 */
public final class XlsxLayout {

    /** The media type of .xlsx files. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The typeface of every cell. */
    public static final String FONT = "Times New Roman";
    /** The size of every cell's text but titles, in points. */
    public static final short SIZE = 12;
    /** The size of a document's type ("BÁO CÁO", "DANH SÁCH"), in points. */
    public static final short TITLE_SIZE = 14;
    /** The height of a row of one line of text, in points. */
    public static final float LINE_HEIGHT = 16f;

    /** The looks a cell can have; those named {@code CELL…}, {@code HEADER}, {@code DATE}, {@code COUNT…} and {@code DECIMAL…} have borders. */
    public enum Look {
        /** Centred, plain. */
        CENTRED,
        /** Centred, bold. */
        CENTRED_BOLD,
        /** Centred, bold, wrapped. */
        CENTRED_BOLD_WRAPPED,
        /** Centred, italic. */
        CENTRED_ITALIC,
        /** Flush right, italic (the unit line "ĐVT: …"). */
        RIGHT_ITALIC,
        /** Flush left, italic, wrapped (a note). */
        ITALIC_WRAPPED,
        /** Flush left, plain. */
        LEFT,
        /** Flush left, bold. */
        BOLD,
        /** Flush left, bold italic ("Nơi nhận:"). */
        BOLD_ITALIC,
        /** The document's type: centred, bold, 14 pt. */
        TITLE,
        /** A table's header cell: centred, bold, wrapped, bordered. */
        HEADER,
        /** A table cell, flush left. */
        CELL,
        /** A table cell, flush left, wrapped. */
        CELL_WRAPPED,
        /** A table cell, bold, wrapped. */
        CELL_BOLD,
        /** A table cell, centred. */
        CELL_CENTRED,
        /** A table cell, centred, bold. */
        CELL_CENTRED_BOLD,
        /** A table cell holding a day, "dd/mm/yyyy". */
        DATE,
        /** A table cell holding a whole number, "#,##0". */
        COUNT,
        /** A bold table cell holding a whole number. */
        COUNT_BOLD,
        /** A table cell holding a number with three decimals. */
        DECIMAL,
        /** A bold table cell holding a number with three decimals. */
        DECIMAL_BOLD
    }

    private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);

    /**
     * The layout of a workbook: its cell styles are made once, here.
     *
     * @param workbook the workbook
     */
    public XlsxLayout(XSSFWorkbook workbook) {
        Objects.requireNonNull(workbook, "workbook");
        Font plain = font(workbook, false, false, SIZE);
        Font bold = font(workbook, true, false, SIZE);
        Font italic = font(workbook, false, true, SIZE);
        Font boldItalic = font(workbook, true, true, SIZE);
        Font title = font(workbook, true, false, TITLE_SIZE);
        DataFormat formats = workbook.createDataFormat();
        put(workbook, Look.CENTRED, plain, HorizontalAlignment.CENTER, false, false, null, formats);
        put(workbook, Look.CENTRED_BOLD, bold, HorizontalAlignment.CENTER, false, false, null, formats);
        put(workbook, Look.CENTRED_BOLD_WRAPPED, bold, HorizontalAlignment.CENTER, false, true, null, formats);
        put(workbook, Look.CENTRED_ITALIC, italic, HorizontalAlignment.CENTER, false, false, null, formats);
        put(workbook, Look.RIGHT_ITALIC, italic, HorizontalAlignment.RIGHT, false, false, null, formats);
        put(workbook, Look.ITALIC_WRAPPED, italic, HorizontalAlignment.LEFT, false, true, null, formats);
        put(workbook, Look.LEFT, plain, HorizontalAlignment.LEFT, false, false, null, formats);
        put(workbook, Look.BOLD, bold, HorizontalAlignment.LEFT, false, false, null, formats);
        put(workbook, Look.BOLD_ITALIC, boldItalic, HorizontalAlignment.LEFT, false, false, null, formats);
        put(workbook, Look.TITLE, title, HorizontalAlignment.CENTER, false, false, null, formats);
        put(workbook, Look.HEADER, bold, HorizontalAlignment.CENTER, true, true, null, formats);
        put(workbook, Look.CELL, plain, HorizontalAlignment.LEFT, true, false, null, formats);
        put(workbook, Look.CELL_WRAPPED, plain, HorizontalAlignment.LEFT, true, true, null, formats);
        put(workbook, Look.CELL_BOLD, bold, HorizontalAlignment.LEFT, true, true, null, formats);
        put(workbook, Look.CELL_CENTRED, plain, HorizontalAlignment.CENTER, true, false, null, formats);
        put(workbook, Look.CELL_CENTRED_BOLD, bold, HorizontalAlignment.CENTER, true, false, null, formats);
        put(workbook, Look.DATE, plain, HorizontalAlignment.CENTER, true, false, "dd/mm/yyyy", formats);
        put(workbook, Look.COUNT, plain, HorizontalAlignment.RIGHT, true, false, "#,##0", formats);
        put(workbook, Look.COUNT_BOLD, bold, HorizontalAlignment.RIGHT, true, false, "#,##0", formats);
        put(workbook, Look.DECIMAL, plain, HorizontalAlignment.RIGHT, true, false, "#,##0.000", formats);
        put(workbook, Look.DECIMAL_BOLD, bold, HorizontalAlignment.RIGHT, true, false, "#,##0.000", formats);
    }

    /**
     * The cell style of a look.
     *
     * @param look the look
     * @return its style in this workbook
     */
    public CellStyle style(Look look) {
        return Objects.requireNonNull(styles.get(look), "every look has a style");
    }

    /**
     * Writes the heading block from row 0: the issuer's lines bold and the number line plain over the first two
     * columns; the national name and motto bold and the place and date in italics (on the last line of the
     * block) over the right half.
     *
     * @param sheet    the sheet
     * @param masthead the block
     * @param width    the number of columns the sheet's table spans
     * @return the next free row, one blank row after the block
     */
    public int masthead(Sheet sheet, Masthead masthead, int width) {
        int rightStart = rightStart(width);
        List<String> left = new ArrayList<>(masthead.issuerLines());
        String numberLine = masthead.numberLine();
        if (numberLine != null) {
            left.add(numberLine);
        }
        List<String> right = new ArrayList<>(List.of(Masthead.NATIONAL_NAME, Masthead.MOTTO));
        String date = masthead.placeAndDate();
        if (date != null) {
            right.add(date);
        }
        int lines = Math.max(left.size(), right.size());
        for (int i = 0; i < left.size(); i++) {
            boolean number = numberLine != null && i == left.size() - 1;
            text(sheet, i, 0, 1, left.get(i), number ? Look.CENTRED : Look.CENTRED_BOLD);
        }
        for (int i = 0; i < right.size(); i++) {
            boolean isDate = date != null && i == right.size() - 1;
            text(sheet, isDate ? lines - 1 : i, rightStart, width - 1, right.get(i),
                    isDate ? Look.CENTRED_ITALIC : Look.CENTRED_BOLD);
        }
        return lines + 1;
    }

    /**
     * Writes the document's type (14 pt bold), its bold lines (the last one wrapped over two lines' height) and
     * an italic line, each merged over the table's width.
     *
     * @param sheet  the sheet
     * @param row    the first row
     * @param width  the number of columns the sheet's table spans
     * @param type   the type ("BÁO CÁO", "DANH SÁCH …")
     * @param bold   the bold lines (subject, campaign)
     * @param italic the italic line (the directive, the decision), or {@code null}
     * @return the next free row, one blank row after the block
     */
    public int titles(Sheet sheet, int row, int width, String type, List<String> bold, @Nullable String italic) {
        int r = row;
        text(sheet, r++, 0, width - 1, type, Look.TITLE);
        for (int i = 0; i < bold.size(); i++) {
            boolean last = i == bold.size() - 1;
            text(sheet, r++, 0, width - 1, bold.get(i), last ? Look.CENTRED_BOLD_WRAPPED : Look.CENTRED_BOLD);
            if (last) {
                sheet.getRow(r - 1).setHeightInPoints(2 * LINE_HEIGHT);
            }
        }
        if (italic != null) {
            text(sheet, r++, 0, width - 1, italic, Look.CENTRED_ITALIC);
        }
        return r + 1;
    }

    /**
     * Writes a table's number (bold, flush left), its title (bold, centred) and, when not empty, its unit line
     * (italic, flush right over the last three columns).
     *
     * @param sheet    the sheet
     * @param row      the first row
     * @param width    the table's number of columns
     * @param number   "Biểu số 01"
     * @param title    the table's title
     * @param unitLine "ĐVT: triệu đồng", or empty
     * @return the next free row
     */
    public int tableTitle(Sheet sheet, int row, int width, String number, String title, String unitLine) {
        int r = row;
        text(sheet, r++, 0, 1, number, Look.BOLD);
        text(sheet, r++, 0, width - 1, title, Look.CENTRED_BOLD);
        if (!unitLine.isEmpty()) {
            text(sheet, r++, Math.max(0, width - 3), width - 1, unitLine, Look.RIGHT_ITALIC);
        }
        return r;
    }

    /**
     * Writes the signature block: the left lines over the first two columns, the authority and title over the
     * right half, the name after room to sign.
     *
     * @param sheet     the sheet
     * @param signature the block
     * @param row       its first row
     * @param width     the number of columns the sheet's table spans
     */
    public void signature(Sheet sheet, SignatureBlock signature, int row, int width) {
        int rightStart = rightStart(width);
        for (int i = 0; i < signature.left().size(); i++) {
            StyledLine line = signature.left().get(i);
            text(sheet, row + i, 0, 1, line.text(), signature.leftCentred()
                    ? (line.style().italic() ? Look.CENTRED_ITALIC : line.style().bold() ? Look.CENTRED_BOLD : Look.CENTRED)
                    : (line.style() == TextStyle.BOLD_ITALIC ? Look.BOLD_ITALIC : line.style().bold() ? Look.BOLD
                            : Look.LEFT));
        }
        text(sheet, row, rightStart, width - 1, signature.authority(), Look.CENTRED_BOLD);
        text(sheet, row + 1, rightStart, width - 1, signature.title(), Look.CENTRED_BOLD);
        String name = signature.name();
        if (name != null) {
            text(sheet, row + 2 + SignatureBlock.ROOM_TO_SIGN, rightStart, width - 1, name, Look.CENTRED_BOLD);
        }
    }

    /**
     * Sets a sheet to print on A4, one page wide, repeating the table's header row on every page.
     *
     * @param sheet     the sheet
     * @param headerRow the table's header row
     * @param landscape whether to print landscape
     */
    public static void pageSetup(Sheet sheet, int headerRow, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /**
     * Writes a text merged over columns.
     *
     * @param sheet    the sheet
     * @param rowIndex the row
     * @param from     the first column
     * @param to       the last column; the cells from {@code from} to it are merged when it is greater
     * @param value    the text
     * @param look     its look
     */
    public void text(Sheet sheet, int rowIndex, int from, int to, String value, Look look) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        put(row, from, value, look);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
    }

    /**
     * Writes a text into a cell (an empty text leaves the cell blank, with its style).
     *
     * @param row    the row
     * @param column the column
     * @param value  the text
     * @param look   its look
     */
    public void put(Row row, int column, String value, Look look) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style(look));
    }

    /**
     * Writes a table row that heads a group or a unit: its number centred and bold, its title bold, the other
     * cells blank with borders.
     *
     * @param row    the row
     * @param number the number ("I", "1")
     * @param title  the title
     * @param width  the table's number of columns
     */
    public void groupRow(Row row, String number, String title, int width) {
        put(row, 0, number, Look.CELL_CENTRED_BOLD);
        put(row, 1, title, Look.CELL_BOLD);
        blanks(row, 2, width, Look.CELL);
    }

    /**
     * Writes blank cells of a look, to carry the borders of a table row.
     *
     * @param row  the row
     * @param from the first column
     * @param to   the column after the last
     * @param look their look
     */
    public void blanks(Row row, int from, int to, Look look) {
        for (int c = from; c < to; c++) {
            row.createCell(c).setCellStyle(style(look));
        }
    }

    /**
     * A formula cell with its cached value: the formula is set first, then the value it evaluates to, so a
     * reader that does not evaluate formulas sees the same figure.
     *
     * @param row     the row
     * @param column  the column
     * @param formula the formula, without "="
     * @param value   the value it evaluates to
     * @param look    its look
     */
    public void formula(Row row, int column, String formula, double value, Look look) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(style(look));
    }

    /**
     * Sets the widths of the first columns of a sheet.
     *
     * @param sheet  the sheet
     * @param widths each column's width, in characters
     */
    public static void columnWidths(Sheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static int rightStart(int width) {
        return Math.max(2, width / 2);
    }

    private void put(XSSFWorkbook workbook, Look look, Font font, HorizontalAlignment alignment, boolean bordered,
            boolean wrapped, @Nullable String format, DataFormat formats) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrapped);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(formats.getFormat(format));
        }
        styles.put(look, style);
    }

    private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, short size) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(size);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }
}
