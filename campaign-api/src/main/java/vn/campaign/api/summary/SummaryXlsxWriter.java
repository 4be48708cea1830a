package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.SignatureBlock;
import vn.campaign.api.document.XlsxLayout;
import vn.campaign.api.document.XlsxLayout.Look;
import vn.campaign.core.report.AmountUnit;
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
 * Writes a {@link SummaryReport} as an .xlsx workbook with one sheet per table ("Biểu số 01" to "Biểu số 04"), each
 * with the heading block, the title, the table with borders and the signature block, in Times New Roman 12, set
 * to print landscape on A4, one page wide. The "Cộng" and "TỔNG CỘNG" rows and the compliance counts are
 * formulas ({@code SUM}, {@code COUNTIF}) that carry their computed values, so a reader that does not evaluate
 * formulas sees the same figures.
 */
public final class SummaryXlsxWriter {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = XlsxLayout.MEDIA_TYPE;


    private SummaryXlsxWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param report the report
     * @param out    where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(SummaryReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxLayout layout = new XlsxLayout(workbook);
            for (RegistrationTable table : report.registrationTables()) {
                new RegistrationSheet(report, table, layout, workbook.createSheet(table.number())).write();
            }
            ComplianceTable compliance = report.compliance();
            complianceSheet(report, compliance, layout, workbook.createSheet(compliance.number()));
            PlaqueTable plaques = report.plaques();
            plaqueSheet(report, plaques, layout, workbook.createSheet(plaques.number()));
            workbook.write(out);
        }
    }

    // --- the parts every sheet has ---

    /** Writes the heading block and the title from row 0; answers the next free row. */
    private static int heading(SummaryReport report, Sheet sheet, XlsxLayout layout, int width) {
        int row = layout.masthead(sheet, Masthead.of(report.heading(), report.placeAndDate()), width);
        return layout.titles(sheet, row, width, report.documentType(), List.of(report.subject(),
                report.campaignName()), report.basis());
    }

    private static void signature(SummaryReport report, Sheet sheet, XlsxLayout layout, int row, int width) {
        layout.signature(sheet, SignatureBlock.ofReport(report.heading(), XlsxLayout.SIZE), row, width);
    }

    private static void note(SummaryReport report, Sheet sheet, XlsxLayout layout, int row, int width) {
        layout.text(sheet, row, 0, width - 1, report.note(), Look.ITALIC_WRAPPED);
        sheet.getRow(row).setHeightInPoints(2 * XlsxLayout.LINE_HEIGHT);
    }

    private static void pageSetup(Sheet sheet, int headerRow) {
        XlsxLayout.pageSetup(sheet, headerRow, true);
    }

    // --- Biểu số 01, 02 ---

    /** One registration table on its sheet. */
    private static final class RegistrationSheet {
        private final SummaryReport report;
        private final RegistrationTable table;
        private final XlsxLayout layout;
        private final Sheet sheet;
        private final int width;
        private final Look amountStyle;
        private final Look amountBoldStyle;

        RegistrationSheet(SummaryReport report, RegistrationTable table, XlsxLayout layout, Sheet sheet) {
            this.report = report;
            this.table = table;
            this.layout = layout;
            this.sheet = sheet;
            this.width = 2 + table.columns().size();
            AmountUnit unit = table.amountUnit();
            this.amountStyle = unit.decimals() == 0 ? Look.COUNT : Look.DECIMAL;
            this.amountBoldStyle = unit.decimals() == 0 ? Look.COUNT_BOLD : Look.DECIMAL_BOLD;
        }

        void write() {
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 46 * 256);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                sheet.setColumnWidth(2 + c, (column.kind() == Column.Kind.TEXT ? 18 : 14) * 256);
            }
            int row = heading(report, sheet, layout, width);
            boolean amounts = table.columns().stream().anyMatch(c -> c.kind() == Column.Kind.AMOUNT);
            row = layout.tableTitle(sheet, row, width, table.number(), table.title(),
                    amounts ? table.amountUnit().line() : "");
            int headerRow = row;
            Row header = sheet.createRow(row++);
            header.setHeightInPoints(3 * XlsxLayout.LINE_HEIGHT);
            layout.put(header, 0, "STT", Look.HEADER);
            layout.put(header, 1, table.nameHeader(), Look.HEADER);
            for (int c = 0; c < table.columns().size(); c++) {
                layout.put(header, 2 + c, table.columns().get(c).header(), Look.HEADER);
            }
            List<Integer> subtotalRows = new ArrayList<>();
            for (Group<UnitBlock> group : table.groups()) {
                Row g = sheet.createRow(row++);
                layout.groupRow(g, group.numeral(), group.title(), width);
                int first = row;
                for (UnitBlock block : group.rows()) {
                    Row u = sheet.createRow(row++);
                    layout.groupRow(u, String.valueOf(block.number()), block.unit().name(), width);
                    for (Line line : block.lines()) {
                        line(sheet.createRow(row++), line);
                    }
                }
                int last = row - 1;
                Row subtotal = sheet.createRow(row++);
                subtotalRows.add(subtotal.getRowNum());
                layout.put(subtotal, 0, "", Look.CELL_BOLD);
                layout.put(subtotal, 1, RegistrationTable.SUBTOTAL, Look.CELL_CENTRED_BOLD);
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    if (column.summed()) {
                        String letter = CellReference.convertNumToColString(2 + c);
                        layout.formula(subtotal, 2 + c, "SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")",
                                figure(column, RegistrationTable.subtotal(group, c)), boldStyle(column));
                    } else {
                        layout.put(subtotal, 2 + c, "", Look.CELL_BOLD);
                    }
                }
            }
            Row total = sheet.createRow(row++);
            layout.put(total, 0, "", Look.CELL_BOLD);
            layout.put(total, 1, RegistrationTable.TOTAL, Look.CELL_CENTRED_BOLD);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                if (column.summed()) {
                    String letter = CellReference.convertNumToColString(2 + c);
                    List<String> cells = subtotalRows.stream().map(r -> letter + (r + 1)).toList();
                    layout.formula(total, 2 + c, cells.isEmpty() ? "0" : "SUM(" + String.join(",", cells) + ")",
                            figure(column, table.total(c)), boldStyle(column));
                } else {
                    layout.put(total, 2 + c, "", Look.CELL_BOLD);
                }
            }
            note(report, sheet, layout, row + 1, width);
            signature(report, sheet, layout, row + 3, width);
            pageSetup(sheet, headerRow);
            sheet.createFreezePane(0, headerRow + 1);
        }

        private void line(Row row, Line line) {
            layout.put(row, 0, RegistrationTable.ITEM_MARK, Look.CELL_CENTRED);
            layout.put(row, 1, line.name(), Look.CELL_WRAPPED);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                vn.campaign.core.report.Cell value = line.cells().get(c);
                Cell cell = row.createCell(2 + c);
                if (value instanceof vn.campaign.core.report.Cell.Text text) {
                    cell.setCellValue(text.text());
                    cell.setCellStyle(layout.style(Look.CELL_WRAPPED));
                } else if (value instanceof vn.campaign.core.report.Cell.Day day) {
                    cell.setCellValue(day.day());
                    cell.setCellStyle(layout.style(Look.DATE));
                } else if (value instanceof vn.campaign.core.report.Cell.Figure f) {
                    cell.setCellValue(figure(column, f.value()));
                    cell.setCellStyle(layout.style(column.kind() == Column.Kind.AMOUNT ? amountStyle : Look.COUNT));
                } else {
                    cell.setCellStyle(layout.style(Look.CELL));
                }
            }
        }

        private double figure(Column column, long value) {
            return column.kind() == Column.Kind.AMOUNT ? table.amountUnit().of(value).doubleValue() : value;
        }

        private Look boldStyle(Column column) {
            return column.kind() == Column.Kind.AMOUNT ? amountBoldStyle : Look.COUNT_BOLD;
        }
    }

    // --- Biểu số 03 ---

    private static void complianceSheet(SummaryReport report, ComplianceTable table, XlsxLayout layout, Sheet sheet) {
        int obligations = table.obligations().size();
        int width = 3 + obligations;
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 0; c <= obligations; c++) {
            sheet.setColumnWidth(2 + c, 24 * 256);
        }
        int row = heading(report, sheet, layout, width);
        row = layout.tableTitle(sheet, row, width, table.number(), table.title(), "");
        int headerRow = row;
        Row header = sheet.createRow(row++);
        header.setHeightInPoints(4 * XlsxLayout.LINE_HEIGHT);
        layout.put(header, 0, "STT", Look.HEADER);
        layout.put(header, 1, "Đơn vị", Look.HEADER);
        for (int c = 0; c < obligations; c++) {
            layout.put(header, 2 + c, table.obligations().get(c), Look.HEADER);
        }
        layout.put(header, 2 + obligations, table.verdictHeader(), Look.HEADER);
        int first = row;
        for (Group<ComplianceRow> group : table.groups()) {
            Row g = sheet.createRow(row++);
            layout.groupRow(g, group.numeral(), group.title(), width);
            for (ComplianceRow unit : group.rows()) {
                Row u = sheet.createRow(row++);
                layout.put(u, 0, String.valueOf(unit.number()), Look.CELL_CENTRED);
                layout.put(u, 1, unit.unit().name(), Look.CELL_WRAPPED);
                for (int c = 0; c < obligations; c++) {
                    ComplianceMark mark = unit.marks().get(c);
                    layout.put(u, 2 + c, mark.label(), Look.CELL_CENTRED);
                }
                layout.put(u, 2 + obligations, unit.verdict(), Look.CELL_CENTRED);
            }
        }
        int last = row - 1;
        Row count = sheet.createRow(row++);
        layout.put(count, 0, "", Look.CELL_BOLD);
        layout.put(count, 1, ComplianceTable.SATISFIED_ROW, Look.CELL_CENTRED_BOLD);
        for (int c = 0; c <= obligations; c++) {
            String letter = CellReference.convertNumToColString(2 + c);
            String label = c < obligations ? ComplianceMark.SATISFIED.label() : "Đạt";
            int value = c < obligations ? table.satisfiedCount().get(c) : table.compliantCount();
            layout.formula(count, 2 + c, "COUNTIF(" + letter + (first + 1) + ":" + letter + (last + 1) + ",\"" + label + "\")",
                    value, Look.COUNT_BOLD);
        }
        note(report, sheet, layout, row + 1, width);
        signature(report, sheet, layout, row + 3, width);
        pageSetup(sheet, headerRow);
    }

    // --- Biểu số 04 ---

    private static void plaqueSheet(SummaryReport report, PlaqueTable table, XlsxLayout layout, Sheet sheet) {
        int width = 4;
        int[] widths = {6, 60, 30, 34};
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int row = heading(report, sheet, layout, width);
        row = layout.tableTitle(sheet, row, width, table.number(), table.title(), "");
        int headerRow = row;
        Row header = sheet.createRow(row++);
        for (int c = 0; c < width; c++) {
            layout.put(header, c, table.headers().get(c), Look.HEADER);
        }
        for (PlaqueLine line : table.lines()) {
            Row r = sheet.createRow(row++);
            layout.put(r, 0, String.valueOf(line.number()), Look.CELL_CENTRED);
            layout.put(r, 1, line.work(), Look.CELL_WRAPPED);
            layout.put(r, 2, line.unit(), Look.CELL_WRAPPED);
            layout.put(r, 3, line.basis(), Look.CELL_WRAPPED);
        }
        signature(report, sheet, layout, row + 2, width);
        pageSetup(sheet, headerRow);
    }
}
