package vn.campaign.core.evidence;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaign.core.registration.RegistrationId;

/**
 * Evidence counts kept in memory, for embedders and tests: pieces are added and removed by hand.
 *
 * @since 0.1.0
 */
public final class InMemoryEvidenceCounts implements EvidenceCounts {

    private final Map<RegistrationId, Long> counts = new ConcurrentHashMap<>();

    /** Counts with no evidence anywhere. */
    public InMemoryEvidenceCounts() {
    }

    /**
     * Records one more piece of evidence for a registration.
     *
     * @param registration the registration's id
     */
    public void add(RegistrationId registration) {
        counts.merge(Objects.requireNonNull(registration, "registration"), 1L, Long::sum);
    }

    /**
     * Records that one piece of evidence of a registration was removed.
     *
     * @param registration the registration's id
     */
    public void remove(RegistrationId registration) {
        counts.computeIfPresent(Objects.requireNonNull(registration, "registration"), (id, n) -> n > 1 ? n - 1 : null);
    }

    @Override
    public long countFor(RegistrationId registration) {
        return counts.getOrDefault(registration, 0L);
    }
}
