package vn.campaign.core.unit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Units kept in memory, for embedders and tests. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryUnits implements Units {

    private static final Comparator<Unit> ORDER = Comparator.comparing((Unit u) -> u.code().value())
            .thenComparing(u -> u.validFrom() == null ? java.time.LocalDate.MIN : u.validFrom());

    private final List<Unit> units = new CopyOnWriteArrayList<>();

    /** An empty store. */
    public InMemoryUnits() {
    }

    @Override
    public List<Unit> findAllByCode(UnitCode code) {
        return units.stream().filter(u -> u.code().equals(code)).sorted(ORDER).toList();
    }

    @Override
    public List<Unit> findAll() {
        return units.stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized void save(Unit unit) {
        units.removeIf(u -> u.code().equals(unit.code()) && Objects.equals(u.validFrom(), unit.validFrom()));
        units.add(unit);
    }
}
