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
        private final List<Integer> hidden = new ArrayList<>();
        private String font = "Times New Roman";
        private @Nullable String pivotSource;

        /** Hides rows, by their 1-based numbers. */
        SheetSpec hide(Integer... numbers) {
            hidden.addAll(List.of(numbers));
            return this;
        }

        /** Writes the sheet's cells in a font ("VNI-Times" for VNI text, ".VnTime" for TCVN3). */
        SheetSpec font(String name) {
            font = name;
            return this;
        }

        /** Puts a pivot table of the given range of another sheet ("'Data'!A1:C5") on this sheet, as Excel stores it. */
        SheetSpec pivotOf(String range) {
            pivotSource = range;
            return this;
        }

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

    /** Writes the workbook: Excel 97–2003 (HSSF) when the name ends in ".xls", else .xlsx. */
    Path write(Path file) {
        boolean xls = String.valueOf(file.getFileName()).endsWith(".xls");
        try (org.apache.poi.ss.usermodel.Workbook workbook = xls ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
                : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Map<String, CellStyle> styles = new LinkedHashMap<>();
            sheets.forEach((name, spec) -> {
                CellStyle style = styles.computeIfAbsent(spec.font, fontName -> {
                    Font font = workbook.createFont();
                    font.setFontName(fontName);
                    CellStyle created = workbook.createCellStyle();
                    created.setFont(font);
                    return created;
                });
                Sheet sheet = workbook.createSheet(name);
                spec.rows.forEach((number, cells) -> {
                    Row row = sheet.createRow(number - 1);
                    if (spec.hidden.contains(number)) {
                        row.setZeroHeight(true);
                    }
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
            sheets.forEach((name, spec) -> {
                if (spec.pivotSource != null && workbook instanceof XSSFWorkbook xssf) {
                    org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                            spec.pivotSource, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                    xssf.getSheet(name).createPivotTable(area, new org.apache.poi.ss.util.CellReference("A3"))
                            .addRowLabel(0);
                }
            });
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
