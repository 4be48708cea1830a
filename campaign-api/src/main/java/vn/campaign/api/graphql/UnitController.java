package vn.campaign.api.graphql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.UnitResolver.UnitAt;
import vn.campaign.api.platform.Page;
import vn.campaign.api.platform.UnitCriteria;
import vn.campaign.api.platform.UnitPosition;
import vn.campaign.api.platform.UnitQueries;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/** Units: the list, one unit by code, and a unit's id and parent. */
@Controller
public class UnitController {

    private final Units units;
    private final UnitQueries queries;
    private final UnitResolver resolver;
    private final Clock clock;

    /**
     * A controller over the units store.
     *
     * @param units    the units port
     * @param queries  the unit reads
     * @param resolver the unit resolver
     * @param clock    the clock that says what day it is
     */
    public UnitController(Units units, UnitQueries queries, UnitResolver resolver, Clock clock) {
        this.units = Objects.requireNonNull(units, "units");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A page of units.
     *
     * @param filter which units
     * @param first  how many
     * @param after  the cursor to start after
     * @return the page
     */
    @QueryMapping
    public Connection<Unit> units(@Argument Inputs.@Nullable UnitFilter filter, @Argument int first,
            @Argument @Nullable String after) {
        PageRequest size = new PageRequest(first);
        UnitPosition position = Cursors.unitPosition(after);
        UnitCriteria criteria = filter == null ? UnitCriteria.all() : filter.criteria();
        Page<Unit> page = queries.page(criteria, position, size.first());
        return Connection.of(page, u -> Cursors.of(UnitPosition.of(u)), position != null, queries.count(criteria));
    }

    /**
     * The unit with a code on a day.
     *
     * @param code the code
     * @param on   the day, today when omitted
     * @return the unit, or {@code null}
     */
    @QueryMapping
    public @Nullable Unit unit(@Argument String code, @Argument @Nullable LocalDate on) {
        if (!UnitCode.isWellFormed(code)) {
            return null;
        }
        List<Unit> versions = units.findAllByCode(new UnitCode(code));
        if (on != null) {
            return versions.stream().filter(u -> u.isValidOn(on)).findFirst().orElse(null);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Unit> current = versions.stream().filter(u -> u.isValidOn(today)).findFirst();
        return current.orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
    }

    /**
     * The global id.
     *
     * @param unit the unit
     * @return its id
     */
    @SchemaMapping(typeName = "Unit")
    public String id(Unit unit) {
        return GlobalId.of(unit);
    }

    /**
     * The parents of a batch of units, in one round trip: each the version of the parent's code valid
     * during the child's validity.
     *
     * @param children the units
     * @return each unit's parent, when it has one
     */
    @BatchMapping(typeName = "Unit")
    public Map<Unit, Unit> parent(List<Unit> children) {
        Map<Unit, UnitAt> wanted = new LinkedHashMap<>();
        children.stream().filter(u -> u.parent() != null)
                .forEach(u -> wanted.put(u, new UnitAt(Objects.requireNonNull(u.parent()), UnitResolver.validity(u))));
        return wanted.isEmpty() ? Map.of() : resolver.resolve(wanted);
    }
}
