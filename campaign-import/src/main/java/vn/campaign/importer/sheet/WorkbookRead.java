package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.importer.source.FileType;

/**
 * A file read whole.
 *
 * @param file   the file name
 * @param type   the type its first bytes showed
 * @param sheets its sheets, in workbook order
 */
public record WorkbookRead(String file, FileType type, List<SheetRead> sheets) {

    /**
     * Checks the values and copies the sheets.
     *
     * @param file the file name
     * @param type the type its first bytes showed
     * @param sheets its sheets, in workbook order
     */
    public WorkbookRead {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        sheets = List.copyOf(sheets);
    }

    /**
     * A sheet by name.
     *
     * @param name the sheet name
     * @return the sheet, if there is one by that name
     */
    public Optional<SheetRead> sheet(String name) {
        return sheets.stream().filter(s -> s.layout().sheet().equals(name)).findFirst();
    }
}
