package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.UnitResolver.UnitAt;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;

/**
 * The fields of {@code Work} and {@code Event} that are not properties of the core's records: their global
 * ids, an event's required first day, and their edges to other objects. Every edge is a batch: the
 * campaigns, units and task areas of a page of works are read once for the whole page. The other fields
 * (name, kind, status, the details such as {@code location} or {@code venue}) are the records' own accessors,
 * which Spring for GraphQL maps by name.
 */
@Controller
public class RegistrationEdgeController {

    private final CampaignQueries campaigns;
    private final UnitResolver units;

    /**
     * A controller over the campaign reads and the unit resolver.
     *
     * @param campaigns the campaign reads
     * @param units     the unit resolver
     */
    public RegistrationEdgeController(CampaignQueries campaigns, UnitResolver units) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
    }

    // --- Work ---

    /**
     * The global id.
     *
     * @param work the work
     * @return its id
     */
    @SchemaMapping(typeName = "Work", field = "id")
    public String workId(Work work) {
        return GlobalId.of(work);
    }

    /**
     * The campaigns of a batch of works, read once per request.
     *
     * @param works   the works
     * @param context the request's context, where its campaigns are kept
     * @return each work's campaign
     */
    @BatchMapping(typeName = "Work", field = "campaign")
    public Map<Work, Campaign> workCampaign(List<Work> works, GraphQLContext context) {
        return campaignsOf(works, context);
    }

    /**
     * The units of a batch of works, in one round trip (their campaigns are read once per request).
     *
     * @param works   the works
     * @param context the request's context, where its campaigns are kept
     * @return each work's unit as it stood during the campaign
     */
    @BatchMapping(typeName = "Work", field = "unit")
    public Map<Work, Unit> workUnit(List<Work> works, GraphQLContext context) {
        return unitsOf(works, context);
    }

    /**
     * The task areas of a batch of works, from their campaigns.
     *
     * @param works   the works
     * @param context the request's context, where its campaigns are kept
     * @return each work's task area, when it names one its campaign has
     */
    @BatchMapping(typeName = "Work", field = "taskArea")
    public Map<Work, TaskArea> workTaskArea(List<Work> works, GraphQLContext context) {
        return taskAreasOf(works, context);
    }

    // --- Event ---

    /**
     * The global id.
     *
     * @param event the event
     * @return its id
     */
    @SchemaMapping(typeName = "Event", field = "id")
    public String eventId(Event event) {
        return GlobalId.of(event);
    }

    /**
     * The campaigns of a batch of events, read once per request.
     *
     * @param events  the events
     * @param context the request's context, where its campaigns are kept
     * @return each event's campaign
     */
    @BatchMapping(typeName = "Event", field = "campaign")
    public Map<Event, Campaign> eventCampaign(List<Event> events, GraphQLContext context) {
        return campaignsOf(events, context);
    }

    /**
     * The units of a batch of events, in one round trip (their campaigns are read once per request).
     *
     * @param events  the events
     * @param context the request's context, where its campaigns are kept
     * @return each event's unit as it stood during the campaign
     */
    @BatchMapping(typeName = "Event", field = "unit")
    public Map<Event, Unit> eventUnit(List<Event> events, GraphQLContext context) {
        return unitsOf(events, context);
    }

    /**
     * The task areas of a batch of events, from their campaigns.
     *
     * @param events  the events
     * @param context the request's context, where its campaigns are kept
     * @return each event's task area, when it names one its campaign has
     */
    @BatchMapping(typeName = "Event", field = "taskArea")
    public Map<Event, TaskArea> eventTaskArea(List<Event> events, GraphQLContext context) {
        return taskAreasOf(events, context);
    }

    /**
     * The first day; every stored event has one, since the rules require it.
     *
     * @param event the event
     * @return the day
     */
    @SchemaMapping(typeName = "Event")
    public LocalDate startsOn(Event event) {
        return Objects.requireNonNull(event.details().startsOn(), "a stored event has a first day");
    }

    // --- batches shared by works and events ---

    private Map<CampaignCode, Campaign> campaignsByCode(Collection<? extends Registration> registrations,
            GraphQLContext context) {
        return RequestCampaigns.of(context, campaigns)
                .byCode(registrations.stream().map(Registration::campaign).collect(Collectors.toSet()));
    }

    private <R extends Registration> Map<R, Campaign> campaignsOf(List<R> registrations, GraphQLContext context) {
        Map<CampaignCode, Campaign> byCode = campaignsByCode(registrations, context);
        Map<R, Campaign> found = new LinkedHashMap<>();
        registrations.forEach(r -> {
            Campaign c = byCode.get(r.campaign());
            if (c != null) {
                found.put(r, c);
            }
        });
        return found;
    }

    private <R extends Registration> Map<R, Unit> unitsOf(List<R> registrations, GraphQLContext context) {
        Map<CampaignCode, Campaign> byCode = campaignsByCode(registrations, context);
        Map<R, UnitAt> wanted = new LinkedHashMap<>();
        registrations.forEach(r -> {
            Campaign c = byCode.get(r.campaign());
            wanted.put(r, new UnitAt(r.unit(), c == null ? UnitResolver.ALL_TIME : c.period()));
        });
        return units.resolve(wanted);
    }

    private <R extends Registration> Map<R, TaskArea> taskAreasOf(List<R> registrations, GraphQLContext context) {
        List<R> withArea = registrations.stream().filter(r -> r.taskArea() != null).toList();
        if (withArea.isEmpty()) {
            return Map.of();
        }
        Map<CampaignCode, Campaign> byCode = campaignsByCode(withArea, context);
        Map<R, TaskArea> found = new LinkedHashMap<>();
        for (R r : withArea) {
            TaskAreaCode code = Objects.requireNonNull(r.taskArea());
            Campaign c = byCode.get(r.campaign());
            if (c != null) {
                c.taskArea(code).ifPresent(area -> found.put(r, area));
            }
        }
        return found;
    }
}
