package vn.campaign.importer.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A workbook written cell by cell, as an office would lay it out: rows given by their 1-based number, each a
 * list of cells from column A ({@code null} or {@code ""} leaves a cell blank; a {@link Number} is a number
 * cell), merged ranges in A1 notation, every cell in Times New Roman.
 */
final class Book {

    private final Map<String, SheetSpec> sheets = new LinkedHashMap<>();

    /** One sheet's rows and merges. */
    static final class SheetSpec {
        private final Map<Integer, @Nullable Object[]> rows = new LinkedHashMap<>();
        private final List<String> merges = new ArrayList<>();

        SheetSpec row(int number, @Nullable Object... cells) {
            rows.put(number, cells);
            return this;
        }

        SheetSpec merge(String... ranges) {
            merges.addAll(List.of(ranges));
            return this;
        }
    }

    SheetSpec sheet(String name) {
        return sheets.computeIfAbsent(name, n -> new SheetSpec());
    }

    Path write(Path file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            sheets.forEach((name, spec) -> {
                Sheet sheet = workbook.createSheet(name);
                spec.rows.forEach((number, cells) -> {
                    Row row = sheet.createRow(number - 1);
                    for (int c = 0; c < cells.length; c++) {
                        Object value = cells[c];
                        if (value == null || "".equals(value)) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(style);
                    }
                });
                spec.merges.forEach(range -> sheet.addMergedRegion(CellRangeAddress.valueOf(range)));
            });
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
