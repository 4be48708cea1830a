package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String FONT = "Times New Roman";
    private static final short SIZE = 12;

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
            Styles styles = new Styles(workbook);
            for (RegistrationTable table : report.registrationTables()) {
                new RegistrationSheet(report, table, styles, workbook.createSheet(table.number())).write();
            }
            ComplianceTable compliance = report.compliance();
            complianceSheet(report, compliance, styles, workbook.createSheet(compliance.number()));
            PlaqueTable plaques = report.plaques();
            plaqueSheet(report, plaques, styles, workbook.createSheet(plaques.number()));
            workbook.write(out);
        }
    }

    // --- the parts every sheet has ---

    /** Writes the heading block and the title from row 0; answers the next free row. */
    private static int heading(SummaryReport report, Sheet sheet, Styles styles, int width) {
        int leftEnd = 1;
        int rightStart = Math.max(2, width / 2);
        int row = 0;
        List<String> left = new ArrayList<>(report.heading().issuerLines());
        left.add(report.heading().numberLine());
        List<String> right = List.of(SummaryReport.NATIONAL_NAME, SummaryReport.MOTTO, report.placeAndDate());
        int lines = Math.max(left.size(), right.size());
        for (int i = 0; i < lines; i++) {
            if (i < left.size()) {
                boolean number = i == left.size() - 1;
                text(sheet, row + i, 0, leftEnd, left.get(i), number ? styles.centred : styles.centredBold);
            }
            if (i < right.size()) {
                boolean date = i == right.size() - 1;
                text(sheet, row + (date ? lines - 1 : i), rightStart, width - 1, right.get(i),
                        date ? styles.centredItalic : styles.centredBold);
            }
        }
        row += lines + 1;
        text(sheet, row++, 0, width - 1, report.documentType(), styles.title);
        text(sheet, row++, 0, width - 1, report.subject(), styles.centredBold);
        text(sheet, row++, 0, width - 1, report.campaignName(), styles.centredBoldWrapped);
        sheet.getRow(row - 1).setHeightInPoints(2 * 16f);
        if (report.basis() != null) {
            text(sheet, row++, 0, width - 1, report.basis(), styles.centredItalic);
        }
        return row + 1;
    }

    private static int tableTitle(Sheet sheet, Styles styles, int row, int width, String number, String title,
            String unitLine) {
        int r = row;
        text(sheet, r++, 0, 1, number, styles.bold);
        text(sheet, r++, 0, width - 1, title, styles.centredBold);
        if (!unitLine.isEmpty()) {
            text(sheet, r++, Math.max(0, width - 3), width - 1, unitLine, styles.rightItalic);
        }
        return r;
    }

    private static void signature(SummaryReport report, Sheet sheet, Styles styles, int row, int width) {
        int rightStart = Math.max(2, width / 2);
        text(sheet, row, 0, 1, report.heading().preparer(), styles.centredBold);
        text(sheet, row, rightStart, width - 1, report.heading().signerAuthority(), styles.centredBold);
        text(sheet, row + 1, 0, 1, SummaryReport.PREPARER_HINT, styles.centredItalic);
        text(sheet, row + 1, rightStart, width - 1, report.heading().signerTitle(), styles.centredBold);
        String name = report.heading().signerName();
        if (name != null) {
            text(sheet, row + 6, rightStart, width - 1, name, styles.centredBold);
        }
    }

    private static void note(SummaryReport report, Sheet sheet, Styles styles, int row, int width) {
        text(sheet, row, 0, width - 1, report.note(), styles.italicWrapped);
        sheet.getRow(row).setHeightInPoints(2 * 16f);
    }

    private static void pageSetup(Sheet sheet, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    // --- Biểu số 01, 02 ---

    /** One registration table on its sheet. */
    private static final class RegistrationSheet {
        private final SummaryReport report;
        private final RegistrationTable table;
        private final Styles styles;
        private final Sheet sheet;
        private final int width;
        private final CellStyle amountStyle;
        private final CellStyle amountBoldStyle;

        RegistrationSheet(SummaryReport report, RegistrationTable table, Styles styles, Sheet sheet) {
            this.report = report;
            this.table = table;
            this.styles = styles;
            this.sheet = sheet;
            this.width = 2 + table.columns().size();
            AmountUnit unit = table.amountUnit();
            this.amountStyle = unit.decimals() == 0 ? styles.count : styles.decimal;
            this.amountBoldStyle = unit.decimals() == 0 ? styles.countBold : styles.decimalBold;
        }

        void write() {
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 46 * 256);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                sheet.setColumnWidth(2 + c, (column.kind() == Column.Kind.TEXT ? 18 : 14) * 256);
            }
            int row = heading(report, sheet, styles, width);
            boolean amounts = table.columns().stream().anyMatch(c -> c.kind() == Column.Kind.AMOUNT);
            row = tableTitle(sheet, styles, row, width, table.number(), table.title(),
                    amounts ? table.amountUnit().line() : "");
            int headerRow = row;
            Row header = sheet.createRow(row++);
            header.setHeightInPoints(3 * 16f);
            put(header, 0, "STT", styles.header);
            put(header, 1, table.nameHeader(), styles.header);
            for (int c = 0; c < table.columns().size(); c++) {
                put(header, 2 + c, table.columns().get(c).header(), styles.header);
            }
            List<Integer> subtotalRows = new ArrayList<>();
            for (Group<UnitBlock> group : table.groups()) {
                Row g = sheet.createRow(row++);
                put(g, 0, group.numeral(), styles.cellCentredBold);
                put(g, 1, group.title(), styles.cellBold);
                blanks(g, 2, width, styles.cell);
                int first = row;
                for (UnitBlock block : group.rows()) {
                    Row u = sheet.createRow(row++);
                    put(u, 0, String.valueOf(block.number()), styles.cellCentredBold);
                    put(u, 1, block.unit().name(), styles.cellBold);
                    blanks(u, 2, width, styles.cell);
                    for (Line line : block.lines()) {
                        line(sheet.createRow(row++), line);
                    }
                }
                int last = row - 1;
                Row subtotal = sheet.createRow(row++);
                subtotalRows.add(subtotal.getRowNum());
                put(subtotal, 0, "", styles.cellBold);
                put(subtotal, 1, RegistrationTable.SUBTOTAL, styles.cellCentredBold);
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    if (column.summed()) {
                        String letter = CellReference.convertNumToColString(2 + c);
                        formula(subtotal, 2 + c, "SUM(" + letter + (first + 1) + ":" + letter + (last + 1) + ")",
                                figure(column, RegistrationTable.subtotal(group, c)), boldStyle(column));
                    } else {
                        put(subtotal, 2 + c, "", styles.cellBold);
                    }
                }
            }
            Row total = sheet.createRow(row++);
            put(total, 0, "", styles.cellBold);
            put(total, 1, RegistrationTable.TOTAL, styles.cellCentredBold);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                if (column.summed()) {
                    String letter = CellReference.convertNumToColString(2 + c);
                    List<String> cells = subtotalRows.stream().map(r -> letter + (r + 1)).toList();
                    formula(total, 2 + c, cells.isEmpty() ? "0" : "SUM(" + String.join(",", cells) + ")",
                            figure(column, table.total(c)), boldStyle(column));
                } else {
                    put(total, 2 + c, "", styles.cellBold);
                }
            }
            note(report, sheet, styles, row + 1, width);
            signature(report, sheet, styles, row + 3, width);
            pageSetup(sheet, headerRow);
            sheet.createFreezePane(0, headerRow + 1);
        }

        private void line(Row row, Line line) {
            put(row, 0, RegistrationTable.ITEM_MARK, styles.cellCentred);
            put(row, 1, line.name(), styles.cellWrapped);
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                vn.campaign.core.report.Cell value = line.cells().get(c);
                Cell cell = row.createCell(2 + c);
                if (value instanceof vn.campaign.core.report.Cell.Text text) {
                    cell.setCellValue(text.text());
                    cell.setCellStyle(styles.cellWrapped);
                } else if (value instanceof vn.campaign.core.report.Cell.Day day) {
                    cell.setCellValue(day.day());
                    cell.setCellStyle(styles.date);
                } else if (value instanceof vn.campaign.core.report.Cell.Figure f) {
                    cell.setCellValue(figure(column, f.value()));
                    cell.setCellStyle(column.kind() == Column.Kind.AMOUNT ? amountStyle : styles.count);
                } else {
                    cell.setCellStyle(styles.cell);
                }
            }
        }

        private double figure(Column column, long value) {
            return column.kind() == Column.Kind.AMOUNT ? table.amountUnit().of(value).doubleValue() : value;
        }

        private CellStyle boldStyle(Column column) {
            return column.kind() == Column.Kind.AMOUNT ? amountBoldStyle : styles.countBold;
        }
    }

    // --- Biểu số 03 ---

    private static void complianceSheet(SummaryReport report, ComplianceTable table, Styles styles, Sheet sheet) {
        int obligations = table.obligations().size();
        int width = 3 + obligations;
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 0; c <= obligations; c++) {
            sheet.setColumnWidth(2 + c, 24 * 256);
        }
        int row = heading(report, sheet, styles, width);
        row = tableTitle(sheet, styles, row, width, table.number(), table.title(), "");
        int headerRow = row;
        Row header = sheet.createRow(row++);
        header.setHeightInPoints(4 * 16f);
        put(header, 0, "STT", styles.header);
        put(header, 1, "Đơn vị", styles.header);
        for (int c = 0; c < obligations; c++) {
            put(header, 2 + c, table.obligations().get(c), styles.header);
        }
        put(header, 2 + obligations, table.verdictHeader(), styles.header);
        int first = row;
        for (Group<ComplianceRow> group : table.groups()) {
            Row g = sheet.createRow(row++);
            put(g, 0, group.numeral(), styles.cellCentredBold);
            put(g, 1, group.title(), styles.cellBold);
            blanks(g, 2, width, styles.cell);
            for (ComplianceRow unit : group.rows()) {
                Row u = sheet.createRow(row++);
                put(u, 0, String.valueOf(unit.number()), styles.cellCentred);
                put(u, 1, unit.unit().name(), styles.cellWrapped);
                for (int c = 0; c < obligations; c++) {
                    ComplianceMark mark = unit.marks().get(c);
                    put(u, 2 + c, mark.label(), styles.cellCentred);
                }
                put(u, 2 + obligations, unit.verdict(), styles.cellCentred);
            }
        }
        int last = row - 1;
        Row count = sheet.createRow(row++);
        put(count, 0, "", styles.cellBold);
        put(count, 1, ComplianceTable.SATISFIED_ROW, styles.cellCentredBold);
        for (int c = 0; c <= obligations; c++) {
            String letter = CellReference.convertNumToColString(2 + c);
            String label = c < obligations ? ComplianceMark.SATISFIED.label() : "Đạt";
            int value = c < obligations ? table.satisfiedCount().get(c) : table.compliantCount();
            formula(count, 2 + c, "COUNTIF(" + letter + (first + 1) + ":" + letter + (last + 1) + ",\"" + label + "\")",
                    value, styles.countBold);
        }
        note(report, sheet, styles, row + 1, width);
        signature(report, sheet, styles, row + 3, width);
        pageSetup(sheet, headerRow);
    }

    // --- Biểu số 04 ---

    private static void plaqueSheet(SummaryReport report, PlaqueTable table, Styles styles, Sheet sheet) {
        int width = 4;
        int[] widths = {6, 60, 30, 34};
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int row = heading(report, sheet, styles, width);
        row = tableTitle(sheet, styles, row, width, table.number(), table.title(), "");
        int headerRow = row;
        Row header = sheet.createRow(row++);
        for (int c = 0; c < width; c++) {
            put(header, c, table.headers().get(c), styles.header);
        }
        for (PlaqueLine line : table.lines()) {
            Row r = sheet.createRow(row++);
            put(r, 0, String.valueOf(line.number()), styles.cellCentred);
            put(r, 1, line.work(), styles.cellWrapped);
            put(r, 2, line.unit(), styles.cellWrapped);
            put(r, 3, line.basis(), styles.cellWrapped);
        }
        signature(report, sheet, styles, row + 2, width);
        pageSetup(sheet, headerRow);
    }

    // --- cells ---

    private static void text(Sheet sheet, int rowIndex, int from, int to, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        put(row, from, value, style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void blanks(Row row, int from, int to, CellStyle style) {
        for (int c = from; c < to; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    /** A formula cell with its cached value: the formula is set first, then the value it evaluates to. */
    private static void formula(Row row, int column, String formula, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {
        final CellStyle centred;
        final CellStyle centredBold;
        final CellStyle centredBoldWrapped;
        final CellStyle centredItalic;
        final CellStyle rightItalic;
        final CellStyle italicWrapped;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle cellWrapped;
        final CellStyle cellBold;
        final CellStyle cellCentred;
        final CellStyle cellCentredBold;
        final CellStyle date;
        final CellStyle count;
        final CellStyle countBold;
        final CellStyle decimal;
        final CellStyle decimalBold;

        Styles(XSSFWorkbook workbook) {
            Font plain = font(workbook, false, false, SIZE);
            Font boldFont = font(workbook, true, false, SIZE);
            Font italic = font(workbook, false, true, SIZE);
            Font titleFont = font(workbook, true, false, (short) 14);
            DataFormat formats = workbook.createDataFormat();
            centred = style(workbook, plain, HorizontalAlignment.CENTER, false, false);
            centredBold = style(workbook, boldFont, HorizontalAlignment.CENTER, false, false);
            centredBoldWrapped = style(workbook, boldFont, HorizontalAlignment.CENTER, false, true);
            centredItalic = style(workbook, italic, HorizontalAlignment.CENTER, false, false);
            rightItalic = style(workbook, italic, HorizontalAlignment.RIGHT, false, false);
            italicWrapped = style(workbook, italic, HorizontalAlignment.LEFT, false, true);
            bold = style(workbook, boldFont, HorizontalAlignment.LEFT, false, false);
            title = style(workbook, titleFont, HorizontalAlignment.CENTER, false, false);
            header = style(workbook, boldFont, HorizontalAlignment.CENTER, true, true);
            cell = style(workbook, plain, HorizontalAlignment.LEFT, true, false);
            cellWrapped = style(workbook, plain, HorizontalAlignment.LEFT, true, true);
            cellBold = style(workbook, boldFont, HorizontalAlignment.LEFT, true, true);
            cellCentred = style(workbook, plain, HorizontalAlignment.CENTER, true, false);
            cellCentredBold = style(workbook, boldFont, HorizontalAlignment.CENTER, true, false);
            date = style(workbook, plain, HorizontalAlignment.CENTER, true, false);
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            count = style(workbook, plain, HorizontalAlignment.RIGHT, true, false);
            count.setDataFormat(formats.getFormat("#,##0"));
            countBold = style(workbook, boldFont, HorizontalAlignment.RIGHT, true, false);
            countBold.setDataFormat(formats.getFormat("#,##0"));
            decimal = style(workbook, plain, HorizontalAlignment.RIGHT, true, false);
            decimal.setDataFormat(formats.getFormat("#,##0.000"));
            decimalBold = style(workbook, boldFont, HorizontalAlignment.RIGHT, true, false);
            decimalBold.setDataFormat(formats.getFormat("#,##0.000"));
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, short size) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints(size);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment,
                boolean bordered, boolean wrapped) {
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
            return style;
        }
    }
}
