package vn.campaign.api.evidence;

/**
 * How far a Word document's zip archive is inflated while it is checked, so that a zip bomb costs little:
 * the inspection stops, refusing the file, at the first bound crossed.
 *
 * @param maxEntries       the most entries an archive may hold
 * @param maxInflatedBytes the most bytes its entries may inflate to, together
 * @param maxRatio         the most its entries may inflate to, together, as a multiple of the file's size,
 *                         once they pass {@code ratioFreeBytes}
 * @param ratioFreeBytes   inflated bytes allowed whatever the ratio (small files compress well)
 */
public record ArchiveLimits(int maxEntries, long maxInflatedBytes, int maxRatio, long ratioFreeBytes) {

    /**
     * The bounds for evidence: 1,000 entries, 100 MiB inflated, 100 times the file's size beyond the first MiB.
     * A Word document of text and photos is far within them (photos do not compress; text about 5 to 10
     * times).
     */
    public static final ArchiveLimits EVIDENCE = new ArchiveLimits(1000, 100L * 1024 * 1024, 100, 1024 * 1024);

    /** Validates the bounds. */
    public ArchiveLimits {
        if (maxEntries < 1 || maxInflatedBytes < 1 || maxRatio < 1 || ratioFreeBytes < 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
