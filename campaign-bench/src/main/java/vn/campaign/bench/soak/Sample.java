package vn.campaign.bench.soak;

/**
 * What the service's process held at one moment of the soak.
 *
 * @param seconds        since the soak began
 * @param heapAfterGcMiB the heap in use right after a full collection the sampler asked for; negative when
 *                       {@code jcmd} could not be run
 * @param metaspaceMiB   the class metadata in use then; negative when unknown
 * @param openFiles      file descriptors open ({@code /proc/<pid>/fd}); negative when unknown
 * @param threads        the process's threads ({@code /proc/<pid>/status}); negative when unknown
 * @param residentMiB    resident memory ({@code VmRSS}); negative when unknown
 * @param requests       requests the clients had completed by then
 */
public record Sample(double seconds, double heapAfterGcMiB, double metaspaceMiB, int openFiles, int threads,
        double residentMiB, long requests) {

    /**
     * Checks the figures.
     *
     * @param seconds        not negative
     * @param heapAfterGcMiB negative when unknown
     * @param metaspaceMiB   negative when unknown
     * @param openFiles      negative when unknown
     * @param threads        negative when unknown
     * @param residentMiB    negative when unknown
     * @param requests       not negative
     */
    public Sample {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("seconds must not be negative, got " + seconds);
        }
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative, got " + requests);
        }
    }
}
