package vn.campaign.importer.source;

/**
 * Bounds on what one file may contain. Each breach stops the read with an
 * {@link UnreadableFileException} that names the limit and where it was crossed.
 *
 * @param maxFileBytes  largest accepted file, in bytes
 * @param maxSheets     most sheets in a workbook
 * @param maxRows       highest row number read in a sheet (a CSV counts its records)
 * @param maxColumns    number of columns, from A, that may hold a value
 * @param maxCellLength most characters in one cell
 */
public record ReadLimits(long maxFileBytes, int maxSheets, int maxRows, int maxColumns, int maxCellLength) {

    /** Default largest file: 50 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Default most sheets in a workbook. */
    public static final int DEFAULT_MAX_SHEETS = 100;
    /** Default highest row number. */
    public static final int DEFAULT_MAX_ROWS = 200_000;
    /** Default number of columns that may hold a value (A to IV). */
    public static final int DEFAULT_MAX_COLUMNS = 256;
    /** Default most characters in a cell: Excel's own limit. */
    public static final int DEFAULT_MAX_CELL_LENGTH = 32_767;

    /**
     * Checks that every limit is positive.
     *
     * @param maxFileBytes largest accepted file, in bytes
     * @param maxSheets most sheets in a workbook
     * @param maxRows highest row number read in a sheet (a CSV counts its records)
     * @param maxColumns number of columns, from A, that may hold a value
     * @param maxCellLength most characters in one cell
     */
    public ReadLimits {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
        if (maxSheets < 1) {
            throw new IllegalArgumentException("maxSheets must be at least 1, was " + maxSheets);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        if (maxColumns < 1 || maxColumns > 16_384) {
            throw new IllegalArgumentException("maxColumns must be between 1 and 16384, was " + maxColumns);
        }
        if (maxCellLength < 1) {
            throw new IllegalArgumentException("maxCellLength must be at least 1, was " + maxCellLength);
        }
    }

    /**
     * The default limits: 50 MiB, 100 sheets, 200,000 rows, 256 columns, 32,767 characters a cell.
     *
     * @return the default limits
     */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_SHEETS, DEFAULT_MAX_ROWS,
                DEFAULT_MAX_COLUMNS, DEFAULT_MAX_CELL_LENGTH);
    }

    /**
     * These limits with another largest file size.
     *
     * @param bytes the largest accepted file, in bytes
     * @return the changed limits
     */
    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxSheets, maxRows, maxColumns, maxCellLength);
    }

    /**
     * These limits with another sheet count.
     *
     * @param sheets the most sheets in a workbook
     * @return the changed limits
     */
    public ReadLimits withMaxSheets(int sheets) {
        return new ReadLimits(maxFileBytes, sheets, maxRows, maxColumns, maxCellLength);
    }

    /**
     * These limits with another highest row number.
     *
     * @param rows the highest row number read in a sheet
     * @return the changed limits
     */
    public ReadLimits withMaxRows(int rows) {
        return new ReadLimits(maxFileBytes, maxSheets, rows, maxColumns, maxCellLength);
    }

    /**
     * These limits with another column count.
     *
     * @param columns the number of columns, from A, that may hold a value
     * @return the changed limits
     */
    public ReadLimits withMaxColumns(int columns) {
        return new ReadLimits(maxFileBytes, maxSheets, maxRows, columns, maxCellLength);
    }

    /**
     * These limits with another cell length.
     *
     * @param characters the most characters in one cell
     * @return the changed limits
     */
    public ReadLimits withMaxCellLength(int characters) {
        return new ReadLimits(maxFileBytes, maxSheets, maxRows, maxColumns, characters);
    }
}
