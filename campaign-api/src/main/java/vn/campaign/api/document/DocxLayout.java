package vn.campaign.api.document;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.jspecify.annotations.Nullable;

/**
 * The administrative layout in one .docx document, in Times New Roman 13 on A4 (margins 2 cm top and bottom,
 * 3 cm left, 2 cm right): the heading block and the signature block as borderless two-column tables, centred
 * titles, justified body paragraphs, bordered tables whose columns share the text width by weight.
 */
public final class DocxLayout {

    /** The media type of .docx files. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The typeface of every run. */
    public static final String FONT = "Times New Roman";
    /** The size of body text, in points. */
    public static final int SIZE = 13;
    /** The size of a document's type ("BÁO CÁO", "TỜ TRÌNH"), in points. */
    public static final int TITLE_SIZE = 14;
    /** The short line under the issuer and under a title. */
    public static final String RULE = "────────";

    /** A4's sides, in twentieths of a point. */
    private static final int A4_SHORT = 11_906;
    private static final int A4_LONG = 16_838;
    private static final int LEFT_MARGIN = 1_701;
    private static final int RIGHT_MARGIN = 1_134;
    private static final int TOP_BOTTOM_MARGIN = 1_134;
    /** The space after a paragraph, in twentieths of a point (6 pt). */
    private static final int SPACING_AFTER = 120;
    /** A body paragraph's first-line indent, in twentieths of a point (1.27 cm). */
    private static final int FIRST_LINE_INDENT = 720;

    private final XWPFDocument document;
    private final int textWidth;

    /**
     * The layout of a document, whose page it sets up.
     *
     * @param document  the document, still empty
     * @param landscape whether its pages are landscape (allowed for a text whose tables are not separate annexes)
     */
    public DocxLayout(XWPFDocument document, boolean landscape) {
        this.document = Objects.requireNonNull(document, "document");
        int pageWidth = landscape ? A4_LONG : A4_SHORT;
        this.textWidth = pageWidth - LEFT_MARGIN - RIGHT_MARGIN;
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        size.setW(BigInteger.valueOf(pageWidth));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP_BOTTOM_MARGIN));
        margins.setBottom(BigInteger.valueOf(TOP_BOTTOM_MARGIN));
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
    }

    /**
     * Writes the heading block: the issuer (bold), a short rule and the number line on the left; the national
     * name and motto (bold), a rule and the place and date (italic) on the right.
     *
     * @param masthead the block
     */
    public void masthead(Masthead masthead) {
        XWPFTable table = borderless();
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> issuer = masthead.issuerLines();
        for (int i = 0; i < issuer.size(); i++) {
            add(left, i == 0, issuer.get(i), TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
        }
        add(left, false, RULE, TextStyle.PLAIN, SIZE, ParagraphAlignment.CENTER);
        String number = masthead.numberLine();
        if (number != null) {
            add(left, false, number, TextStyle.PLAIN, SIZE, ParagraphAlignment.CENTER);
        }
        add(right, true, Masthead.NATIONAL_NAME, TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
        add(right, false, Masthead.MOTTO, TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
        add(right, false, RULE + RULE, TextStyle.PLAIN, SIZE, ParagraphAlignment.CENTER);
        String date = masthead.placeAndDate();
        if (date != null) {
            add(right, false, date, TextStyle.ITALIC, SIZE, ParagraphAlignment.CENTER);
        }
    }

    /**
     * Writes the signature block: the left lines, and the authority, title, room to sign and name on the right.
     *
     * @param signature the block
     */
    public void signature(SignatureBlock signature) {
        XWPFTable table = borderless();
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        ParagraphAlignment leftAlignment = signature.leftCentred() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
        for (int i = 0; i < signature.left().size(); i++) {
            StyledLine line = signature.left().get(i);
            add(left, i == 0, line.text(), line.style(), line.size(), leftAlignment);
        }
        add(right, true, signature.authority(), TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
        add(right, false, signature.title(), TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
        for (int i = 0; i < SignatureBlock.ROOM_TO_SIGN; i++) {
            add(right, false, "", TextStyle.PLAIN, SIZE, ParagraphAlignment.CENTER);
        }
        String name = signature.name();
        add(right, false, name == null ? "" : name, TextStyle.BOLD, SIZE, ParagraphAlignment.CENTER);
    }

    /**
     * Adds a paragraph of one run, 6 pt after it.
     *
     * @param alignment its alignment
     * @param text      its text
     * @param style     its style
     * @param size      its size, in points
     * @return the paragraph
     */
    public XWPFParagraph paragraph(ParagraphAlignment alignment, String text, TextStyle style, int size) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(SPACING_AFTER);
        run(p, text, style, size);
        return p;
    }

    /**
     * Adds a body paragraph: justified, first line indented 1.27 cm, body size.
     *
     * @param text  its text
     * @param style its style
     * @return the paragraph
     */
    public XWPFParagraph body(String text, TextStyle style) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, text, style, SIZE);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        return p;
    }

    /**
     * Adds the type and summary of a document, centred ("TỜ TRÌNH" 14 pt bold, "Về việc …" bold), an italic line
     * under them ("(Thực hiện Chỉ thị …)", "(Kèm theo Quyết định …)") and a short rule.
     *
     * @param type     the type, upper case, 14 pt
     * @param subjects the summary's lines, bold, body size
     * @param italic   the italic line, or {@code null}
     */
    public void title(String type, List<String> subjects, @Nullable String italic) {
        paragraph(ParagraphAlignment.CENTER, type, TextStyle.BOLD, TITLE_SIZE);
        subjects.forEach(s -> paragraph(ParagraphAlignment.CENTER, s, TextStyle.BOLD, SIZE));
        if (italic != null) {
            paragraph(ParagraphAlignment.CENTER, italic, TextStyle.ITALIC, SIZE);
        }
        paragraph(ParagraphAlignment.CENTER, RULE, TextStyle.PLAIN, SIZE);
    }

    /**
     * Adds a table's number (bold, flush left), its title (bold, centred) and, when not empty, its unit line
     * (italic, flush right).
     *
     * @param number    "Biểu số 01"
     * @param title     the table's title
     * @param unitLine  "ĐVT: triệu đồng", or empty
     * @param pageBreak whether the table starts a page
     */
    public void tableTitle(String number, String title, String unitLine, boolean pageBreak) {
        paragraph(ParagraphAlignment.LEFT, number, TextStyle.BOLD, SIZE).setPageBreak(pageBreak);
        paragraph(ParagraphAlignment.CENTER, title, TextStyle.BOLD, SIZE);
        if (!unitLine.isEmpty()) {
            paragraph(ParagraphAlignment.RIGHT, unitLine, TextStyle.ITALIC, SIZE);
        }
    }

    /**
     * Adds a bordered table of one (header) row, centred, as wide as the text.
     *
     * @param columns its number of columns
     * @return the table
     */
    public XWPFTable table(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        return table;
    }

    /**
     * Fills a table's header row (repeated on every page) or adds a row. The first column and header cells are
     * centred, the others flush left.
     *
     * @param table  the table
     * @param header whether this is the header row
     * @param texts  the cells' texts
     * @param style  their style
     */
    public static void row(XWPFTable table, boolean header, List<String> texts, TextStyle style) {
        XWPFTableRow row = header ? table.getRow(0) : table.createRow();
        if (header) {
            row.setRepeatHeader(true);
        }
        for (int c = 0; c < texts.size(); c++) {
            XWPFTableCell cell = row.getCell(c) == null ? row.addNewTableCell() : row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(header || c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(p, texts.get(c), style, SIZE);
        }
    }

    /**
     * A table row of a group or unit header: its first two cells, the rest blank.
     *
     * @param width  the table's number of columns
     * @param first  the first cell ("I", "1")
     * @param second the second cell
     * @return the cells
     */
    public static List<String> padded(int width, String first, String second) {
        List<String> cells = new ArrayList<>(List.of(first, second));
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    /**
     * Gives a table's columns widths in proportion to their weights, so that the names get room and the
     * figures do not: in the table's grid (which LibreOffice reads) and in every cell (which Word reads).
     *
     * @param table   the table
     * @param weights each column's weight
     */
    public void widths(XWPFTable table, double... weights) {
        double sum = Arrays.stream(weights).sum();
        int[] twips = new int[weights.length];
        for (int c = 0; c < weights.length; c++) {
            twips[c] = (int) Math.round(textWidth * weights[c] / sum);
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size() && c < twips.length; c++) {
                cells.get(c).setWidth(String.valueOf(twips[c]));
            }
        }
    }

    /**
     * Adds a run of text to a paragraph, in the document's typeface.
     *
     * @param p     the paragraph
     * @param text  the text
     * @param style its style
     * @param size  its size, in points
     */
    public static void run(XWPFParagraph p, String text, TextStyle style, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(style.bold());
        run.setItalic(style.italic());
        run.setText(text);
    }

    /**
     * A figure the Vietnamese way: "." between thousands, "," before decimals, at most three decimals.
     *
     * @param value the figure
     * @return "1.200,5"
     */
    public static String figure(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.###", symbols).format(value);
    }

    private XWPFTable borderless() {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static void add(XWPFTableCell cell, boolean first, String text, TextStyle style, int size,
            ParagraphAlignment alignment) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(alignment);
        run(p, text, style, size);
    }
}
