package vn.campaign.importer.value;

/**
 * How cell inputs are quoted in issues.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * A number as the cell showed it: without ".0" when it is whole.
     *
     * @param value the number
     * @return its text
     */
    static String numberText(double value) {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
