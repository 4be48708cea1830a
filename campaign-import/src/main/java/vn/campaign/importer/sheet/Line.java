package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Optional;

/**
 * A decoded physical row, or a gap: a run of row numbers the file stores nothing for (no cells).
 */
record Line(int first, int last, List<SheetCell> cells, boolean hidden, boolean gap) {

    Line {
        cells = cells.stream().filter(c -> !c.isBlank() || c.formula()).toList();
    }

    static Line gap(int first, int last) {
        return new Line(first, last, List.of(), false, true);
    }

    Optional<SheetCell> cell(int column) {
        for (SheetCell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The text of a column, empty when the cell is blank or absent. */
    String text(int column) {
        return cell(column).map(SheetCell::text).orElse("");
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
