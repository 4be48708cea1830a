package vn.campaign.api.exports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An exported workbook read back with POI's usermodel, for checking cells: its one sheet, the header row at
 * {@link RegistrationWorkbook#HEADER_ROW}, and the registration rows below it.
 *
 * @param workbook the workbook
 * @param sheet    its sheet
 * @param columns  the header texts and their column indexes, left to right
 */
record ExportedSheet(XSSFWorkbook workbook, Sheet sheet, Map<String, Integer> columns) {

    /**
     * Reads an export.
     *
     * @param xlsx the file's bytes
     * @return the sheet
     */
    static ExportedSheet read(byte[] xlsx) {
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Cell cell : sheet.getRow(RegistrationWorkbook.HEADER_ROW)) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            return new ExportedSheet(workbook, sheet, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The registration rows, top to bottom.
     *
     * @return the rows
     */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int r = RegistrationWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(sheet.getRow(r));
        }
        return rows;
    }

    /**
     * The names in the rows whose name contains a word, top to bottom.
     *
     * @param nameHeader the header of the name column
     * @param word       the word
     * @return the names
     */
    List<String> namesWith(String nameHeader, String word) {
        return rows().stream().map(r -> r.getCell(column(nameHeader)).getStringCellValue())
                .filter(n -> n.contains(word)).toList();
    }

    /**
     * The row of the registration with a name.
     *
     * @param nameHeader the header of the name column
     * @param name       the exact name
     * @return the row
     */
    Row rowNamed(String nameHeader, String name) {
        return rows().stream().filter(r -> r.getCell(column(nameHeader)).getStringCellValue().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row named " + name));
    }

    /**
     * A cell of a row under a header.
     *
     * @param row    the row
     * @param header the header
     * @return the cell, or {@code null} when empty
     */
    Cell cell(Row row, String header) {
        return row.getCell(column(header));
    }

    /**
     * The index of a column.
     *
     * @param header its header
     * @return the index
     */
    int column(String header) {
        Integer index = columns.get(header);
        if (index == null) {
            throw new AssertionError("no column '" + header + "' among " + columns.keySet());
        }
        return index;
    }

    /**
     * Deletes the rows whose name does not contain a word, as a user deletes rows in Excel: the rows below
     * move up.
     *
     * @param nameHeader the header of the name column
     * @param word       the word the rows kept contain
     * @return this sheet
     */
    ExportedSheet keepOnlyNamesWith(String nameHeader, String word) {
        for (int r = sheet.getLastRowNum(); r > RegistrationWorkbook.HEADER_ROW; r--) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(column(nameHeader)).getStringCellValue().contains(word)) {
                continue;
            }
            if (row != null) {
                sheet.removeRow(row);
            }
            if (r < sheet.getLastRowNum()) {
                sheet.shiftRows(r + 1, sheet.getLastRowNum(), -1);
            }
        }
        return this;
    }

    /**
     * Writes a text in a cell as Excel does, in a new cell: the export writes its texts inline, and POI
     * setting a new value on such a cell keeps the old inline text beside it.
     *
     * @param row    the row
     * @param header the column's header
     * @param text   the new text, or {@code null} to empty the cell
     * @return this sheet
     */
    ExportedSheet write(Row row, String header, @Nullable String text) {
        Cell old = row.getCell(column(header));
        if (old != null) {
            row.removeCell(old);
        }
        if (text != null) {
            row.createCell(column(header)).setCellValue(text);
        }
        return this;
    }

    /**
     * The workbook, as edited, saved.
     *
     * @return the file's bytes
     */
    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
