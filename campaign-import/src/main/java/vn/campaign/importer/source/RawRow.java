package vn.campaign.importer.source;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One physical row of a sheet as stored: the cells that hold something, in column order.
 *
 * @param number 1-based row number, as Excel shows it (a CSV's record number)
 * @param cells  the cells holding a value or a formula, in increasing column order, no column twice
 * @param hidden whether the row is hidden in the workbook
 */
public record RawRow(int number, List<RawCell> cells, boolean hidden) {

    /**
     * Checks the row number and sorts the cells by column.
     *
     * @param number 1-based row number, as Excel shows it (a CSV's record number)
     * @param cells the cells holding a value or a formula, in increasing column order, no column twice
     * @param hidden whether the row is hidden in the workbook
     */
    public RawRow {
        if (number < 1) {
            throw new IllegalArgumentException("row number must be 1 or more, was " + number);
        }
        Objects.requireNonNull(cells, "cells");
        cells = cells.stream().sorted(Comparator.comparingInt(RawCell::column)).toList();
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).column() == cells.get(i - 1).column()) {
                throw new IllegalArgumentException("row " + number + " has two cells in column "
                        + cells.get(i).columnLetter());
            }
        }
    }

    /**
     * The cell in a column.
     *
     * @param column 0-based column index
     * @return the cell, or empty when the column holds nothing in this row
     */
    public Optional<RawCell> cell(int column) {
        for (RawCell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
