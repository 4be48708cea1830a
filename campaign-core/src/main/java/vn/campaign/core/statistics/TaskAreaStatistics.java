package vn.campaign.core.statistics;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.campaign.TaskArea;

/**
 * One task area's counts.
 *
 * @param taskArea the task area, or {@code null} for the registrations that state none
 * @param works    its works
 * @param events   its events
 * @since 0.2.0
 */
public record TaskAreaStatistics(@Nullable TaskArea taskArea, RegistrationCounts works, RegistrationCounts events) {

    /**
     * Validates the statistics.
     *
     * @param taskArea the task area, or {@code null} for the registrations that state none
     * @param works its works
     * @param events its events
     */
    public TaskAreaStatistics {
        Objects.requireNonNull(works, "works");
        Objects.requireNonNull(events, "events");
    }
}
