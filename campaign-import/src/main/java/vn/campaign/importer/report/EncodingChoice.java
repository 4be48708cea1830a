package vn.campaign.importer.report;

import java.util.Objects;

/**
 * How a group of text cells of a sheet was decoded, and on what evidence.
 *
 * @param scope     what the cells share: a font ({@code font ".VnTime"}), rich text, or a CSV column
 * @param encoding  the encoding they were read in ({@code UNICODE}, {@code TCVN3}, {@code VNI}, …)
 * @param cells     how many text cells
 * @param firstCell the first of them, in A1 notation
 * @param evidence  the evidence for the first of them
 */
public record EncodingChoice(String scope, String encoding, int cells, String firstCell, String evidence) {

    /**
     * Checks the values.
     *
     * @param scope what the cells share: a font ({@code font ".VnTime"}), rich text, or a CSV column
     * @param encoding the encoding they were read in ({@code UNICODE}, {@code TCVN3}, {@code VNI}, …)
     * @param cells how many text cells
     * @param firstCell the first of them, in A1 notation
     * @param evidence the evidence for the first of them
     */
    public EncodingChoice {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(encoding, "encoding");
        if (cells < 1) {
            throw new IllegalArgumentException("an encoding choice covers at least one cell, was " + cells);
        }
        Objects.requireNonNull(firstCell, "firstCell");
        Objects.requireNonNull(evidence, "evidence");
    }
}
