package vn.campaign.bench;

import java.util.Arrays;

/** Order statistics of measured durations. */
public final class Timing {

    private Timing() {
    }

    /**
     * The value at a quantile of the samples (nearest rank).
     *
     * @param samples  the samples, in any order; not changed
     * @param quantile between 0 and 1
     * @return the sample at that rank
     */
    public static double quantile(double[] samples, double quantile) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (quantile < 0 || quantile > 1) {
            throw new IllegalArgumentException("quantile must be between 0 and 1, got " + quantile);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * The median of the samples.
     *
     * @param samples the samples
     * @return the median (nearest rank)
     */
    public static double median(double[] samples) {
        return quantile(samples, 0.5);
    }
}
