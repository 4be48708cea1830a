package vn.campaign.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.evidence.EvidencePolicy;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.CampaignOpenPolicy;
import vn.campaign.core.rule.LifecyclePolicy;
import vn.campaign.core.rule.PlaquePolicy;
import vn.campaign.core.rule.RegistrationCheck;
import vn.campaign.core.rule.RegistrationRules;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * Registers works and events, edits them, moves them along their lifecycle and awards plaques: the one
 * write path for registrations, used by the API and the importer alike.
 *
 * <p>Every method checks the rules first and stores nothing when any ERROR is found; the outcome
 * carries the violations. Writes name the version they read, so a concurrent change is reported as
 * {@link RuleCode#CONFLICT} instead of being overwritten.
 *
 * @since 0.1.0
 */
public final class RegistrationService {

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final RegistrationRules rules;
    private final Actor actor;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceCounts evidence;
    private final LifecyclePolicy lifecycle = new LifecyclePolicy();
    private final PlaquePolicy plaques = new PlaquePolicy();

    /**
     * A service over some stores.
     *
     * @param campaigns     the campaigns
     * @param units         the units
     * @param registrations the registrations
     * @param rules         the registration rules to enforce
     */
    public RegistrationService(Campaigns campaigns, Units units, Registrations registrations, RegistrationRules rules) {
        this(campaigns, units, registrations, rules, AuditLog.discarding(), Clock.systemUTC());
    }

    /**
     * A service over some stores that records every change in an audit trail.
     *
     * @param campaigns     the campaigns
     * @param units         the units
     * @param registrations the registrations
     * @param rules         the registration rules to enforce
     * @param audit         the audit trail every successful write is appended to
     * @param clock         the clock that stamps audit entries and the registrations' timelines
     */
    public RegistrationService(Campaigns campaigns, Units units, Registrations registrations, RegistrationRules rules,
            AuditLog audit, Clock clock) {
        this(campaigns, units, registrations, rules, audit, clock, EvidenceCounts.none());
    }

    /**
     * A service over some stores that records every change in an audit trail and knows the evidence attached
     * to each registration, for the campaigns whose completions require it.
     *
     * @param campaigns     the campaigns
     * @param units         the units
     * @param registrations the registrations
     * @param rules         the registration rules to enforce
     * @param audit         the audit trail every successful write is appended to
     * @param clock         the clock that stamps audit entries and the registrations' timelines
     * @param evidence      how many pieces of evidence each registration has
     */
    public RegistrationService(Campaigns campaigns, Units units, Registrations registrations, RegistrationRules rules,
            AuditLog audit, Clock clock, EvidenceCounts evidence) {
        this(campaigns, units, registrations, rules, audit, clock, evidence, Actor.system("embedded"));
    }

    private RegistrationService(Campaigns campaigns, Units units, Registrations registrations, RegistrationRules rules,
            AuditLog audit, Clock clock, EvidenceCounts evidence, Actor actor) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same service acting for someone: every call is first checked against the {@link AccessPolicy}
     * and refused with UNAUTHORIZED or FORBIDDEN when not allowed. The service made by the constructor
     * acts for the trusted program itself.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public RegistrationService as(Actor caller) {
        return new RegistrationService(campaigns, units, registrations, rules, audit, clock, evidence, caller);
    }

    /**
     * Registers a celebratory work.
     *
     * @param command what to register
     * @return the work, REGISTERED, or the violations
     */
    public Outcome<Work> registerWork(RegisterWork command) {
        return register(command.campaignCode(), command.unitCode(), command.details(),
                (campaign, unit) -> Work.register(campaign, unit, command.details(), clock.instant()));
    }

    /**
     * Registers an event.
     *
     * @param command what to register
     * @return the event, REGISTERED, or the violations
     */
    public Outcome<Event> registerEvent(RegisterEvent command) {
        return register(command.campaignCode(), command.unitCode(), command.details(),
                (campaign, unit) -> Event.register(campaign, unit, command.details(), clock.instant()));
    }

    /**
     * Registers a work, or updates the one the unit already registered under the same name (once
     * folded): how the importer makes re-importing a file idempotent.
     *
     * @param command what to register
     * @return the work with what happened to it, or the violations
     */
    public Outcome<Saved<Work>> registerOrUpdateWork(RegisterWork command) {
        Optional<Registration> existing = findByKey(command.campaignCode(), command.unitCode(), command.details());
        if (existing.isEmpty()) {
            return registerWork(command).map(w -> new Saved<>(w, Saved.Change.CREATED));
        }
        if (!(existing.get() instanceof Work work)) {
            return Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", command.unitCode(),
                    existing.get().name())));
        }
        return upsert(work, command.details()).map(s -> new Saved<>((Work) s.registration(), s.change()));
    }

    /**
     * Registers an event, or updates the one the unit already registered under the same name.
     *
     * @param command what to register
     * @return the event with what happened to it, or the violations
     */
    public Outcome<Saved<Event>> registerOrUpdateEvent(RegisterEvent command) {
        Optional<Registration> existing = findByKey(command.campaignCode(), command.unitCode(), command.details());
        if (existing.isEmpty()) {
            return registerEvent(command).map(e -> new Saved<>(e, Saved.Change.CREATED));
        }
        if (!(existing.get() instanceof Event event)) {
            return Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", command.unitCode(),
                    existing.get().name())));
        }
        return upsert(event, command.details()).map(s -> new Saved<>((Event) s.registration(), s.change()));
    }

    /**
     * Replaces the details of a work or an event that can still be edited (registered or approved).
     *
     * @param command the id, the version read and the new details
     * @return the registration with the next version, or the violations
     */
    public Outcome<Registration> update(UpdateRegistration command) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !sameType(found.get(), command.details())) {
            return notFound(command.id());
        }
        return update(found.get(), command.expectedVersion(), Outcome.success(command.details(), List.of()));
    }

    /**
     * Changes some fields of a work that can still be edited, keeping the others: the changes are merged into
     * the details stored at the version read, and the result is written only if that version is still stored.
     *
     * @param command the id, the version read and the changes
     * @return the work with the next version, or the violations (NOT_FOUND when no work has the id)
     */
    public Outcome<Work> updateWork(UpdateWork command) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !(found.get() instanceof Work stored)) {
            return notFound(command.id());
        }
        return update(stored, command.expectedVersion(), command.changes().applyTo(stored.details()))
                .map(Work.class::cast);
    }

    /**
     * Changes some fields of an event that can still be edited, keeping the others: the changes are merged
     * into the details stored at the version read, and the result is written only if that version is still
     * stored.
     *
     * @param command the id, the version read and the changes
     * @return the event with the next version, or the violations (NOT_FOUND when no event has the id)
     */
    public Outcome<Event> updateEvent(UpdateEvent command) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !(found.get() instanceof Event stored)) {
            return notFound(command.id());
        }
        return update(stored, command.expectedVersion(), command.changes().applyTo(stored.details()))
                .map(Event.class::cast);
    }

    /** Checks access, state and version, then the new details (merged from the stored ones), then writes. */
    private Outcome<Registration> update(Registration stored, long expectedVersion,
            Outcome<? extends RegistrationDetails> merged) {
        List<Violation> denied = AccessPolicy.edit(actor, stored);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (!stored.status().isEditable()) {
            return Outcome.failure(List.of(Violation.of(RuleCode.NOT_EDITABLE, List.of(), stored.status())));
        }
        if (stored.version() != expectedVersion) {
            return conflict(stored.version(), expectedVersion);
        }
        if (!merged.isSuccess()) {
            return Outcome.failure(merged.violations());
        }
        RegistrationDetails details = merged.value();
        Campaign campaign = campaigns.findByCode(stored.campaign()).orElseThrow();
        List<Violation> violations = rules.check(new RegistrationCheck(campaign, stored.unit().value(),
                units.findAllByCode(stored.unit()), details, stored.id(),
                sameName(stored.campaign(), stored.unit(), details).orElse(null)));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        Instant now = clock.instant();
        Registration changed = stored instanceof Work w ? w.withDetails((WorkDetails) details, now)
                : ((Event) stored).withDetails((EventDetails) details, now);
        return write(AuditAction.UPDATE, stored, changed, expectedVersion, violations);
    }

    /**
     * Replaces the details of a work or an event found by its id, when they differ: how the importer
     * applies a row of an exported file that carries the registration's id and version. The same checks as
     * {@link #update} (access, version, editable status, rules), in this order, except that details equal to
     * the stored ones write nothing and need no editable status. A stale version is a
     * {@link RuleCode#CONFLICT} even when the details are equal, so that a row read before someone else's
     * change is never taken as agreeing with it.
     *
     * @param command the id, the version read and the details wanted, whole
     * @return the registration with what happened to it (UPDATED with the next version, or UNCHANGED), or
     *         the violations
     * @since 0.1.0
     */
    public Outcome<Saved<Registration>> updateIfChanged(UpdateRegistration command) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !sameType(found.get(), command.details())) {
            return notFound(command.id());
        }
        Registration stored = found.get();
        List<Violation> denied = AccessPolicy.edit(actor, stored);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (stored.version() != command.expectedVersion()) {
            return conflict(stored.version(), command.expectedVersion());
        }
        RegistrationDetails current = stored instanceof Work w ? w.details() : ((Event) stored).details();
        if (current.equals(command.details())) {
            return Outcome.success(new Saved<>(stored, Saved.Change.UNCHANGED), List.of());
        }
        return update(command).map(r -> new Saved<>(r, Saved.Change.UPDATED));
    }

    /**
     * Approves, rejects, completes or cancels a work or an event.
     *
     * @param command the id, the version read, the status wanted and its reason or day
     * @return the registration in its new status, or the violations
     */
    public Outcome<Registration> changeStatus(ChangeStatus command) {
        return changeStatus(command, Registration.class);
    }

    /**
     * Approves, rejects, completes or cancels a work.
     *
     * @param command the id, the version read, the status wanted and its reason or day
     * @return the work in its new status, or the violations (NOT_FOUND when no work has the id)
     */
    public Outcome<Work> changeWorkStatus(ChangeStatus command) {
        return changeStatus(command, Work.class);
    }

    /**
     * Approves, rejects, completes or cancels an event.
     *
     * @param command the id, the version read, the status wanted and its reason or day
     * @return the event in its new status, or the violations (NOT_FOUND when no event has the id)
     */
    public Outcome<Event> changeEventStatus(ChangeStatus command) {
        return changeStatus(command, Event.class);
    }

    private <R extends Registration> Outcome<R> changeStatus(ChangeStatus command, Class<R> type) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !type.isInstance(found.get())) {
            return notFound(command.id());
        }
        Registration stored = found.get();
        List<Violation> denied = AccessPolicy.change(actor, stored, command.target());
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (stored.version() != command.expectedVersion()) {
            return conflict(stored.version(), command.expectedVersion());
        }
        Campaign campaign = campaigns.findByCode(stored.campaign()).orElseThrow();
        List<Violation> violations = new ArrayList<>(lifecycle.check(campaign, stored, command.target(),
                command.reason(), command.actualOn()));
        violations.addAll(EvidencePolicy.completion(campaign, stored, command.target(), evidence));
        violations.addAll(CampaignOpenPolicy.changeAfterClosing(campaign, LocalDate.now(clock),
                command.target() == RegistrationStatus.COMPLETED));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        // The change keeps only its own data (a rejection's reason, a completion's day): a rule of the record.
        Registration changed = stored.withStatus(command.target(), command.reason(), command.actualOn(),
                clock.instant());
        AuditAction action = switch (command.target()) {
            case APPROVED -> AuditAction.APPROVE;
            case REJECTED -> AuditAction.REJECT;
            case COMPLETED -> AuditAction.COMPLETE;
            case CANCELLED -> AuditAction.CANCEL;
            case REGISTERED -> AuditAction.UPDATE;
        };
        return write(action, stored, changed, command.expectedVersion(), violations).map(type::cast);
    }

    /**
     * Awards a commemorative plaque to an approved work.
     *
     * @param command the work, the version read and who awards it
     * @return the work carrying its plaque, or the violations
     */
    public Outcome<Work> awardPlaque(AwardPlaque command) {
        List<Violation> denied = AccessPolicy.awardPlaque(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Registration> found = find(command.workId());
        if (found.isEmpty() || !(found.get() instanceof Work work)) {
            return notFound(command.workId());
        }
        if (work.version() != command.expectedVersion()) {
            return conflict(work.version(), command.expectedVersion());
        }
        Campaign campaign = campaigns.findByCode(work.campaign()).orElseThrow();
        List<Violation> violations = new ArrayList<>(UnitCode.isWellFormed(command.awardedBy())
                ? plaques.check(campaign, work, new UnitCode(command.awardedBy()))
                : List.of(Violation.on(RuleCode.PLAQUE_NOT_BY_CITY, "awardedBy", campaign.organiser())));
        violations.addAll(CampaignOpenPolicy.changeAfterClosing(campaign, LocalDate.now(clock), false));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        return write(AuditAction.AWARD_PLAQUE, work, work.withPlaqueAwarded(clock.instant()),
                command.expectedVersion(), violations)
                .map(r -> (Work) r);
    }

    private <R extends Registration> Outcome<R> register(String campaignCode, String unitCode,
            RegistrationDetails details, BiFunction<CampaignCode, UnitCode, R> factory) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, unitCode);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> campaign = campaign(campaignCode);
        if (campaign.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", campaignCode)));
        }
        boolean wellFormed = UnitCode.isWellFormed(unitCode);
        List<Unit> unitsWithCode = wellFormed ? units.findAllByCode(new UnitCode(unitCode)) : List.of();
        Registration sameName = wellFormed ? sameName(campaign.get().code(), new UnitCode(unitCode), details)
                .orElse(null) : null;
        List<Violation> violations = rules.check(
                new RegistrationCheck(campaign.get(), unitCode, unitsWithCode, details, null, sameName));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        R registration = factory.apply(campaign.get().code(), new UnitCode(unitCode));
        return switch (registrations.insert(registration)) {
            case DONE -> {
                record(AuditAction.REGISTER, null, registration);
                yield Outcome.success(registration, violations);
            }
            default -> Outcome.failure(List.of(
                    Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", unitCode, registration.name())));
        };
    }

    private Outcome<Saved<Registration>> upsert(Registration stored, RegistrationDetails details) {
        RegistrationDetails current = stored instanceof Work w ? w.details() : ((Event) stored).details();
        if (current.equals(details)) {
            return Outcome.success(new Saved<>(stored, Saved.Change.UNCHANGED), List.of());
        }
        return update(new UpdateRegistration(stored.id().value(), stored.version(), details))
                .map(r -> new Saved<>(r, Saved.Change.UPDATED));
    }

    private Optional<Registration> findByKey(String campaignCode, String unitCode, RegistrationDetails details) {
        if (!CampaignCode.isWellFormed(campaignCode) || !UnitCode.isWellFormed(unitCode)) {
            return Optional.empty();
        }
        return sameName(new CampaignCode(campaignCode), new UnitCode(unitCode), details);
    }

    /** The registration of the unit under the same name, if any; none for a blank name, which is never stored. */
    private Optional<Registration> sameName(CampaignCode campaign, UnitCode unit, RegistrationDetails details) {
        String folded = VietnameseText.fold(details.name());
        return folded.isBlank() ? Optional.empty()
                : registrations.findByNaturalKey(new NaturalKey(campaign, unit, folded));
    }

    private Optional<Campaign> campaign(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findByCode(new CampaignCode(code)) : Optional.empty();
    }

    private Optional<Registration> find(String id) {
        return RegistrationId.isWellFormed(id) ? registrations.findById(new RegistrationId(id)) : Optional.empty();
    }

    private Outcome<Registration> write(AuditAction action, Registration before, Registration changed,
            long expectedVersion, List<Violation> warnings) {
        return switch (registrations.update(changed, expectedVersion)) {
            case DONE -> {
                record(action, before, changed);
                yield Outcome.success(changed, warnings);
            }
            case CONFLICT -> conflict(registrations.findById(changed.id()).map(Registration::version).orElse(-1L),
                    expectedVersion);
            case DUPLICATE -> Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name",
                    changed.unit().value(), changed.name())));
            case NOT_FOUND -> notFound(changed.id().value());
        };
    }

    private void record(AuditAction action, @Nullable Registration before, Registration after) {
        if (!audit.keepsEntries()) {
            return;
        }
        // the entry carries the instant the registration's timeline was stamped with, so the two agree
        Instant at = after.timeline().updatedAt();
        audit.append(new AuditEntry(at != null ? at : clock.instant(), actor.subject(), action,
                after instanceof Work ? "Work" : "Event", after.id().value(),
                before == null ? null : Snapshots.of(before), Snapshots.of(after)));
    }

    private static boolean sameType(Registration r, RegistrationDetails details) {
        return r instanceof Work ? details instanceof WorkDetails : details instanceof EventDetails;
    }

    private static boolean hasError(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }

    private static <T> Outcome<T> notFound(String id) {
        return Outcome.failure(List.of(Violation.on(RuleCode.NOT_FOUND, "id", id)));
    }

    private static <T> Outcome<T> conflict(long current, long expected) {
        return Outcome.failure(List.of(Violation.on(RuleCode.CONFLICT, "expectedVersion", current, expected)));
    }
}
