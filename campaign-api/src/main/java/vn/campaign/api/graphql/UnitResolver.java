package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.campaign.api.platform.UnitQueries;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * Resolves unit codes to units in batches: every code asked for during one dispatch is read in one round
 * trip, then each is resolved to the version valid in its period, exactly as
 * {@link vn.campaign.core.unit.Units#findByCode(UnitCode, Period)} does (the version valid on the most days
 * of the period, preferring the one valid at its end).
 *
 * <p>Registers the DataLoader of {@link UnitAt} keys (named after {@link Unit}) that field mappings which
 * know their period only from the local context use; batch mappings call {@link #resolve(Map)} directly.
 */
@Component
public class UnitResolver {

    /** The widest period, for units asked for without one. */
    static final Period ALL_TIME = Period.of(LocalDate.MIN, LocalDate.MAX);

    private final UnitQueries units;

    /**
     * A resolver over the units store, registering its DataLoader.
     *
     * @param units    the units store
     * @param registry where DataLoaders are registered
     */
    public UnitResolver(UnitQueries units, BatchLoaderRegistry registry) {
        this.units = Objects.requireNonNull(units, "units");
        registry.forTypePair(UnitAt.class, Unit.class)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> resolve(keys)));
    }

    /**
     * Resolves keys in one round trip.
     *
     * @param keys the codes with their periods
     * @return the unit of each key that has one
     */
    public Map<UnitAt, Unit> resolve(Collection<UnitAt> keys) {
        Map<UnitAt, UnitAt> identity = new LinkedHashMap<>();
        keys.forEach(k -> identity.put(k, k));
        return resolve(identity);
    }

    /**
     * Resolves the unit of each of some items in one round trip.
     *
     * @param wanted each item's code and period
     * @param <K>    the item type
     * @return the unit of each item that has one
     */
    public <K> Map<K, Unit> resolve(Map<K, UnitAt> wanted) {
        List<Unit> versions = units.findAllByCodes(wanted.values().stream().map(UnitAt::code).distinct().toList());
        Map<UnitCode, List<Unit>> byCode = new HashMap<>();
        versions.forEach(u -> byCode.computeIfAbsent(u.code(), c -> new java.util.ArrayList<>()).add(u));
        Map<K, Unit> found = new LinkedHashMap<>();
        wanted.forEach((item, key) -> pick(byCode.getOrDefault(key.code(), List.of()), key.period())
                .ifPresent(unit -> found.put(item, unit)));
        return found;
    }

    /**
     * The version of a code valid in a period.
     *
     * @param versions the versions of the code, oldest first
     * @param period   the period
     * @return the version valid on the most days of the period, preferring the one valid at its end
     */
    static Optional<Unit> pick(List<Unit> versions, Period period) {
        return versions.stream().filter(u -> u.isValidDuring(period))
                .reduce((older, newer) -> newer.isValidOn(period.endsOn()) ? newer : older);
    }

    /**
     * The period a unit exists in, open ends taken as the widest.
     *
     * @param unit a unit
     * @return its validity period
     */
    static Period validity(Unit unit) {
        return Period.of(unit.validFrom() == null ? LocalDate.MIN : unit.validFrom(),
                unit.validUntil() == null ? LocalDate.MAX : unit.validUntil());
    }

    /**
     * A unit code to resolve in a period.
     *
     * @param code   the code
     * @param period the period the unit must exist in
     */
    public record UnitAt(UnitCode code, Period period) {

        /** Validates the key. */
        public UnitAt {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(period, "period");
        }
    }
}
