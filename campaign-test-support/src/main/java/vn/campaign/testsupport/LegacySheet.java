package vn.campaign.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One sheet in the layout of the city's legacy lists: optional title lines, a header row, then one row per
 * record. Texts take the body font, days are Excel dates in the format {@code d/m/yyyy}, numbers are plain
 * numbers and a {@code null} value leaves its cell out. The same sheet is written as an {@code .xlsx} workbook
 * (with the streaming writer, so a million rows are cheap), an Excel 97–2003 {@code .xls} workbook or a UTF-8
 * {@code .csv} file (days as {@code d/M/yyyy}).
 *
 * <p>Immutable: each {@code with…} method returns a changed copy.
 */
public final class LegacySheet {

    /** The font the city's lists are typed in. */
    public static final String TIMES_NEW_ROMAN = "Times New Roman";

    private static final DateTimeFormatter CSV_DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final String name;
    private final List<String> titles;
    private final List<String> header;
    private final int rows;
    private final IntFunction<@Nullable Object[]> row;
    private final @Nullable String headerFont;
    private final String bodyFont;

    private LegacySheet(String name, List<String> titles, List<String> header, int rows,
            IntFunction<@Nullable Object[]> row, @Nullable String headerFont, String bodyFont) {
        this.name = Objects.requireNonNull(name, "name");
        this.titles = List.copyOf(titles);
        this.header = List.copyOf(header);
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, got " + rows);
        }
        this.rows = rows;
        this.row = Objects.requireNonNull(row, "row");
        this.headerFont = headerFont;
        this.bodyFont = Objects.requireNonNull(bodyFont, "bodyFont");
    }

    /**
     * A sheet without title lines, everything in Times New Roman.
     *
     * @param name   the sheet's name (the tab in a workbook)
     * @param header the column headings
     * @param rows   how many records
     * @param row    the values of record {@code i}, {@code i} from 1 to {@code rows}, column by column:
     *               {@link String}, {@link Number}, {@link LocalDate} or {@code null}
     * @return the sheet
     */
    public static LegacySheet of(String name, List<String> header, int rows, IntFunction<@Nullable Object[]> row) {
        return new LegacySheet(name, List.of(), header, rows, row, TIMES_NEW_ROMAN, TIMES_NEW_ROMAN);
    }

    /**
     * The same sheet with title lines above the header, one cell each in the first column; an empty line is a
     * blank row (a blank line in a CSV file).
     *
     * @param lines the title lines, top down
     * @return the changed sheet
     */
    public LegacySheet withTitles(String... lines) {
        return new LegacySheet(name, List.of(lines), header, rows, row, headerFont, bodyFont);
    }

    /**
     * The same sheet with another font for the title lines and the header.
     *
     * @param font the font's name, or {@code null} for unstyled cells (the workbook's default font)
     * @return the changed sheet
     */
    public LegacySheet withHeaderFont(@Nullable String font) {
        return new LegacySheet(name, titles, header, rows, row, font, bodyFont);
    }

    /**
     * The same sheet with another font for the records' texts and days, for example {@code .VnTime} for texts
     * the caller encoded in TCVN3.
     *
     * @param font the font's name
     * @return the changed sheet
     */
    public LegacySheet withBodyFont(String font) {
        return new LegacySheet(name, titles, header, rows, row, headerFont, font);
    }

    /**
     * The sheet as the bytes of an {@code .xlsx} workbook.
     *
     * @return the bytes
     */
    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(out);
        return out.toByteArray();
    }

    /**
     * Writes the sheet as an {@code .xlsx} workbook.
     *
     * @param file where
     * @return the file
     */
    public Path xlsx(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeXlsx(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sheet as an Excel 97–2003 {@code .xls} workbook (at most 65,536 rows in all).
     *
     * @param file where
     * @return the file
     */
    public Path xls(Path file) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook);
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the sheet as a UTF-8 {@code .csv} file, without fonts.
     *
     * @param file where
     * @return the file
     */
    public Path csv(Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            for (String title : titles) {
                if (title.isEmpty()) {
                    csv.println();
                } else {
                    csv.printRecord(title);
                }
            }
            csv.printRecord(header);
            for (int i = 1; i <= rows; i++) {
                List<String> fields = new ArrayList<>();
                for (@Nullable Object value : row.apply(i)) {
                    fields.add(value == null ? "" : value instanceof LocalDate day ? CSV_DAY.format(day)
                            : value.toString());
                }
                csv.printRecord(fields);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeXlsx(OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
            fill(workbook);
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Workbook workbook) {
        @Nullable CellStyle heading = headerFont == null ? null : style(workbook, headerFont);
        CellStyle text = style(workbook, bodyFont);
        CellStyle date = style(workbook, bodyFont);
        date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));
        Sheet sheet = workbook.createSheet(name);
        int next = 0;
        for (String title : titles) {
            if (!title.isEmpty()) {
                text(sheet.createRow(next), 0, title, heading);
            }
            next++;
        }
        Row headerRow = sheet.createRow(next++);
        for (int c = 0; c < header.size(); c++) {
            text(headerRow, c, header.get(c), heading);
        }
        for (int i = 1; i <= rows; i++) {
            Row sheetRow = sheet.createRow(next++);
            @Nullable Object[] values = row.apply(i);
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value instanceof String s) {
                    text(sheetRow, c, s, text);
                } else if (value instanceof LocalDate day) {
                    Cell cell = sheetRow.createCell(c);
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Number number) {
                    sheetRow.createCell(c).setCellValue(number.doubleValue());
                } else if (value != null) {
                    throw new IllegalArgumentException("record " + i + ", column " + c + ": a "
                            + value.getClass().getSimpleName() + " is neither a text, a number nor a day");
                }
            }
        }
    }

    private static CellStyle style(Workbook workbook, String fontName) {
        Font font = workbook.createFont();
        font.setFontName(fontName);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void text(Row row, int column, String value, @Nullable CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
