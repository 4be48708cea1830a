package vn.campaign.core.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;

/**
 * How many registrations there are, in all and in each status.
 *
 * @param byStatus one count per status, every status listed (zeros included), in lifecycle order
 * @since 0.2.0
 */
public record RegistrationCounts(List<StatusCount> byStatus) {

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException unless every status is listed once, in order
     *
     * @param byStatus one count per status, every status listed (zeros included), in lifecycle order
     */
    public RegistrationCounts {
        byStatus = List.copyOf(Objects.requireNonNull(byStatus, "byStatus"));
        RegistrationStatus[] all = RegistrationStatus.values();
        if (byStatus.size() != all.length
                || !Arrays.equals(byStatus.stream().map(StatusCount::status).toArray(), all)) {
            throw new IllegalArgumentException("counts must list every status once, in order, got " + byStatus);
        }
    }

    /**
     * The counts of some registrations.
     *
     * @param registrations the registrations
     * @return their counts
     */
    public static RegistrationCounts of(Iterable<? extends Registration> registrations) {
        int[] counts = new int[RegistrationStatus.values().length];
        registrations.forEach(r -> counts[r.status().ordinal()]++);
        return new RegistrationCounts(Arrays.stream(RegistrationStatus.values())
                .map(s -> new StatusCount(s, counts[s.ordinal()])).toList());
    }

    /**
     * How many in all.
     *
     * @return the total
     */
    public int total() {
        return byStatus.stream().mapToInt(StatusCount::count).sum();
    }

    /**
     * How many in one status.
     *
     * @param status a status
     * @return the count
     */
    public int count(RegistrationStatus status) {
        return byStatus.get(status.ordinal()).count();
    }
}
