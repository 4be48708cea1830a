package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import vn.campaign.api.graphql.UnitResolver.UnitAt;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;

/**
 * Works and events: the lists, their fields, and the lists of a unit. Every edge to another object is a
 * batch: the campaigns, units and task areas of a page of works are read once for the whole page, and the
 * works or events of a page of units are read in one round trip for all of them.
 *
 * <p>Every list holds only what the caller may see ({@link AccessPolicy#visibility}): the store applies the
 * visibility in its query, so pages, cursors and totals agree with it.
 */
@Controller
public class RegistrationController {

    /** The name of the DataLoader that reads the works or events of many units at once. */
    static final String UNIT_REGISTRATIONS = "unitRegistrations";

    private final RegistrationQueries queries;
    private final CampaignQueries campaigns;
    private final UnitResolver units;

    /**
     * A controller over the stores, registering the DataLoader of units' registrations.
     *
     * @param queries   the registration reads
     * @param campaigns the campaign reads
     * @param units     the unit resolver
     * @param registry  where DataLoaders are registered
     */
    public RegistrationController(RegistrationQueries queries, CampaignQueries campaigns, UnitResolver units,
            BatchLoaderRegistry registry) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        registry.<UnitRegistrations, Connection<Registration>>forName(UNIT_REGISTRATIONS)
                .registerMappedBatchLoader((keys, environment) -> {
                    Visibility visibility = AccessPolicy.visibility(CurrentActor.of(environment));
                    return Mono.fromSupplier(() -> unitRegistrations(keys, visibility));
                });
    }

    /**
     * A page of works.
     *
     * @param filter which works
     * @param first  how many
     * @param after  the cursor to start after
     * @param actor  the caller
     * @return the page
     */
    @QueryMapping
    public Connection<Work> works(@Argument Inputs.@Nullable WorkFilter filter, @Argument int first,
            @Argument @Nullable String after, Actor actor) {
        return page(filter == null ? RegistrationCriteria.all(RegistrationType.WORK) : filter.criteria(),
                AccessPolicy.visibility(actor), first, after, Work.class);
    }

    /**
     * A page of events.
     *
     * @param filter which events
     * @param first  how many
     * @param after  the cursor to start after
     * @param actor  the caller
     * @return the page
     */
    @QueryMapping
    public Connection<Event> events(@Argument Inputs.@Nullable EventFilter filter, @Argument int first,
            @Argument @Nullable String after, Actor actor) {
        return page(filter == null ? RegistrationCriteria.all(RegistrationType.EVENT) : filter.criteria(),
                AccessPolicy.visibility(actor), first, after, Event.class);
    }

    private <R extends Registration> Connection<R> page(RegistrationCriteria criteria, Visibility visibility,
            int first, @Nullable String after, Class<R> type) {
        PageRequest size = new PageRequest(first);
        RegistrationPosition position = Cursors.registrationPosition(after);
        Page<Registration> page = queries.page(criteria, visibility, position, size.first());
        Page<R> typed = new Page<>(page.items().stream().map(type::cast).toList(), page.hasMore());
        return Connection.of(typed, r -> Cursors.of(RegistrationPosition.of(r)), position != null,
                queries.count(criteria, visibility));
    }

    /**
     * A unit's works.
     *
     * @param unit         the unit
     * @param campaignCode only this campaign's works
     * @param statuses     only works in these statuses; all when omitted or empty
     * @param first        how many
     * @param after        the cursor to start after
     * @param unitRegistrations the DataLoader of units' registrations
     * @return the page
     */
    @SchemaMapping(typeName = "Unit")
    @SuppressWarnings("unchecked")
    public CompletableFuture<Connection<Work>> works(Unit unit, @Argument @Nullable String campaignCode,
            @Argument @Nullable List<RegistrationStatus> statuses, @Argument int first, @Argument @Nullable String after,
            DataLoader<UnitRegistrations, Connection<Registration>> unitRegistrations) {
        UnitRegistrations key = new UnitRegistrations(unit, RegistrationType.WORK, campaignCode,
                statuses == null ? Set.of() : Set.copyOf(statuses), new PageRequest(first).first(),
                Cursors.registrationPosition(after));
        return unitRegistrations.load(key).thenApply(c -> (Connection<Work>) (Connection<?>) c);
    }

    /**
     * A unit's events.
     *
     * @param unit         the unit
     * @param campaignCode only this campaign's events
     * @param statuses     only events in these statuses; all when omitted or empty
     * @param first        how many
     * @param after        the cursor to start after
     * @param unitRegistrations the DataLoader of units' registrations
     * @return the page
     */
    @SchemaMapping(typeName = "Unit")
    @SuppressWarnings("unchecked")
    public CompletableFuture<Connection<Event>> events(Unit unit, @Argument @Nullable String campaignCode,
            @Argument @Nullable List<RegistrationStatus> statuses, @Argument int first, @Argument @Nullable String after,
            DataLoader<UnitRegistrations, Connection<Registration>> unitRegistrations) {
        UnitRegistrations key = new UnitRegistrations(unit, RegistrationType.EVENT, campaignCode,
                statuses == null ? Set.of() : Set.copyOf(statuses), new PageRequest(first).first(),
                Cursors.registrationPosition(after));
        return unitRegistrations.load(key).thenApply(c -> (Connection<Event>) (Connection<?>) c);
    }

    /**
     * Cuts the pages of many units' lists from one read per distinct (type, campaign) pair.
     *
     * @param keys       the lists asked for
     * @param visibility what the caller of the request may see
     * @return each list's page
     */
    Map<UnitRegistrations, Connection<Registration>> unitRegistrations(Set<UnitRegistrations> keys,
            Visibility visibility) {
        Map<UnitRegistrations, Connection<Registration>> pages = new HashMap<>();
        Map<List<Object>, List<UnitRegistrations>> groups = keys.stream().collect(Collectors.groupingBy(
                k -> java.util.Arrays.asList(k.type(), k.campaign())));
        groups.forEach((group, members) -> {
            List<Registration> all = queries.findByUnits(members.get(0).type(),
                    members.stream().map(k -> k.unit().code()).collect(Collectors.toSet()), members.get(0).campaign(),
                    visibility);
            Map<String, List<Registration>> byUnit = all.stream()
                    .collect(Collectors.groupingBy(r -> r.unit().value(), LinkedHashMap::new, Collectors.toList()));
            for (UnitRegistrations key : members) {
                pages.put(key, cut(byUnit.getOrDefault(key.unit().code().value(), List.of()), key));
            }
        });
        return pages;
    }

    private static Connection<Registration> cut(List<Registration> all, UnitRegistrations key) {
        List<Registration> ordered = key.statuses().isEmpty() ? all
                : all.stream().filter(r -> key.statuses().contains(r.status())).toList();
        List<Registration> rest = ordered;
        if (key.after() != null) {
            RegistrationPosition after = key.after();
            rest = ordered.stream().filter(r -> isAfter(RegistrationPosition.of(r), after)).toList();
        }
        List<Registration> items = rest.subList(0, Math.min(key.first(), rest.size()));
        return Connection.of(new Page<>(items, rest.size() > key.first()),
                r -> Cursors.of(RegistrationPosition.of(r)), key.after() != null, ordered.size());
    }

    private static boolean isAfter(RegistrationPosition p, RegistrationPosition after) {
        int byUnit = p.unit().value().compareTo(after.unit().value());
        if (byUnit != 0) {
            return byUnit > 0;
        }
        int byName = p.foldedName().compareTo(after.foldedName());
        return byName != 0 ? byName > 0 : p.id().value().compareTo(after.id().value()) > 0;
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

    /**
     * The planned day.
     *
     * @param work the work
     * @return the day
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable LocalDate plannedOn(Work work) {
        return work.details().plannedOn();
    }

    /**
     * The location.
     *
     * @param work the work
     * @return the location
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable String location(Work work) {
        return work.details().location();
    }

    /**
     * The scale.
     *
     * @param work the work
     * @return the scale
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable String scale(Work work) {
        return work.details().scale();
    }

    /**
     * The investment.
     *
     * @param work the work
     * @return the amount
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable Vnd investment(Work work) {
        return work.details().investment();
    }

    /**
     * The funding source.
     *
     * @param work the work
     * @return the source
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable String fundingSource(Work work) {
        return work.details().fundingSource();
    }

    /**
     * The investor.
     *
     * @param work the work
     * @return the investor
     */
    @SchemaMapping(typeName = "Work")
    public @Nullable String investor(Work work) {
        return work.details().investor();
    }

    /**
     * Whether a plaque is asked for.
     *
     * @param work the work
     * @return whether asked
     */
    @SchemaMapping(typeName = "Work")
    public boolean plaqueRequested(Work work) {
        return work.details().plaqueRequested();
    }

    /**
     * The notes.
     *
     * @param work the work
     * @return the notes
     */
    @SchemaMapping(typeName = "Work", field = "evidenceNotes")
    public @Nullable String workEvidenceNotes(Work work) {
        return work.details().evidenceNotes();
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

    /**
     * The last day.
     *
     * @param event the event
     * @return the day
     */
    @SchemaMapping(typeName = "Event")
    public @Nullable LocalDate endsOn(Event event) {
        return event.details().endsOn();
    }

    /**
     * The venue.
     *
     * @param event the event
     * @return the venue
     */
    @SchemaMapping(typeName = "Event")
    public @Nullable String venue(Event event) {
        return event.details().venue();
    }

    /**
     * The host.
     *
     * @param event the event
     * @return the host
     */
    @SchemaMapping(typeName = "Event")
    public @Nullable String host(Event event) {
        return event.details().host();
    }

    /**
     * The expected participants.
     *
     * @param event the event
     * @return the number
     */
    @SchemaMapping(typeName = "Event")
    public @Nullable Integer expectedParticipants(Event event) {
        return event.details().expectedParticipants();
    }

    /**
     * The notes.
     *
     * @param event the event
     * @return the notes
     */
    @SchemaMapping(typeName = "Event", field = "evidenceNotes")
    public @Nullable String eventEvidenceNotes(Event event) {
        return event.details().evidenceNotes();
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

    /**
     * The key of a unit's list of works or events.
     *
     * @param unit     the unit
     * @param type     works or events
     * @param campaign only this campaign's, or {@code null}
     * @param statuses only these statuses; all when empty
     * @param first    the page size
     * @param after    the position to start after, or {@code null}
     */
    record UnitRegistrations(Unit unit, RegistrationType type, @Nullable String campaign,
            Set<RegistrationStatus> statuses, int first, @Nullable RegistrationPosition after) {
    }
}
