package vn.campaign.api.exports;

import java.io.ByteArrayInputStream;
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
}
