package vn.campaign.importer.sheet;

import java.util.Objects;
import vn.campaign.importer.encoding.TextEncoding;

/**
 * How the text cells of one kind in a sheet were decoded: all the cells in one font (or, for CSV, one
 * column) that were read in the same encoding.
 *
 * @param scope     what the cells share: {@code font ".VnTime"}, {@code rich text}, {@code column C}
 * @param encoding  the encoding they were read in
 * @param cells     how many text cells
 * @param firstCell the first of them, in A1 notation
 * @param evidence  the evidence for the first of them
 */
public record EncodingDecision(String scope, TextEncoding encoding, int cells, String firstCell, String evidence) {

    /**
     * Checks the values.
     *
     * @param scope what the cells share: {@code font ".VnTime"}, {@code rich text}, {@code column C}
     * @param encoding the encoding they were read in
     * @param cells how many text cells
     * @param firstCell the first of them, in A1 notation
     * @param evidence the evidence for the first of them
     */
    public EncodingDecision {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(encoding, "encoding");
        if (cells < 1) {
            throw new IllegalArgumentException("a decision covers at least one cell, was " + cells);
        }
        Objects.requireNonNull(firstCell, "firstCell");
        Objects.requireNonNull(evidence, "evidence");
    }
}
