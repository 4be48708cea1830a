package vn.campaign.importer.source;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Small spreadsheet files written by tests into a temporary directory.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * Writes an xlsx workbook filled by the caller.
     *
     * @param file    where to write
     * @param content fills the workbook
     * @return the file
     */
    public static Path xlsx(Path file, Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            return write(file, workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an xls workbook filled by the caller.
     *
     * @param file    where to write
     * @param content fills the workbook
     * @return the file
     */
    public static Path xls(Path file, Consumer<HSSFWorkbook> content) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            content.accept(workbook);
            return write(file, workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes UTF-8 text.
     *
     * @param file where to write
     * @param text the content
     * @return the file
     */
    public static Path utf8(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills a sheet's rows from arrays of cell values (strings or numbers; {@code null} leaves a cell out),
     * starting at row 1.
     *
     * @param sheet the sheet
     * @param rows  the values, row by row
     */
    public static void rows(Sheet sheet, @Nullable Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof String s) {
                    row.createCell(c).setCellValue(s);
                } else if (value instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                }
            }
        }
    }

    private static Path write(Path file, Workbook workbook) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
