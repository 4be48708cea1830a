package vn.campaign.api.graphql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Work;
import vn.campaign.core.statistics.CampaignStatistics;
import vn.campaign.core.statistics.StatisticsFilter;
import vn.campaign.core.unit.UnitCode;

/**
 * A campaign's dashboard statistics, and the times of works and events. The statistics are computed by the
 * core's {@link vn.campaign.core.statistics.StatisticsService} from one read of the campaign's units and one
 * of its registrations, whatever their number, over what the caller may see; the units they list are full
 * units already, so their fields need no further read beyond the usual batches.
 */
@Controller
public class StatisticsController {

    private final CampaignPlatform platform;

    /**
     * A controller over the platform.
     *
     * @param platform the platform
     */
    public StatisticsController(CampaignPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * The statistics of a campaign.
     *
     * @param campaign the campaign
     * @param filter   what to count, or {@code null} for everything the caller may see
     * @param actor    the caller
     * @return the statistics
     */
    @SchemaMapping(typeName = "Campaign")
    public CampaignStatistics statistics(Campaign campaign, @Argument @Nullable StatisticsFilterInput filter,
            Actor actor) {
        return platform.statisticsService().statistics(campaign, actor,
                filter == null ? StatisticsFilter.none() : filter.filter());
    }

    /**
     * When a work was registered.
     *
     * @param work the work
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Work", field = "registeredAt")
    public @Nullable Instant workRegisteredAt(Work work) {
        return work.timeline().registeredAt();
    }

    /**
     * When a work last changed.
     *
     * @param work the work
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Work", field = "updatedAt")
    public @Nullable Instant workUpdatedAt(Work work) {
        return work.timeline().updatedAt();
    }

    /**
     * When a work took its status.
     *
     * @param work the work
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Work", field = "statusChangedAt")
    public @Nullable Instant workStatusChangedAt(Work work) {
        return work.timeline().statusChangedAt();
    }

    /**
     * When an event was registered.
     *
     * @param event the event
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Event", field = "registeredAt")
    public @Nullable Instant eventRegisteredAt(Event event) {
        return event.timeline().registeredAt();
    }

    /**
     * When an event last changed.
     *
     * @param event the event
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Event", field = "updatedAt")
    public @Nullable Instant eventUpdatedAt(Event event) {
        return event.timeline().updatedAt();
    }

    /**
     * When an event took its status.
     *
     * @param event the event
     * @return the instant, or {@code null} when not known
     */
    @SchemaMapping(typeName = "Event", field = "statusChangedAt")
    public @Nullable Instant eventStatusChangedAt(Event event) {
        return event.timeline().statusChangedAt();
    }

    /**
     * {@code StatisticsFilter}.
     *
     * @param unitCodes     the units' codes
     * @param taskAreaCodes the task areas' codes
     * @param from          the first day
     * @param to            the last day
     */
    public record StatisticsFilterInput(@Nullable List<String> unitCodes, @Nullable List<String> taskAreaCodes,
            @Nullable LocalDate from, @Nullable LocalDate to) {

        /**
         * The core's filter.
         *
         * @return the filter
         * @throws InvalidRequestException for a malformed code, or {@code from} after {@code to}
         */
        public StatisticsFilter filter() {
            Set<UnitCode> units = unitCodes == null ? Set.of() : unitCodes.stream().map(c -> {
                if (!UnitCode.isWellFormed(c)) {
                    throw new InvalidRequestException("filter.unitCodes: '" + c + "' is not a unit code",
                            "filter.unitCodes: '" + c + "' không phải là mã đơn vị");
                }
                return new UnitCode(c);
            }).collect(Collectors.toSet());
            Set<TaskAreaCode> areas = taskAreaCodes == null ? Set.of() : taskAreaCodes.stream().map(c -> {
                if (!TaskAreaCode.isWellFormed(c)) {
                    throw new InvalidRequestException("filter.taskAreaCodes: '" + c + "' is not a task area code",
                            "filter.taskAreaCodes: '" + c + "' không phải là mã lĩnh vực");
                }
                return new TaskAreaCode(c);
            }).collect(Collectors.toSet());
            if (from != null && to != null && from.isAfter(to)) {
                throw new InvalidRequestException("filter.from " + from + " is after filter.to " + to,
                        "filter.from " + from + " sau filter.to " + to);
            }
            return new StatisticsFilter(units, areas, from, to);
        }
    }
}
