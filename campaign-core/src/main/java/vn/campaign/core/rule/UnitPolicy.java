package vn.campaign.core.rule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.Succession;
import vn.campaign.core.unit.Unit;

/**
 * The unit exists and is valid on the campaign's dates: a code that names nothing is
 * {@link RuleCode#UNIT_UNKNOWN}; a code that named a unit only outside the campaign (merged away before
 * it, or created after it) is {@link RuleCode#UNIT_NOT_VALID}.
 *
 * <p>A unit that merged into another is {@link RuleCode#UNIT_MERGED}, naming its successor, for a registration
 * dated from the merger on (the work's planned day, the event's first day) — or, undated, for a campaign that
 * starts after it. A registration dated before the merger stays with the former unit.
 *
 * @since 0.1.0
 */
public final class UnitPolicy implements RegistrationPolicy {

    /** The policy. */
    public UnitPolicy() {
    }

    @Override
    public List<Violation> check(RegistrationCheck check) {
        if (check.unitCode().isBlank()) {
            return List.of();
        }
        if (check.unitsWithCode().isEmpty()) {
            return List.of(Violation.on(RuleCode.UNIT_UNKNOWN, "unitCode", check.unitCode()));
        }
        LocalDate day = day(check);
        boolean validDuring = check.unitsWithCode().stream().anyMatch(u -> u.isValidDuring(check.campaign().period()));
        LocalDate asOf = day != null ? day : check.campaign().period().startsOn();
        boolean validOnDay = day != null && check.unitsWithCode().stream().anyMatch(u -> u.isValidOn(day));
        if (!validOnDay && (day != null || !validDuring)) {
            Optional<Unit> merged = check.unitsWithCode().stream()
                    .filter(u -> !asOf.isBefore(mergerDay(u)))
                    .max(Comparator.comparing(UnitPolicy::mergerDay));
            if (merged.isPresent()) {
                return List.of(merged(merged.get()));
            }
        }
        return validDuring ? List.of()
                : List.of(Violation.on(RuleCode.UNIT_NOT_VALID, "unitCode", check.unitCode(), check.campaign().period()));
    }

    /**
     * The violation that a unit merged into another, naming the successor: "Xã Thạch Môn merged into Xã Đồng
     * Môn on 01/01/2020."
     *
     * @param unit a unit that merged into another
     * @return the violation, on {@code unitCode}
     * @since 0.3.0
     */
    public static Violation merged(Unit unit) {
        Succession successor = Objects.requireNonNull(unit.mergedInto(), "the unit did not merge");
        return Violation.on(RuleCode.UNIT_MERGED, "unitCode", unit.name(), successor.name(),
                successor.onText());
    }

    /** The first day of the unit's successor; the last possible day for a unit that did not merge. */
    private static LocalDate mergerDay(Unit unit) {
        Succession successor = unit.mergedInto();
        return successor == null ? LocalDate.MAX : successor.on();
    }

    private static @Nullable LocalDate day(RegistrationCheck check) {
        if (check.details() instanceof WorkDetails work) {
            return work.plannedOn();
        }
        if (check.details() instanceof EventDetails event) {
            return event.startsOn();
        }
        return null;
    }
}
