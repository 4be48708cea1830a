package vn.campaign.importer.sheet;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What was read from a sheet, once all its rows are through.
 *
 * @param layout          the header, mapping and kind of the sheet
 * @param encodings       how its text cells were decoded
 * @param charset         how a CSV file's bytes became text, or {@code null} for a workbook
 * @param charsetEvidence why, or {@code null} for a workbook
 * @param dataRows        how many data rows
 * @param skippedRows     how many physical rows were skipped, by reason
 * @param formulaCells    how many cells hold formulas, whose cached values were read without
 *                        recalculation
 * @param lastRow         the last physical row read (0 for an empty sheet)
 */
public record SheetSummary(SheetLayout layout, List<EncodingDecision> encodings, @Nullable String charset,
        @Nullable String charsetEvidence, int dataRows, Map<SkipReason, Integer> skippedRows, int formulaCells,
        int lastRow) {

    /**
     * Checks the values and copies the collections.
     *
     * @param layout the header, mapping and kind of the sheet
     * @param encodings how its text cells were decoded
     * @param charset how a CSV file's bytes became text, or {@code null} for a workbook
     * @param charsetEvidence why, or {@code null} for a workbook
     * @param dataRows how many data rows
     * @param skippedRows how many physical rows were skipped, by reason
     * @param formulaCells how many cells hold formulas, whose cached values were read without recalculation
     * @param lastRow the last physical row read (0 for an empty sheet)
     */
    public SheetSummary {
        Objects.requireNonNull(layout, "layout");
        encodings = List.copyOf(encodings);
        EnumMap<SkipReason, Integer> copy = new EnumMap<>(SkipReason.class);
        copy.putAll(skippedRows);
        skippedRows = Collections.unmodifiableMap(copy);
        int accounted = dataRows + copy.values().stream().mapToInt(Integer::intValue).sum();
        if (accounted != lastRow) {
            throw new IllegalArgumentException("rows 1 to " + lastRow + " must each be a data row or skipped, but "
                    + accounted + " were accounted for");
        }
    }
}
