package vn.campaign.importer.sheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What was found at the top of a sheet: its header, the column chosen for each field and whether it
 * lists works or events.
 *
 * @param sheet           the sheet name
 * @param index           0-based position of the sheet in the workbook
 * @param hidden          whether the sheet is hidden in the workbook
 * @param header          the header rows, or {@code null} when none was found
 * @param mapping         the column of each mapped field
 * @param unmappedColumns header columns mapped to no field, hidden ones included
 * @param kind            what the sheet lists
 * @param kindEvidence    the words the kind was decided on
 * @param titles          the texts of the title rows above the header, in order (an amount unit such as
 *                        "ĐVT: triệu đồng" is often stated there)
 * @param notes           other findings worth a reader's attention (hidden columns left out, an explicit
 *                        column that was not found)
 */
public record SheetLayout(String sheet, int index, boolean hidden, @Nullable HeaderRows header,
        ColumnMapping mapping, List<HeaderColumn> unmappedColumns, SheetKind kind, String kindEvidence,
        List<String> titles, List<String> notes) {

    /**
     * Checks the values and copies the lists.
     *
     * @param sheet the sheet name
     * @param index 0-based position of the sheet in the workbook
     * @param hidden whether the sheet is hidden in the workbook
     * @param header the header rows, or {@code null} when none was found
     * @param mapping the column of each mapped field
     * @param unmappedColumns header columns mapped to no field, hidden ones included
     * @param kind what the sheet lists
     * @param kindEvidence the words the kind was decided on
     * @param titles the texts of the title rows above the header, in order (an amount unit such as "ĐVT: triệu đồng" is often stated there)
     * @param notes other findings worth a reader's attention (hidden columns left out, an explicit column that was not found)
     */
    public SheetLayout {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(mapping, "mapping");
        unmappedColumns = List.copyOf(unmappedColumns);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindEvidence, "kindEvidence");
        titles = List.copyOf(titles);
        notes = List.copyOf(notes);
    }

    /**
     * The header, when one was found.
     *
     * @return the header rows, if any
     */
    public Optional<HeaderRows> headerRows() {
        return Optional.ofNullable(header);
    }
}
