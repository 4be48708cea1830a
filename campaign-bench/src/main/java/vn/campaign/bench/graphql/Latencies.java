package vn.campaign.bench.graphql;

import vn.campaign.bench.Timing;

/**
 * Latency percentiles and throughput of a bounded number of requests.
 *
 * @param requests      requests measured
 * @param threads       client threads
 * @param p50Millis     median latency
 * @param p99Millis     99th percentile latency
 * @param perSecond     requests completed per second of wall time
 */
public record Latencies(int requests, int threads, double p50Millis, double p99Millis, double perSecond) {

    /**
     * Summarises samples.
     *
     * @param samples     each request's latency in milliseconds
     * @param threads     client threads
     * @param wallMillis  wall time of the whole run
     * @return the summary
     */
    public static Latencies of(double[] samples, int threads, double wallMillis) {
        return new Latencies(samples.length, threads, Timing.median(samples), Timing.quantile(samples, 0.99),
                samples.length / (wallMillis / 1000));
    }
}
