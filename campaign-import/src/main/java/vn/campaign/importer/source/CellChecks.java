package vn.campaign.importer.source;

import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * The limit checks every format applies to rows and cells, with messages that name the place.
 */
final class CellChecks {

    private final String file;
    private final ReadLimits limits;

    CellChecks(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    String file() {
        return file;
    }

    ReadLimits limits() {
        return limits;
    }

    void sheetCount(int sheets) {
        if (sheets > limits.maxSheets()) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.TOO_MANY_SHEETS, file,
                    "the workbook has " + sheets + " sheets, more than the limit of " + limits.maxSheets());
        }
    }

    void row(String sheet, int row) {
        if (row > limits.maxRows()) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.TOO_MANY_ROWS, file, sheet, row, null,
                    "the sheet has rows beyond the limit of " + limits.maxRows() + " rows");
        }
    }

    void column(String sheet, int row, int column) {
        if (column >= limits.maxColumns()) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.TOO_MANY_COLUMNS, file, sheet, row,
                    CellReference.convertNumToColString(column), "a value lies beyond the limit of "
                            + limits.maxColumns() + " columns (last allowed column "
                            + CellReference.convertNumToColString(limits.maxColumns() - 1) + ")");
        }
    }

    void text(String sheet, int row, int column, @Nullable String text) {
        if (text != null && text.length() > limits.maxCellLength()) {
            throw UnreadableFileException.at(UnreadableFileException.Problem.CELL_TOO_LONG, file, sheet, row,
                    CellReference.convertNumToColString(column), "the cell has " + text.length()
                            + " characters, more than the limit of " + limits.maxCellLength());
        }
    }

    UnreadableFileException damaged(@Nullable String sheet, int row, @Nullable String column, String detail) {
        return UnreadableFileException.at(UnreadableFileException.Problem.DAMAGED, file, sheet, row, column, detail);
    }
}
