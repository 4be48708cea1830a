package vn.campaign.importer.source;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The file cannot be read as a spreadsheet, or breaks a {@link ReadLimits} limit. The message names the
 * file and, where they apply, the sheet, the 1-based row number and the column letter, then the problem:
 * {@code works.xlsx, sheet "Bắc Hà", row 12, column C: the cell has 40000 characters, more than the
 * limit of 32767}.
 *
 * <p>This is the only exception the reading layer raises for bad input; everything that concerns a
 * single value is reported as a row-level issue instead.
 */
public final class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * What is wrong with the file.
     */
    public enum Problem {
        /** The file has no bytes. */
        EMPTY,
        /** The file is larger than {@link ReadLimits#maxFileBytes()}. */
        FILE_TOO_LARGE,
        /** The bytes are not a workbook nor delimited text (an image, a Word file, random bytes). */
        NOT_A_SPREADSHEET,
        /** A spreadsheet format the importer does not read (Excel 5.0/95, binary .xlsb). */
        UNSUPPORTED_FORMAT,
        /** The workbook is protected by a password. */
        ENCRYPTED,
        /** The file is truncated or damaged. */
        DAMAGED,
        /** More sheets than {@link ReadLimits#maxSheets()}. */
        TOO_MANY_SHEETS,
        /** A row beyond {@link ReadLimits#maxRows()}. */
        TOO_MANY_ROWS,
        /** A value in a column beyond {@link ReadLimits#maxColumns()}. */
        TOO_MANY_COLUMNS,
        /** A cell longer than {@link ReadLimits#maxCellLength()}. */
        CELL_TOO_LONG,
        /** The file could not be read from storage. */
        IO_ERROR
    }

    /** What made the file unreadable. */
    private final Problem problem;
    /** The file's name. */
    private final String file;
    /** The sheet where reading stopped, if the format has sheets. */
    private final @Nullable String sheet;
    /** The 1-based row where reading stopped, or 0 for the file as a whole. */
    private final int row;
    /** The column where reading stopped, if known. */
    private final @Nullable String column;
    /** What was found, in words. */
    private final String detail;

    private UnreadableFileException(Problem problem, String file, @Nullable String sheet, int row,
            @Nullable String column, String detail, @Nullable Throwable cause) {
        super(message(file, sheet, row, column, detail), cause);
        this.problem = problem;
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.detail = detail;
    }

    /**
     * A problem with the whole file.
     *
     * @param problem what is wrong
     * @param file    the file name, as shown to the user
     * @param detail  a sentence that explains it
     * @return the exception
     */
    public static UnreadableFileException of(Problem problem, String file, String detail) {
        return new UnreadableFileException(problem, file, null, 0, null, detail, null);
    }

    /**
     * A problem with the whole file, caused by a lower-level failure.
     *
     * @param problem what is wrong
     * @param file    the file name, as shown to the user
     * @param detail  a sentence that explains it
     * @param cause   the failure reported by the library that read the file
     * @return the exception
     */
    public static UnreadableFileException of(Problem problem, String file, String detail, Throwable cause) {
        return new UnreadableFileException(problem, file, null, 0, null, detail,
                Objects.requireNonNull(cause, "cause"));
    }

    /**
     * A problem at a place in the file.
     *
     * @param problem what is wrong
     * @param file    the file name, as shown to the user
     * @param sheet   the sheet name, or {@code null} when the problem concerns no sheet
     * @param row     the 1-based row number, or 0 when the problem concerns no row
     * @param column  the column letter, or {@code null} when the problem concerns no column
     * @param detail  a sentence that explains it
     * @return the exception
     */
    public static UnreadableFileException at(Problem problem, String file, @Nullable String sheet, int row,
            @Nullable String column, String detail) {
        if (row < 0) {
            throw new IllegalArgumentException("row must be 0 (none) or a 1-based row number, was " + row);
        }
        return new UnreadableFileException(problem, file, sheet, row, column, detail, null);
    }

    private static String message(String file, @Nullable String sheet, int row, @Nullable String column,
            String detail) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(detail, "detail");
        StringBuilder message = new StringBuilder(file);
        if (sheet != null) {
            message.append(", sheet \"").append(sheet).append('"');
        }
        if (row > 0) {
            message.append(", row ").append(row);
        }
        if (column != null) {
            message.append(", column ").append(column);
        }
        return message.append(": ").append(detail).toString();
    }

    /**
     * What is wrong with the file.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }

    /**
     * The file name, as shown to the user.
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * The sheet where the problem is, when it concerns one sheet.
     *
     * @return the sheet name, if any
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * The 1-based row where the problem is, when it concerns one row.
     *
     * @return the row number, if any
     */
    public OptionalInt row() {
        return row > 0 ? OptionalInt.of(row) : OptionalInt.empty();
    }

    /**
     * The column letter where the problem is, when it concerns one column.
     *
     * @return the column letter, if any
     */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /**
     * The explanation, without the location.
     *
     * @return the detail sentence
     */
    public String detail() {
        return detail;
    }
}
