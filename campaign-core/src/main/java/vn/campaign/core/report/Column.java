package vn.campaign.core.report;

import java.util.Objects;

/**
 * A column of a registration table, after the sequence number and the name.
 *
 * @param header the header in Vietnamese
 * @param kind   what its cells hold
 * @since 0.1.0
 */
public record Column(String header, Kind kind) {

    /**
     * Validates the column.
     *
     * @param header the header in Vietnamese
     * @param kind what its cells hold
     */
    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Whether the subtotal and total rows sum this column.
     *
     * @return {@code true} for counts and amounts
     */
    public boolean summed() {
        return kind == Kind.COUNT || kind == Kind.AMOUNT;
    }

    /**
     * What a column holds.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Texts. */
        TEXT,
        /** Days, shown dd/MM/yyyy. */
        DATE,
        /** Whole numbers, summed. */
        COUNT,
        /** Amounts of đồng, shown in the table's unit and summed. */
        AMOUNT
    }
}
