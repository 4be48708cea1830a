package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.campaign.api.document.DocxLayout;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.SignatureBlock;
import vn.campaign.api.document.TextStyle;
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
    public static final String MEDIA_TYPE = DocxLayout.MEDIA_TYPE;

    private static final int SIZE = DocxLayout.SIZE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The weight of the number column, of a name column, of a figure column and of a date in a table's width. */
    private static final double NUMBER_WEIGHT = 0.8;
    private static final double NAME_WEIGHT = 3.2;
    private static final double FIGURE_WEIGHT = 1.0;
    private static final double DATE_WEIGHT = 1.4;

    private final DocxLayout layout;

    private SummaryDocxWriter(DocxLayout layout) {
        this.layout = layout;
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
            new SummaryDocxWriter(new DocxLayout(document, true)).report(report);
            document.write(out);
        }
    }

    private void report(SummaryReport report) {
        layout.masthead(Masthead.of(report.heading(), report.placeAndDate()));
        layout.title(report.documentType(), List.of(report.subject(), report.campaignName()), report.basis());
        layout.paragraph(ParagraphAlignment.BOTH, report.note(), TextStyle.ITALIC, SIZE);
        for (RegistrationTable table : report.registrationTables()) {
            registrations(table);
        }
        compliance(report.compliance());
        plaques(report.plaques());
        layout.signature(SignatureBlock.ofReport(report.heading(), SIZE));
    }

    // --- tables ---

    private void registrations(RegistrationTable table) {
        boolean amounts = table.columns().stream().anyMatch(c -> c.kind() == Column.Kind.AMOUNT);
        layout.tableTitle(table.number(), table.title(), amounts ? table.amountUnit().line() : "", true);
        int width = 2 + table.columns().size();
        XWPFTable grid = layout.table(width);
        List<String> header = new ArrayList<>(List.of("STT", table.nameHeader()));
        table.columns().forEach(c -> header.add(c.header()));
        DocxLayout.row(grid, true, header, TextStyle.BOLD);
        for (Group<UnitBlock> group : table.groups()) {
            DocxLayout.row(grid, false, DocxLayout.padded(width, group.numeral(), group.title()), TextStyle.BOLD);
            for (UnitBlock block : group.rows()) {
                DocxLayout.row(grid, false, DocxLayout.padded(width, String.valueOf(block.number()),
                        block.unit().name()), TextStyle.BOLD);
                for (Line line : block.lines()) {
                    List<String> cells = new ArrayList<>(List.of(RegistrationTable.ITEM_MARK, line.name()));
                    for (int c = 0; c < table.columns().size(); c++) {
                        cells.add(text(table, table.columns().get(c), line.cells().get(c)));
                    }
                    DocxLayout.row(grid, false, cells, TextStyle.PLAIN);
                }
            }
            List<String> subtotal = new ArrayList<>(List.of("", RegistrationTable.SUBTOTAL));
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                subtotal.add(column.summed() ? figure(table, column, RegistrationTable.subtotal(group, c)) : "");
            }
            DocxLayout.row(grid, false, subtotal, TextStyle.BOLD);
        }
        List<String> total = new ArrayList<>(List.of("", RegistrationTable.TOTAL));
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            total.add(column.summed() ? figure(table, column, table.total(c)) : "");
        }
        DocxLayout.row(grid, false, total, TextStyle.BOLD);
        double[] weights = new double[width];
        Arrays.fill(weights, FIGURE_WEIGHT);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT;
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).kind() == Column.Kind.DATE) {
                weights[2 + c] = DATE_WEIGHT;
            }
        }
        layout.widths(grid, weights);
    }

    private void compliance(ComplianceTable table) {
        layout.tableTitle(table.number(), table.title(), "", true);
        int width = 3 + table.obligations().size();
        XWPFTable grid = layout.table(width);
        List<String> header = new ArrayList<>(List.of("STT", "Đơn vị"));
        header.addAll(table.obligations());
        header.add(table.verdictHeader());
        DocxLayout.row(grid, true, header, TextStyle.BOLD);
        for (Group<ComplianceRow> group : table.groups()) {
            DocxLayout.row(grid, false, DocxLayout.padded(width, group.numeral(), group.title()), TextStyle.BOLD);
            for (ComplianceRow unit : group.rows()) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(unit.number()), unit.unit().name()));
                unit.marks().stream().map(ComplianceMark::label).forEach(cells::add);
                cells.add(unit.verdict());
                DocxLayout.row(grid, false, cells, TextStyle.PLAIN);
            }
        }
        List<String> counts = new ArrayList<>(List.of("", ComplianceTable.SATISFIED_ROW));
        table.satisfiedCount().forEach(n -> counts.add(String.valueOf(n)));
        counts.add(String.valueOf(table.compliantCount()));
        DocxLayout.row(grid, false, counts, TextStyle.BOLD);
        double[] weights = new double[width];
        Arrays.fill(weights, NAME_WEIGHT * 0.75);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT * 0.6;
        weights[width - 1] = FIGURE_WEIGHT * 1.4;
        layout.widths(grid, weights);
    }

    private void plaques(PlaqueTable table) {
        layout.tableTitle(table.number(), table.title(), "", true);
        XWPFTable grid = layout.table(table.headers().size());
        DocxLayout.row(grid, true, table.headers(), TextStyle.BOLD);
        for (PlaqueLine line : table.lines()) {
            DocxLayout.row(grid, false, List.of(String.valueOf(line.number()), line.work(), line.unit(), line.basis()),
                    TextStyle.PLAIN);
        }
        double[] weights = new double[table.headers().size()];
        Arrays.fill(weights, NAME_WEIGHT * 0.6);
        weights[0] = NUMBER_WEIGHT;
        weights[1] = NAME_WEIGHT;
        layout.widths(grid, weights);
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
        return DocxLayout.figure(column.kind() == Column.Kind.AMOUNT ? table.amountUnit().of(value)
                : BigDecimal.valueOf(value));
    }

}
