package vn.campaign.api.commendation.paper;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.campaign.api.document.Masthead;
import vn.campaign.api.document.XlsxLayout;
import vn.campaign.api.document.XlsxLayout.Look;
import vn.campaign.core.commendation.paper.CommendationEntry;
import vn.campaign.core.commendation.paper.DecisionAnnex;
import vn.campaign.core.report.Group;

/**
 * Writes a {@link DecisionAnnex} as an .xlsx workbook of one sheet, "Danh sách": the heading block of an
 * attachment, the title, the subject and "(Kèm theo Quyết định số …)", then the bordered table (STT, name,
 * position, unit, form, achievement) with a row per group ("I", "TẬP THỂ") and a numbered row per recipient, set
 * to print landscape on A4, one page wide, the header row repeated.
 */
public final class AnnexXlsxWriter {

    /** The sheet's name. */
    public static final String SHEET = "Danh sách";

    private static final int[] WIDTHS = {6, 32, 22, 26, 30, 60};

    private AnnexXlsxWriter() {
    }

    /**
     * Writes the workbook.
     *
     * @param annex the list
     * @param out   where to write; left open
     * @throws IOException when writing fails
     */
    public static void write(DecisionAnnex annex, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxLayout layout = new XlsxLayout(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            XlsxLayout.columnWidths(sheet, WIDTHS);
            List<String> headers = EntryTable.headers(false);
            int width = headers.size();
            int row = layout.masthead(sheet, Masthead.attachment(annex.heading()), width);
            row = layout.titles(sheet, row, width, annex.title(), List.of(annex.subject()), annex.attachedTo());
            int headerRow = row;
            Row header = sheet.createRow(row++);
            header.setHeightInPoints(2 * XlsxLayout.LINE_HEIGHT);
            for (int c = 0; c < width; c++) {
                layout.put(header, c, headers.get(c), Look.HEADER);
            }
            for (Group<CommendationEntry> group : annex.groups()) {
                Row g = sheet.createRow(row++);
                layout.groupRow(g, group.numeral(), group.title(), width);
                for (CommendationEntry entry : group.rows()) {
                    Row r = sheet.createRow(row++);
                    List<String> cells = EntryTable.cells(entry, false);
                    layout.put(r, 0, cells.get(0), Look.CELL_CENTRED);
                    for (int c = 1; c < width; c++) {
                        layout.put(r, c, cells.get(c), Look.CELL_WRAPPED);
                    }
                }
            }
            XlsxLayout.pageSetup(sheet, headerRow, true);
            sheet.createFreezePane(0, headerRow + 1);
            workbook.write(out);
        }
    }
}
