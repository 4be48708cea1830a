package vn.campaign.core.statistics;

/**
 * Commemorative plaques.
 *
 * @param requested how many counted works ask for a plaque
 * @param awarded   how many counted works carry one
 * @since 0.2.0
 */
public record PlaqueStatistics(int requested, int awarded) {

    /**
     * Validates the counts.
     *
     * @param requested how many counted works ask for a plaque
     * @param awarded how many counted works carry one
     */
    public PlaqueStatistics {
        if (requested < 0 || awarded < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
