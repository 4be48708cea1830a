package vn.campaign.importer.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.importer.encoding.EncodingVote;

/**
 * What is known about a sheet before its rows are read.
 *
 * @param name          the sheet name (a CSV file's name without its extension)
 * @param index         0-based position of the sheet in the workbook
 * @param hidden        whether the sheet is hidden in the workbook
 * @param hiddenColumns 0-based indexes of the columns hidden in the sheet, in increasing order; a
 *                      column hidden beyond {@link ReadLimits#maxColumns()} is left out
 * @param merges        the merged ranges of the sheet
 * @param hasFonts      whether cells carry fonts ({@code false} for CSV, whose encoding can only be told
 *                      from character statistics)
 * @param charset       how the bytes became text (CSV only: {@code UTF-8}, {@code windows-1258}, …), or
 *                      {@code null} for workbooks, which store Unicode
 * @param charsetEvidence why that charset was chosen, or {@code null} for workbooks
 * @param columnVotes   the legacy-encoding vote over each column's texts that carry no font evidence (in
 *                      a workbook, texts whose font is not a legacy one; in a CSV, all texts), by 0-based
 *                      column index
 * @param pivotTable    whether the workbook stores a pivot table on the sheet
 */
public record SheetInfo(String name, int index, boolean hidden, List<Integer> hiddenColumns,
        List<MergedRange> merges, boolean hasFonts, @Nullable String charset, @Nullable String charsetEvidence,
        Map<Integer, EncodingVote> columnVotes, boolean pivotTable) {

    /**
     * Checks the values and copies the lists.
     *
     * @param name the sheet name (a CSV file's name without its extension)
     * @param index 0-based position of the sheet in the workbook
     * @param hidden whether the sheet is hidden in the workbook
     * @param hiddenColumns 0-based indexes of the columns hidden in the sheet, in increasing order; a column hidden beyond {@link ReadLimits#maxColumns()} is left out
     * @param merges the merged ranges of the sheet
     * @param hasFonts whether cells carry fonts ({@code false} for CSV, whose encoding can only be told from character statistics)
     * @param charset how the bytes became text (CSV only: {@code UTF-8}, {@code windows-1258}, …), or {@code null} for workbooks, which store Unicode
     * @param charsetEvidence why that charset was chosen, or {@code null} for workbooks
     * @param columnVotes the legacy-encoding vote over each column's texts that carry no font evidence (in a workbook, texts whose font is not a legacy one; in a CSV, all texts), by 0-based column index
     * @param pivotTable whether the workbook stores a pivot table on the sheet
     */
    public SheetInfo {
        Objects.requireNonNull(name, "name");
        if (index < 0) {
            throw new IllegalArgumentException("index must be 0 or more, was " + index);
        }
        hiddenColumns = hiddenColumns.stream().sorted().distinct().toList();
        merges = List.copyOf(merges);
        columnVotes = Map.copyOf(columnVotes);
        if ((charset == null) != (charsetEvidence == null)) {
            throw new IllegalArgumentException("charset and its evidence go together");
        }
    }

    /**
     * A sheet that holds no pivot table.
     *
     * @param name          the sheet name
     * @param index         0-based position of the sheet
     * @param hidden        whether the sheet is hidden
     * @param hiddenColumns 0-based indexes of hidden columns
     * @param merges        the merged ranges
     * @param hasFonts      whether cells carry fonts
     * @param charset       the charset a CSV file was read in, or {@code null}
     * @param charsetEvidence why that charset, or {@code null}
     * @param columnVotes   the vote over each column's texts that carry no font evidence
     */
    public SheetInfo(String name, int index, boolean hidden, List<Integer> hiddenColumns, List<MergedRange> merges,
            boolean hasFonts, @Nullable String charset, @Nullable String charsetEvidence,
            Map<Integer, EncodingVote> columnVotes) {
        this(name, index, hidden, hiddenColumns, merges, hasFonts, charset, charsetEvidence, columnVotes, false);
    }

    /**
     * The same sheet, marked as holding a pivot table part of the workbook.
     *
     * @return the sheet information with {@code pivotTable} set
     */
    public SheetInfo withPivotTable() {
        return new SheetInfo(name, index, hidden, hiddenColumns, merges, hasFonts, charset, charsetEvidence,
                columnVotes, true);
    }

    /**
     * A workbook sheet, whose cells carry fonts.
     *
     * @param name          the sheet name
     * @param index         0-based position of the sheet
     * @param hidden        whether the sheet is hidden
     * @param hiddenColumns 0-based indexes of hidden columns
     * @param merges        the merged ranges
     * @param columnVotes   the vote over each column's texts that carry no font evidence
     * @return the sheet information
     */
    public static SheetInfo workbookSheet(String name, int index, boolean hidden, List<Integer> hiddenColumns,
            List<MergedRange> merges, Map<Integer, EncodingVote> columnVotes) {
        return new SheetInfo(name, index, hidden, hiddenColumns, merges, true, null, null, columnVotes);
    }

    /**
     * Whether a column is hidden.
     *
     * @param column 0-based column index
     * @return {@code true} when the column is hidden
     */
    public boolean isColumnHidden(int column) {
        return java.util.Collections.binarySearch(hiddenColumns, column) >= 0;
    }
}
