package vn.campaign.api.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.SignatureBlock;
import vn.campaign.api.document.XlsxLayout;
import vn.campaign.api.document.XlsxLayout.Look;
import vn.campaign.core.report.Cell;
import vn.campaign.core.report.FinalSummary;
import vn.campaign.core.report.FinalTable;

/**
 * Writes a closed campaign's {@link FinalSummary} as an .xlsx workbook, one sheet per table ("Biểu số 01" to
 * "Biểu số 04"), each with the heading block dated the closing day, the title, the table, the note and the
 * signature block, in the layout of {@link SummaryXlsxWriter}. Figures are numbers, the total rows bold.
 */
public final class FinalSummaryXlsxWriter {

    private static final int NUMBER_WIDTH = 6;
    private static final int NAME_WIDTH = 40;
    private static final int COLUMN_WIDTH = 20;

    private FinalSummaryXlsxWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param summary the summary
     * @param out     where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(FinalSummary summary, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxLayout layout = new XlsxLayout(workbook);
            for (FinalTable table : summary.tables()) {
                sheet(summary, table, layout, workbook.createSheet(table.number()));
            }
            workbook.write(out);
        }
    }

    private static void sheet(FinalSummary summary, FinalTable table, XlsxLayout layout, Sheet sheet) {
        int width = table.headers().size();
        sheet.setColumnWidth(0, NUMBER_WIDTH * 256);
        sheet.setColumnWidth(1, NAME_WIDTH * 256);
        for (int c = 2; c < width; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
        }
        int row = layout.masthead(sheet, Masthead.of(summary.heading(), summary.placeAndDate()), width);
        row = layout.titles(sheet, row, width, summary.documentType(), List.of(summary.subject(),
                summary.campaignName()), summary.basis());
        row = layout.tableTitle(sheet, row, width, table.number(), table.title(), "");
        int headerRow = row;
        Row header = sheet.createRow(row++);
        header.setHeightInPoints(2 * XlsxLayout.LINE_HEIGHT);
        for (int c = 0; c < width; c++) {
            layout.put(header, c, table.headers().get(c), Look.HEADER);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            boolean total = table.totalLast() && r == table.rows().size() - 1;
            Row line = sheet.createRow(row++);
            List<Cell> cells = table.rows().get(r);
            for (int c = 0; c < width; c++) {
                Cell cell = cells.get(c);
                if (cell instanceof Cell.Figure figure) {
                    line.createCell(c).setCellValue(figure.value());
                    line.getCell(c).setCellStyle(layout.style(total ? Look.COUNT_BOLD : Look.COUNT));
                } else {
                    String text = cell instanceof Cell.Text t ? t.text() : "";
                    layout.put(line, c, text, c == 0 ? Look.CELL_CENTRED
                            : total ? Look.CELL_BOLD : Look.CELL_WRAPPED);
                }
            }
        }
        layout.text(sheet, row + 1, 0, width - 1, summary.note(), Look.ITALIC_WRAPPED);
        sheet.getRow(row + 1).setHeightInPoints(2 * XlsxLayout.LINE_HEIGHT);
        layout.signature(sheet, SignatureBlock.ofReport(summary.heading(), XlsxLayout.SIZE), row + 3, width);
        XlsxLayout.pageSetup(sheet, headerRow, true);
    }
}
