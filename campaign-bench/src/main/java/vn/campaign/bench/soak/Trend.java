package vn.campaign.bench.soak;

/**
 * The least-squares line through samples taken over time, and whether it climbs.
 *
 * @param slopePerMinute how much the fitted line rises a minute (negative when it falls)
 * @param intercept      the fitted value at minute zero
 * @param points         how many samples the line was fitted to
 * @param spanMinutes    from the first to the last sample
 * @param mean           the samples' mean
 */
public record Trend(double slopePerMinute, double intercept, int points, double spanMinutes, double mean) {

    /**
     * Checks the figures.
     *
     * @param slopePerMinute how much the fitted line rises a minute
     * @param intercept      the fitted value at minute zero
     * @param points         at least 2
     * @param spanMinutes    not negative
     * @param mean           the samples' mean
     */
    public Trend {
        if (points < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 points, got " + points);
        }
        if (!(spanMinutes >= 0)) {
            throw new IllegalArgumentException("spanMinutes must not be negative, got " + spanMinutes);
        }
    }

    /**
     * Fits a line by least squares.
     *
     * @param minutes when each sample was taken
     * @param values  the samples, as many as {@code minutes}
     * @return the fitted line
     * @throws IllegalArgumentException when there are fewer than 2 samples or they were all taken at once
     */
    public static Trend fit(double[] minutes, double[] values) {
        if (minutes.length != values.length) {
            throw new IllegalArgumentException(minutes.length + " times for " + values.length + " values");
        }
        int n = minutes.length;
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 points, got " + n);
        }
        double meanX = 0;
        double meanY = 0;
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            meanX += minutes[i] / n;
            meanY += values[i] / n;
            first = Math.min(first, minutes[i]);
            last = Math.max(last, minutes[i]);
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (minutes[i] - meanX) * (values[i] - meanY);
            sxx += (minutes[i] - meanX) * (minutes[i] - meanX);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("the samples were all taken at minute " + first);
        }
        double slope = sxy / sxx;
        return new Trend(slope, meanY - slope * meanX, n, last - first, meanY);
    }

    /**
     * How much the fitted line rises from the first sample to the last.
     *
     * @return the rise (negative when it falls)
     */
    public double rise() {
        return slopePerMinute * spanMinutes;
    }

    /**
     * The most the line may rise over its span and still count as flat: a share of the mean, or a floor for
     * the noise of small figures, whichever is larger.
     *
     * @param share of the mean, such as 0.05
     * @param floor the least bound, in the samples' unit
     * @return the bound
     */
    public double bound(double share, double floor) {
        return Math.max(floor, share * Math.abs(mean));
    }

    /**
     * Whether the line does not climb beyond {@link #bound(double, double)}.
     *
     * @param share of the mean, such as 0.05
     * @param floor the least bound, in the samples' unit
     * @return true when flat or falling
     */
    public boolean flat(double share, double floor) {
        return rise() <= bound(share, floor);
    }
}
