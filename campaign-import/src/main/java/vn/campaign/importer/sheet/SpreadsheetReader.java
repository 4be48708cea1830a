package vn.campaign.importer.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.campaign.importer.source.FileType;
import vn.campaign.importer.source.RawWorkbookReader;
import vn.campaign.importer.source.UnreadableFileException;

/**
 * Reads a spreadsheet file (.xlsx, .xls or .csv, told apart by their first bytes) into, for each sheet,
 * its layout and every row accounted for.
 *
 * <pre>{@code
 * SpreadsheetReader reader = new SpreadsheetReader(ReadOptions.defaults());
 * WorkbookRead read = reader.readAll(Path.of("cong-trinh.xlsx"));
 * for (SheetRead sheet : read.sheets()) {
 *     sheet.layout().mapping().letters();   // {NAME=C, KIND=D, ...}
 *     sheet.dataRows();                     // rows with the unit in force and each field's value
 * }
 * }</pre>
 *
 * <p>{@link #read(Path, SheetRowListener)} streams instead: with an {@code .xlsx} file only a few rows
 * are held at a time, so a 100,000-row workbook is read within a small heap.
 *
 * <p>A reader keeps no state between reads and may be shared by threads.
 */
public final class SpreadsheetReader {

    private final ReadOptions options;

    /**
     * A reader with the given options.
     *
     * @param options limits, column overrides and the header search window
     */
    public SpreadsheetReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A reader with the default options.
     *
     * @return the reader
     */
    public static SpreadsheetReader withDefaults() {
        return new SpreadsheetReader(ReadOptions.defaults());
    }

    /**
     * Streams a file's sheets and rows to a listener.
     *
     * @param file     the file
     * @param listener receives each sheet's layout, rows and summary
     * @return the type the file was read as
     * @throws UnreadableFileException when the file cannot be read or breaks a limit
     */
    public FileType read(Path file, SheetRowListener listener) {
        return read(file, String.valueOf(file.getFileName()), listener);
    }

    /**
     * Streams a file's sheets and rows to a listener, naming the file as given in messages.
     *
     * @param file        the file
     * @param displayName the name shown in messages (for instance the name it was uploaded under)
     * @param listener    receives each sheet's layout, rows and summary
     * @return the type the file was read as
     * @throws UnreadableFileException when the file cannot be read or breaks a limit
     */
    public FileType read(Path file, String displayName, SheetRowListener listener) {
        Objects.requireNonNull(listener, "listener");
        return new RawWorkbookReader(options.limits()).read(file, displayName, new SheetAssembler(options, listener,
                displayName));
    }

    /**
     * Reads a whole file into memory.
     *
     * @param file the file
     * @return its sheets, each with its layout and rows
     * @throws UnreadableFileException when the file cannot be read or breaks a limit
     */
    public WorkbookRead readAll(Path file) {
        String name = String.valueOf(file.getFileName());
        List<SheetRead> sheets = new ArrayList<>();
        List<ReadRow> rows = new ArrayList<>();
        FileType type = read(file, name, new SheetRowListener() {
            @Override
            public void sheetStarted(SheetLayout layout) {
                rows.clear();
            }

            @Override
            public void row(ReadRow row) {
                rows.add(row);
            }

            @Override
            public void sheetFinished(SheetSummary summary) {
                sheets.add(new SheetRead(summary, rows));
            }
        });
        return new WorkbookRead(name, type, sheets);
    }
}
