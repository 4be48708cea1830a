package vn.campaign.core.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Succession;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * Defines, renames and merges units: the wards and communes of the city with their lineage, and the
 * organisations under them. Only a city administrator (or the program itself) may; every change is
 * recorded in the audit trail.
 *
 * <p>A unit is identified by its code and first day: a code may be reused once the unit that carried it
 * has ended (18103 was Xã Thạch Môn, then Xã Đồng Môn). A merger ends each unit merged away the day before
 * it and records its successor ({@link Unit#mergedInto()}); registrations already made stay with the unit
 * they were made for.
 *
 * @since 0.3.0
 */
public final class UnitAdministration {

    /** The audit trail's kind of object for units. */
    public static final String OBJECT_TYPE = "Unit";

    private final Units units;
    private final AuditLog audit;
    private final Clock clock;
    private final Actor actor;

    /**
     * The service over a store, acting for the program itself.
     *
     * @param units the units
     * @param audit the audit trail every change is appended to
     * @param clock the clock that stamps audit entries and decides "today"
     */
    public UnitAdministration(Units units, AuditLog audit, Clock clock) {
        this(units, audit, clock, Actor.system("embedded"));
    }

    private UnitAdministration(Units units, AuditLog audit, Clock clock, Actor actor) {
        this.units = Objects.requireNonNull(units, "units");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same service acting for someone, whom the access policy checks first.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public UnitAdministration as(Actor caller) {
        return new UnitAdministration(units, audit, clock, caller);
    }

    /**
     * Adds a unit, or an organisation under its parent.
     *
     * @param command the unit
     * @return the unit as stored, or the violations
     */
    public Outcome<Unit> define(DefineUnit command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        List<Violation> found = new ArrayList<>();
        if (!UnitCode.isWellFormed(command.code())) {
            found.add(Violation.on(RuleCode.DEFINITION_INVALID, "code",
                    "a unit code is 1 to 40 letters, digits, '.', '-' or '_', got '" + command.code() + "'"));
        }
        if (VietnameseText.normalize(command.name()).isEmpty()) {
            found.add(Violation.on(RuleCode.REQUIRED, "name", "name"));
        }
        LocalDate asOf = command.validFrom() != null ? command.validFrom() : today();
        String parentCode = command.parentCode();
        if (parentCode == null || parentCode.isBlank()) {
            if (!command.kind().isTerritorial()) {
                found.add(Violation.on(RuleCode.REQUIRED, "parentCode", "parentCode"));
            }
            parentCode = null;
        } else if (!UnitCode.isWellFormed(parentCode)
                || units.findByCode(new UnitCode(parentCode), asOf).isEmpty()) {
            found.add(Violation.on(RuleCode.UNIT_NOT_VALID_ON, "parentCode", parentCode, asOf));
        }
        if (!found.isEmpty()) {
            return Outcome.failure(found);
        }
        UnitCode code = new UnitCode(command.code());
        LocalDate from = command.validFrom();
        Optional<Unit> holder = units.findAllByCode(code).stream()
                .filter(u -> from == null || u.validUntil() == null || !u.validUntil().isBefore(from)).findFirst();
        if (holder.isPresent()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.UNIT_CODE_TAKEN, "code", code, holder.get().name())));
        }
        Unit unit = new Unit(code, command.name(), command.kind(), parentCode == null ? null : new UnitCode(parentCode),
                command.validFrom(), null);
        units.save(unit);
        record(AuditAction.DEFINE_UNIT, null, unit);
        return Outcome.success(unit, List.of());
    }

    /**
     * Renames the unit that carries a code on a day.
     *
     * @param command the unit and its new name
     * @return the renamed unit, or the violations
     */
    public Outcome<Unit> rename(RenameUnit command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        LocalDate on = command.on() != null ? command.on() : today();
        Optional<Unit> unit = unitOn(command.code(), on);
        if (unit.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.UNIT_NOT_VALID_ON, "code", command.code(), on)));
        }
        if (VietnameseText.normalize(command.name()).isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.REQUIRED, "name", "name")));
        }
        Unit renamed = unit.get().withName(command.name());
        units.save(renamed);
        record(AuditAction.RENAME_UNIT, unit.get(), renamed);
        return Outcome.success(renamed, List.of());
    }

    /**
     * Merges units into another from a day on.
     *
     * @param command the units merged away, the successor and the day
     * @return the successor, or the violations
     */
    public Outcome<Unit> merge(MergeUnits command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        LocalDate dayBefore = command.on().minusDays(1);
        List<Violation> found = new ArrayList<>();
        if (command.from().isEmpty()) {
            found.add(Violation.on(RuleCode.REQUIRED, "from", "from"));
        }
        Optional<Unit> into = unitOn(command.into(), command.on());
        if (into.isEmpty()) {
            found.add(Violation.on(RuleCode.UNIT_NOT_VALID_ON, "into", command.into(), command.on()));
        }
        List<Unit> merged = new ArrayList<>();
        for (int i = 0; i < command.from().size(); i++) {
            String code = command.from().get(i);
            FieldPath field = FieldPath.of("from", String.valueOf(i));
            Optional<Unit> unit = unitOn(code, dayBefore);
            if (unit.isEmpty()) {
                found.add(Violation.of(RuleCode.UNIT_NOT_VALID_ON, field, code, dayBefore));
            } else if (into.isPresent() && sameUnit(unit.get(), into.get())) {
                found.add(Violation.of(RuleCode.MERGE_INTO_ITSELF, field, code));
            } else if (merged.stream().anyMatch(m -> sameUnit(m, unit.get()))) {
                found.add(Violation.of(RuleCode.DEFINITION_INVALID, field, "unit " + code + " is named twice"));
            } else {
                merged.add(unit.get());
            }
        }
        if (!found.isEmpty() || into.isEmpty()) {
            return Outcome.failure(found);
        }
        Succession successor = new Succession(into.get().code(), into.get().name(), command.on());
        List<Unit> ended = merged.stream().map(u -> u.mergingInto(successor)).toList();
        units.saveAll(ended);
        for (int i = 0; i < ended.size(); i++) {
            record(AuditAction.MERGE_UNIT, merged.get(i), ended.get(i));
        }
        return Outcome.success(into.get(), List.of());
    }

    private Optional<Unit> unitOn(String code, LocalDate day) {
        return UnitCode.isWellFormed(code) ? units.findByCode(new UnitCode(code), day) : Optional.empty();
    }

    private static boolean sameUnit(Unit a, Unit b) {
        return a.code().equals(b.code()) && Objects.equals(a.validFrom(), b.validFrom());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void record(AuditAction action, @Nullable Unit before, Unit after) {
        audit.append(new AuditEntry(clock.instant(), actor.subject(), action, OBJECT_TYPE, objectId(after),
                before == null ? null : snapshot(before), snapshot(after)));
    }

    /**
     * The id the audit trail gives a unit: its code and first day, {@code 18103@2020-01-01} ({@code 18070@}
     * when the first day is unknown).
     *
     * @param unit a unit
     * @return the id
     */
    public static String objectId(Unit unit) {
        return unit.code().value() + "@" + (unit.validFrom() == null ? "" : unit.validFrom().toString());
    }

    private static Map<String, String> snapshot(Unit u) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", u.code().value());
        m.put("name", u.name());
        m.put("kind", u.kind().name());
        put(m, "parent", u.parent() == null ? null : u.parent().value());
        put(m, "validFrom", u.validFrom());
        put(m, "validUntil", u.validUntil());
        Succession s = u.mergedInto();
        if (s != null) {
            m.put("mergedInto", s.code().value());
            m.put("mergedOn", s.on().toString());
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, @Nullable Object value) {
        if (value != null) {
            m.put(key, String.valueOf(value));
        }
    }
}
