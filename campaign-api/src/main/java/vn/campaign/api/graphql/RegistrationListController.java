package vn.campaign.api.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.RegistrationPosition;
import vn.campaign.api.platform.RegistrationQueries;
import vn.campaign.api.security.CurrentActor;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.Unit;

/**
 * The lists of works and events: {@code works} and {@code events}, and a unit's {@code works} and
 * {@code events}, the latter read for a whole page of units in one round trip (a DataLoader).
 *
 * <p>Every list holds only what the caller may see ({@link AccessPolicy#visibility}): the store applies the
 * visibility in its query, so pages, cursors and totals agree with it.
 */
@Controller
public class RegistrationListController {

    /** The name of the DataLoader that reads the works or events of many units at once. */
    static final String UNIT_REGISTRATIONS = "unitRegistrations";

    private final RegistrationQueries queries;
    private final Clock clock;

    /**
     * A controller over the stores, registering the DataLoader of units' registrations.
     *
     * @param queries  the registration reads
     * @param registry where DataLoaders are registered
     * @param clock    the platform's clock, whose day the {@code overdue} filter is judged on
     */
    public RegistrationListController(RegistrationQueries queries, BatchLoaderRegistry registry, Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        return page(filter == null ? RegistrationCriteria.all(RegistrationType.WORK)
                : filter.criteria(LocalDate.now(clock)),
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
        return page(filter == null ? RegistrationCriteria.all(RegistrationType.EVENT)
                : filter.criteria(LocalDate.now(clock)),
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
    public CompletableFuture<Connection<Work>> works(Unit unit, @Argument @Nullable String campaignCode,
            @Argument @Nullable List<RegistrationStatus> statuses, @Argument int first, @Argument @Nullable String after,
            DataLoader<UnitRegistrations, Connection<Registration>> unitRegistrations) {
        return load(unitRegistrations, new UnitRegistrations(unit, RegistrationType.WORK, campaignCode,
                statuses == null ? Set.of() : Set.copyOf(statuses), new PageRequest(first).first(),
                Cursors.registrationPosition(after)));
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
    public CompletableFuture<Connection<Event>> events(Unit unit, @Argument @Nullable String campaignCode,
            @Argument @Nullable List<RegistrationStatus> statuses, @Argument int first, @Argument @Nullable String after,
            DataLoader<UnitRegistrations, Connection<Registration>> unitRegistrations) {
        return load(unitRegistrations, new UnitRegistrations(unit, RegistrationType.EVENT, campaignCode,
                statuses == null ? Set.of() : Set.copyOf(statuses), new PageRequest(first).first(),
                Cursors.registrationPosition(after)));
    }

    /** A unit's list from the DataLoader, typed as the key's type asks (the loader holds both types). */
    @SuppressWarnings("unchecked")
    private static <R extends Registration> CompletableFuture<Connection<R>> load(
            DataLoader<UnitRegistrations, Connection<Registration>> unitRegistrations, UnitRegistrations key) {
        return unitRegistrations.load(key).thenApply(c -> (Connection<R>) (Connection<?>) c);
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
                k -> Arrays.asList(k.type(), k.campaign())));
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
