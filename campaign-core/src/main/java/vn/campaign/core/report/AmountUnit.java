package vn.campaign.core.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The unit amounts are stated in ("ĐVT: triệu đồng"): millions of đồng when every amount is a whole number of
 * thousands, else đồng, so that no figure is rounded.
 *
 * @param label    the unit in Vietnamese ("triệu đồng")
 * @param dong     how many đồng one unit is
 * @param decimals how many decimals the figures need (0 to 3)
 * @since 0.1.0
 */
public record AmountUnit(String label, long dong, int decimals) {

    /** Whole đồng. */
    public static final AmountUnit DONG = new AmountUnit("đồng", 1, 0);

    /**
     * Validates the unit.
     *
     * @param label the unit in Vietnamese ("triệu đồng")
     * @param dong how many đồng one unit is
     * @param decimals how many decimals the figures need (0 to 3)
     */
    public AmountUnit {
        Objects.requireNonNull(label, "label");
        if (dong < 1 || decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("an amount unit needs dong >= 1 and 0 to 6 decimals");
        }
    }

    /**
     * The unit that states every amount exactly in as few digits as sensible.
     *
     * @param amounts the amounts in đồng
     * @return millions of đồng (with 0 or 3 decimals), or đồng
     */
    public static AmountUnit fitting(Collection<Long> amounts) {
        if (amounts.stream().allMatch(a -> a % 1_000_000 == 0)) {
            return new AmountUnit("triệu đồng", 1_000_000, 0);
        }
        if (amounts.stream().allMatch(a -> a % 1_000 == 0)) {
            return new AmountUnit("triệu đồng", 1_000_000, 3);
        }
        return DONG;
    }

    /**
     * An amount in this unit.
     *
     * @param amountInDong the amount in đồng
     * @return the figure to show
     */
    public BigDecimal of(long amountInDong) {
        return BigDecimal.valueOf(amountInDong).divide(BigDecimal.valueOf(dong));
    }

    /**
     * The line that names the unit above a table.
     *
     * @return "ĐVT: triệu đồng" or "ĐVT: đồng"
     */
    public String line() {
        return "ĐVT: " + label;
    }
}
