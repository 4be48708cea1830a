package vn.campaign.importer.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What was found in one sheet: the header, the column chosen for each field, whether it lists works or
 * events, how its text was decoded and how its rows were accounted for.
 *
 * @param name            the sheet name
 * @param index           its 0-based position in the workbook
 * @param hidden          whether the sheet is hidden
 * @param kind            what it lists: {@code WORKS}, {@code EVENTS}, {@code MIXED} or {@code UNKNOWN}
 * @param kindEvidence    the words the kind was decided on
 * @param headerFirstRow  the first header row, or {@code null} when no header was found
 * @param headerLastRow   the last header row, or {@code null} when no header was found
 * @param columns         the column chosen for each field
 * @param unmappedColumns header columns that no field was read from
 * @param encodings       how text cells were decoded, by font (or CSV column) and encoding
 * @param charset         how a CSV file's bytes became text, or {@code null} for a workbook
 * @param charsetEvidence why that charset, or {@code null} for a workbook
 * @param dataRows        how many data rows
 * @param skippedRows     how many physical rows were skipped, by reason
 * @param formulaCells    how many cells hold formulas, whose cached values were read
 * @param lastRow         the last physical row (0 for an empty sheet)
 * @param notes           other findings worth a reader's attention
 */
public record SheetReport(String name, int index, boolean hidden, String kind, String kindEvidence,
        @Nullable Integer headerFirstRow, @Nullable Integer headerLastRow, List<ColumnChoice> columns,
        List<UnmappedColumn> unmappedColumns, List<EncodingChoice> encodings, @Nullable String charset,
        @Nullable String charsetEvidence, int dataRows, Map<String, Integer> skippedRows, int formulaCells,
        int lastRow, List<String> notes) {

    /**
     * Checks the values and copies the collections.
     *
     * @param name the sheet name
     * @param index its 0-based position in the workbook
     * @param hidden whether the sheet is hidden
     * @param kind what it lists: {@code WORKS}, {@code EVENTS}, {@code MIXED} or {@code UNKNOWN}
     * @param kindEvidence the words the kind was decided on
     * @param headerFirstRow the first header row, or {@code null} when no header was found
     * @param headerLastRow the last header row, or {@code null} when no header was found
     * @param columns the column chosen for each field
     * @param unmappedColumns header columns that no field was read from
     * @param encodings how text cells were decoded, by font (or CSV column) and encoding
     * @param charset how a CSV file's bytes became text, or {@code null} for a workbook
     * @param charsetEvidence why that charset, or {@code null} for a workbook
     * @param dataRows how many data rows
     * @param skippedRows how many physical rows were skipped, by reason
     * @param formulaCells how many cells hold formulas, whose cached values were read
     * @param lastRow the last physical row (0 for an empty sheet)
     * @param notes other findings worth a reader's attention
     */
    public SheetReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindEvidence, "kindEvidence");
        if ((headerFirstRow == null) != (headerLastRow == null)) {
            throw new IllegalArgumentException("a header has both a first and a last row, or neither");
        }
        columns = List.copyOf(columns);
        unmappedColumns = List.copyOf(unmappedColumns);
        encodings = List.copyOf(encodings);
        skippedRows = Collections.unmodifiableMap(new TreeMap<>(skippedRows));
        notes = List.copyOf(notes);
    }

    /**
     * The column letter of a field, when it was mapped.
     *
     * @param field the field name ({@code NAME})
     * @return the letter, or {@code null}
     */
    public @Nullable String column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).map(ColumnChoice::column).findFirst().orElse(null);
    }
}
