package vn.campaign.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a spreadsheet file cell by cell: checks its size, sniffs its type from its first bytes and hands
 * its sheets and rows to a {@link RawSheetHandler}.
 *
 * <p>{@code .xlsx} files are streamed (only one row is held at a time); {@code .xls} files are read with
 * HSSF's usermodel, which a BIFF8 file's 65,536-row ceiling keeps small; CSV files are streamed, holding at
 * most the records a column vote needs ({@link CsvReader}).
 */
public final class RawWorkbookReader {

    private final ReadLimits limits;

    /**
     * A reader that enforces the given limits.
     *
     * @param limits the limits to enforce
     */
    public RawWorkbookReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a file, naming it by its file name in error messages.
     *
     * @param file    the file
     * @param handler receives the sheets and rows
     * @return the type the file was read as
     * @throws UnreadableFileException when the file cannot be read or breaks a limit
     */
    public FileType read(Path file, RawSheetHandler handler) {
        return read(file, String.valueOf(file.getFileName()), handler);
    }

    /**
     * Reads a file, naming it as given in error messages (for instance the name it was uploaded under).
     *
     * @param file        the file
     * @param displayName the name used in messages, and as the sheet name of a CSV file
     * @param handler     receives the sheets and rows
     * @return the type the file was read as
     * @throws UnreadableFileException when the file cannot be read or breaks a limit
     */
    public FileType read(Path file, String displayName, RawSheetHandler handler) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(handler, "handler");
        long size;
        try {
            size = Files.size(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, displayName,
                    "no such file: " + file + " does not exist", e);
        } catch (IOException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, displayName,
                    "the file could not be read: " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.FILE_TOO_LARGE, displayName,
                    "the file has " + size + " bytes, more than the limit of " + limits.maxFileBytes());
        }
        CellChecks checks = new CellChecks(displayName, limits);
        FileType type = FileSniffer.sniff(displayName, head(file, displayName));
        switch (type) {
            case XLSX -> new XlsxReader(file, checks).read(handler);
            case XLS -> new XlsReader(file, checks).read(handler);
            case CSV -> new CsvReader(baseName(displayName), checks).read(file, handler);
        }
        return type;
    }

    private static byte[] head(Path file, String displayName) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(FileSniffer.SNIFF_BYTES);
        } catch (IOException e) {
            throw UnreadableFileException.of(UnreadableFileException.Problem.IO_ERROR, displayName,
                    "the file could not be read: " + e.getMessage(), e);
        }
    }

    private static String baseName(String displayName) {
        int slash = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        String name = displayName.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
