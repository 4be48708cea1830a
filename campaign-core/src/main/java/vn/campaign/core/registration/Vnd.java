package vn.campaign.core.registration;

import java.math.BigDecimal;

/**
 * An amount of Vietnamese đồng. The đồng has no minor unit; a {@code long} holds amounts far beyond
 * any public investment (9.2 × 10¹⁸ đồng). Negative amounts can be represented so that the rules can
 * report them.
 *
 * @param amount the amount in đồng
 * @since 0.1.0
 */
public record Vnd(long amount) {

    /**
     * An amount given in millions of đồng (triệu đồng), as spreadsheets often state it.
     *
     * @param millions the amount in millions, at most three decimals
     * @return the amount
     * @throws ArithmeticException when it is not a whole number of đồng or overflows
     */
    public static Vnd ofMillions(BigDecimal millions) {
        return new Vnd(millions.movePointRight(6).longValueExact());
    }

    /**
     * Whether the amount is below zero.
     *
     * @return {@code true} when negative
     */
    public boolean isNegative() {
        return amount < 0;
    }

    @Override
    public String toString() {
        return amount + " VND";
    }
}
