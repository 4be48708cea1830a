package vn.campaign.api.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import vn.campaign.core.registration.Registration;
import vn.campaign.core.unit.UnitCode;

/**
 * Writes registrations as an .xlsx workbook with POI's streaming SXSSF: only a window of rows is kept in
 * memory, the rest goes to compressed temporary files, and strings are written inline rather than into a
 * shared table that would grow with the sheet.
 *
 * <p>The sheet: three title rows (the campaign, the units or "Toàn thành phố", "Ngày xuất: dd/MM/yyyy"), a
 * blank row, the header row, then one row per registration. The header is frozen and the table has an
 * autofilter; each column is as wide as its longest text (measured while writing, capped), the hidden ones
 * at the far right.
 */
final class RegistrationWorkbook {

    /** Rows kept in memory while writing. */
    static final int WINDOW = 100;
    /** The row (from 0) of the header. */
    static final int HEADER_ROW = 4;
    /** The format of date cells. */
    static final String DATE_FORMAT = "dd/mm/yyyy";
    /** The format of amounts. */
    static final String AMOUNT_FORMAT = "#,##0";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 10;

    private RegistrationWorkbook() {
    }

    /**
     * The title rows of an export.
     *
     * @param campaign the campaign's name
     * @param units    the units' names, or "Toàn thành phố"
     * @param exported the day of the export
     */
    record Titles(String campaign, String units, LocalDate exported) {

        /** Validates the titles. */
        Titles {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(units, "units");
            Objects.requireNonNull(exported, "exported");
        }

        List<String> lines() {
            return List.of(campaign, units, "Ngày xuất: " + DAY.format(exported));
        }
    }

    /**
     * Writes a workbook.
     *
     * @param layout        the columns and cells
     * @param titles        the title rows
     * @param registrations the registrations, in the order of the rows, read as they are written
     * @param unitNames     the name of each unit code
     * @param out           where the .xlsx goes; left open
     * @return the number of registration rows written
     * @throws IOException when the workbook cannot be written
     */
    static long write(ExportLayout layout, Titles titles, Iterator<Registration> registrations,
            Function<UnitCode, String> unitNames, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(layout.sheetName());
            List<ExportColumn> columns = layout.columns();
            int[] widths = new int[columns.size()];

            List<String> lines = titles.lines();
            for (int i = 0; i < lines.size(); i++) {
                Cell cell = sheet.createRow(i).createCell(0);
                cell.setCellValue(lines.get(i));
                cell.setCellStyle(i == 0 ? styles.title : styles.subtitle);
            }
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.header);
                widths[c] = columns.get(c).header().length() + 2;
            }

            int rowIndex = HEADER_ROW;
            long sequence = 0;
            while (registrations.hasNext()) {
                Registration registration = registrations.next();
                sequence++;
                rowIndex++;
                Row row = sheet.createRow(rowIndex);
                List<@Nullable Object> values = layout.values(registration, sequence,
                        unitNames.apply(registration.unit()));
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(c);
                    if (value != null) {
                        widths[c] = Math.max(widths[c], cell(row.createCell(c), columns.get(c).type(), value, styles));
                    }
                }
            }

            sheet.createFreezePane(0, HEADER_ROW + 1);
            int lastVisible = columns.size() - 1;
            while (lastVisible > 0 && columns.get(lastVisible).hidden()) {
                lastVisible--;
            }
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, rowIndex), 0, lastVisible));
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH) + 1) * 256);
                sheet.setColumnHidden(c, columns.get(c).hidden());
            }
            workbook.write(out);
            return sequence;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Writes one cell and answers how many characters wide it shows. */
    private static int cell(Cell cell, ExportColumn.Type type, Object value, Styles styles) {
        switch (type) {
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
                return DATE_WIDTH;
            }
            case AMOUNT -> {
                long amount = ((Number) value).longValue();
                cell.setCellValue(amount);
                cell.setCellStyle(styles.amount);
                String digits = Long.toString(Math.abs(amount));
                return digits.length() + (digits.length() - 1) / 3 + (amount < 0 ? 1 : 0);
            }
            case NUMBER, HIDDEN_NUMBER -> {
                long number = ((Number) value).longValue();
                cell.setCellValue(number);
                return Long.toString(number).length();
            }
            case TEXT, HIDDEN_TEXT -> {
                String text = value.toString();
                cell.setCellValue(text);
                return text.length();
            }
            default -> throw new IllegalStateException("unknown column type " + type);
        }
    }

    /** The few styles of the workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle date;
        final CellStyle amount;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            subtitle = workbook.createCellStyle();
            subtitle.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(false);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
        }
    }
}
