package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import vn.campaign.core.report.Cell;
import vn.campaign.core.report.Column;
import vn.campaign.core.report.ComplianceMark;
import vn.campaign.core.report.ComplianceRow;
import vn.campaign.core.report.ComplianceTable;
import vn.campaign.core.report.Group;
import vn.campaign.core.report.Line;
import vn.campaign.core.report.PlaqueLine;
import vn.campaign.core.report.PlaqueTable;
import vn.campaign.core.report.RegistrationTable;
import vn.campaign.core.report.SummaryReport;
import vn.campaign.core.report.UnitBlock;

/**
 * Writes a {@link SummaryReport} as a .docx document: the heading block (issuing body and number on the left,
 * national name, motto and place and date on the right), the title, the four tables with borders, the note and
 * the signature block ("Người lập biểu" on the left, the signing authority on the right with blank space to
 * sign), in Times New Roman 13 on landscape A4 (Nghị định 30/2020/NĐ-CP allows landscape for a text whose tables
 * are not separate annexes). Figures are written the Vietnamese way: "1.200,5".
 */
public final class SummaryDocxWriter {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String RULE = "────────";

    private final XWPFDocument document;

    private SummaryDocxWriter(XWPFDocument document) {
        this.document = document;
    }

    /**
     * Writes the document.
     *
     * @param report the report
     * @param out    where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(SummaryReport report, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            new SummaryDocxWriter(document).report(report);
            document.write(out);
        }
    }

    private void report(SummaryReport report) {
        landscape();
        heading(report);
        paragraph(ParagraphAlignment.CENTER, report.documentType(), Style.BOLD, 14);
        paragraph(ParagraphAlignment.CENTER, report.subject(), Style.BOLD, SIZE);
        paragraph(ParagraphAlignment.CENTER, report.campaignName(), Style.BOLD, SIZE);
        if (report.basis() != null) {
            paragraph(ParagraphAlignment.CENTER, report.basis(), Style.ITALIC, SIZE);
        }
        paragraph(ParagraphAlignment.CENTER, RULE, Style.PLAIN, SIZE);
        paragraph(ParagraphAlignment.BOTH, report.note(), Style.ITALIC, SIZE);
        for (RegistrationTable table : report.registrationTables()) {
            registrations(table);
        }
        compliance(report.compliance());
        plaques(report.plaques());
        signature(report);
    }

    /** A4 landscape and its margins (3 cm left, 2 cm right), in twentieths of a point. */
    private static final int PAGE_WIDTH = 16_838;
    private static final int LEFT_MARGIN = 1_701;
    private static final int RIGHT_MARGIN = 1_134;
    /** The width the tables fill. */
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;
    /** The weight of the number column, of a name column, of a figure column and of a date in a table's width. */
    private static final double NUMBER_WEIGHT = 0.8;
    private static final double NAME_WEIGHT = 3.2;
    private static final double FIGURE_WEIGHT = 1.0;
    private static final double DATE_WEIGHT = 1.4;

    private void landscape() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(11_906));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1_134));
        margins.setBottom(BigInteger.valueOf(1_134));
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
    }

    // --- heading and signature: borderless two-column tables ---

    private void heading(SummaryReport report) {
        XWPFTable table = borderless(2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        List<String> issuer = report.heading().issuerLines();
        for (int i = 0; i < issuer.size(); i++) {
            add(left, i == 0, issuer.get(i), Style.BOLD);
        }
        add(left, false, RULE, Style.PLAIN);
        add(left, false, report.heading().numberLine(), Style.PLAIN);
        add(right, true, SummaryReport.NATIONAL_NAME, Style.BOLD);
        add(right, false, SummaryReport.MOTTO, Style.BOLD);
        add(right, false, RULE + RULE, Style.PLAIN);
        add(right, false, report.placeAndDate(), Style.ITALIC);
    }

    private void signature(SummaryReport report) {
        XWPFTable table = borderless(2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        add(left, true, report.heading().preparer(), Style.BOLD);
        add(left, false, SummaryReport.PREPARER_HINT, Style.ITALIC);
        add(right, true, report.heading().signerAuthority(), Style.BOLD);
        add(right, false, report.heading().signerTitle(), Style.BOLD);
        for (int i = 0; i < 4; i++) {
            add(right, false, "", Style.PLAIN);
        }
        String name = report.heading().signerName();
        add(right, false, name == null ? "" : name, Style.BOLD);
    }

    private XWPFTable borderless(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    // --- tables ---

    private void tableTitle(String number, String title, String unitLine) {
        XWPFParagraph numberParagraph = paragraph(ParagraphAlignment.LEFT, number, Style.BOLD, SIZE);
        numberParagraph.setPageBreak(true);
        paragraph(ParagraphAlignment.CENTER, title, Style.BOLD, SIZE);
        if (!unitLine.isEmpty()) {
            paragraph(ParagraphAlignment.RIGHT, unitLine, Style.ITALIC, SIZE);
        }
    }

    private void registrations(RegistrationTable table) {
        boolean amounts = table.columns().stream().anyMatch(c -> c.kind() == Column.Kind.AMOUNT);
        tableTitle(table.number(), table.title(), amounts ? table.amountUnit().line() : "");
        int width = 2 + table.columns().size();
        XWPFTable grid = bordered(width);
        List<String> header = new ArrayList<>(List.of("STT", table.nameHeader()));
        table.columns().forEach(c -> header.add(c.header()));
        row(grid, true, header, Style.BOLD);
        for (Group<UnitBlock> group : table.groups()) {
            row(grid, false, padded(width, group.numeral(), group.title()), Style.BOLD);
            for (UnitBlock block : group.rows()) {
                row(grid, false, padded(width, String.valueOf(block.number()), block.unit().name()), Style.BOLD);
                for (Line line : block.lines()) {
                    List<String> cells = new ArrayList<>(List.of(RegistrationTable.ITEM_MARK, line.name()));
                    for (int c = 0; c < table.columns().size(); c++) {
                        cells.add(text(table, table.columns().get(c), line.cells().get(c)));
                    }
                    row(grid, false, cells, Style.PLAIN);
                }
            }
            List<String> subtotal = new ArrayList<>(List.of("", RegistrationTable.SUBTOTAL));
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                subtotal.add(column.summed() ? figure(table, column, RegistrationTable.subtotal(group, c)) : "");
            }
            row(grid, false, subtotal, Style.BOLD);
        }
        List<String> total = new ArrayList<>(List.of("", RegistrationTable.TOTAL));
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            total.add(column.summed() ? figure(table, column, table.total(c)) : "");
        }
        row(grid, false, total, Style.BOLD);
        double[] weights = new double[width];
        Arrays.fill(weights, FIGURE_WEIGHT);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT;
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).kind() == Column.Kind.DATE) {
                weights[2 + c] = DATE_WEIGHT;
            }
        }
        widths(grid, weights);
    }

    private void compliance(ComplianceTable table) {
        tableTitle(table.number(), table.title(), "");
        int width = 3 + table.obligations().size();
        XWPFTable grid = bordered(width);
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị"));
        header.addAll(table.obligations());
        header.add(table.verdictHeader());
        row(grid, true, header, Style.BOLD);
        for (Group<ComplianceRow> group : table.groups()) {
            row(grid, false, padded(width, group.numeral(), group.title()), Style.BOLD);
            for (ComplianceRow unit : group.rows()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(unit.number()), unit.unit().name()));
                unit.marks().stream().map(ComplianceMark::label).forEach(cells::add);
                cells.add(unit.verdict());
                row(grid, false, cells, Style.PLAIN);
            }
        }
        List<String> counts = new ArrayList<>(List.of("", ComplianceTable.SATISFIED_ROW));
        table.satisfiedCount().forEach(n -> counts.add(String.valueOf(n)));
        counts.add(String.valueOf(table.compliantCount()));
        row(grid, false, counts, Style.BOLD);
        double[] weights = new double[width];
        Arrays.fill(weights, NAME_WEIGHT * 0.75);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT * 0.6;
        weights[width - 1] = FIGURE_WEIGHT * 1.4;
        widths(grid, weights);
    }

    private void plaques(PlaqueTable table) {
        tableTitle(table.number(), table.title(), "");
        XWPFTable grid = bordered(table.headers().size());
        row(grid, true, table.headers(), Style.BOLD);
        for (PlaqueLine line : table.lines()) {
            row(grid, false, List.of(String.valueOf(line.number()), line.work(), line.unit(), line.basis()), Style.PLAIN);
        }
        double[] weights = new double[table.headers().size()];
        Arrays.fill(weights, NAME_WEIGHT * 0.6);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT;
        widths(grid, weights);
    }

    /**
     * Gives a table's columns widths in proportion to their weights, so that the names get room and the
     * figures do not: in the table's grid (which LibreOffice reads) and in every cell (which Word reads).
     */
    private static void widths(XWPFTable table, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] twips = new int[weights.length];
        for (int c = 0; c < weights.length; c++) {
            twips[c] = (int) Math.round(TEXT_WIDTH * weights[c] / sum);
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

    private XWPFTable bordered(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        return table;
    }

    /** Fills the table's first row if it is still empty (the header), else adds a row. */
    private static void row(XWPFTable table, boolean header, List<String> texts, Style style) {
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

    private static List<String> padded(int width, String first, String second) {
        List<String> cells = new ArrayList<>(List.of(first, second));
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    // --- texts ---

    private static String text(RegistrationTable table, Column column, Cell cell) {
        if (cell instanceof Cell.Text text) {
            return text.text();
        }
        if (cell instanceof Cell.Day day) {
            return DAY.format(day.day());
        }
        if (cell instanceof Cell.Figure f) {
            return figure(table, column, f.value());
        }
        return "";
    }

    /** A figure the Vietnamese way: "." between thousands, "," before decimals. */
    static String figure(RegistrationTable table, Column column, long value) {
        BigDecimal shown = column.kind() == Column.Kind.AMOUNT ? table.amountUnit().of(value) : BigDecimal.valueOf(value);
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        return format.format(shown);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, String text, Style style, int size) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        run(p, text, style, size);
        return p;
    }

    private static void add(XWPFTableCell cell, boolean first, String text, Style style) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, style, SIZE);
    }

    private static void run(XWPFParagraph p, String text, Style style, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(style == Style.BOLD);
        run.setItalic(style == Style.ITALIC);
        run.setText(text);
    }

    private enum Style {
        PLAIN, BOLD, ITALIC
    }
}
