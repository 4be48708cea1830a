package vn.campaign.core.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.audit.AuditedRegistrations;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.evidence.EvidencePolicy;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.ReviewDecision;
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
 * <p>Approving, rejecting and returning are decisions at the review step a registration waits for under its
 * campaign's {@code ReviewProcess}: the step's role or the city administrator decides, an approval before the
 * last step keeps it REGISTERED, and every decision is appended to its reviews. A unit officer's change to an
 * approved registration sends it back to review from the first step (or is refused, as the campaign says); the
 * city administrator's keeps the approval.
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
    private final AuditedRegistrations audited;
    private final RegistrationRules rules;
    private final Actor actor;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceCounts evidence;
    private final RegistrationEvents events;
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
        this(campaigns, units, registrations, rules, audit, clock, evidence, Actor.system("embedded"),
                RegistrationEvents.none());
    }

    private RegistrationService(Campaigns campaigns, Units units, Registrations registrations, RegistrationRules rules,
            AuditLog audit, Clock clock, EvidenceCounts evidence, Actor actor, RegistrationEvents events) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audited = AuditedRegistrations.over(registrations, audit);
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * The same service telling listeners of every registration it stores, after the store accepted it.
     *
     * @param listeners where stored changes go
     * @return the service publishing to them
     * @since 0.4.0
     */
    public RegistrationService publishingTo(RegistrationEvents listeners) {
        return new RegistrationService(campaigns, units, registrations, rules, audit, clock, evidence, actor, listeners);
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
        return new RegistrationService(campaigns, units, registrations, rules, audit, clock, evidence, caller, events);
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
        List<Registration> sameName = allOfName(command.campaignCode(), command.unitCode(), command.details());
        Optional<Registration> existing = sameName.stream().filter(r -> r.status().isLive()).findFirst();
        if (existing.isEmpty()) {
            Optional<Work> ended = endedAlike(sameName, command.details(), Work.class);
            if (ended.isPresent()) {
                return Outcome.success(new Saved<>(ended.get(), Saved.Change.UNCHANGED), List.of());
            }
            Outcome<Work> registered = registerWork(command);
            // lost a race on the natural key to a concurrent writer: update what it stored instead
            existing = lostRace(registered) ? allOfName(command.campaignCode(), command.unitCode(), command.details())
                    .stream().filter(r -> r.status().isLive()).findFirst() : Optional.empty();
            if (existing.isEmpty()) {
                return registered.map(w -> new Saved<>(w, Saved.Change.CREATED));
            }
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
        List<Registration> sameName = allOfName(command.campaignCode(), command.unitCode(), command.details());
        Optional<Registration> existing = sameName.stream().filter(r -> r.status().isLive()).findFirst();
        if (existing.isEmpty()) {
            Optional<Event> ended = endedAlike(sameName, command.details(), Event.class);
            if (ended.isPresent()) {
                return Outcome.success(new Saved<>(ended.get(), Saved.Change.UNCHANGED), List.of());
            }
            Outcome<Event> registered = registerEvent(command);
            // lost a race on the natural key to a concurrent writer: update what it stored instead
            existing = lostRace(registered) ? allOfName(command.campaignCode(), command.unitCode(), command.details())
                    .stream().filter(r -> r.status().isLive()).findFirst() : Optional.empty();
            if (existing.isEmpty()) {
                return registered.map(e -> new Saved<>(e, Saved.Change.CREATED));
            }
        }
        if (!(existing.get() instanceof Event event)) {
            return Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", command.unitCode(),
                    existing.get().name())));
        }
        return upsert(event, command.details()).map(s -> new Saved<>((Event) s.registration(), s.change()));
    }

    /**
     * Registers or updates many works and events, with the same outcome for each as {@link #registerOrUpdateWork}
     * or {@link #registerOrUpdateEvent} called one after the other — the same checks, the same violations, each
     * command all-or-nothing — but in few round trips: the registrations already kept under the commands'
     * natural keys are read in one query, and the new registrations are written in one batch of independent
     * inserts, each with its audit entry in the same write. A command whose natural key was taken meanwhile, by a
     * concurrent writer or by an earlier command of the batch, is then applied to what is kept, as the single
     * call does after losing that race.
     *
     * @param commands the works and events to register or update, in order
     * @return what became of each command, in the same order: the registration as stored with what happened to
     *         it, or the violations
     * @since 0.4.0
     */
    public List<Outcome<Saved<Registration>>> registerOrUpdateAll(List<? extends Registering> commands) {
        int count = commands.size();
        List<@Nullable Outcome<Saved<Registration>>> outcomes = new ArrayList<>(count);
        // each command's key worked out once (folding the name is most of it), and the keys read in one query
        List<@Nullable NaturalKey> keys = new ArrayList<>(count);
        Set<NaturalKey> distinct = new LinkedHashSet<>();
        for (Registering command : commands) {
            NaturalKey key = naturalKey(command).orElse(null);
            keys.add(key);
            if (key != null) {
                distinct.add(key);
            }
        }
        Map<NaturalKey, List<Registration>> sameNames = registrations.findAllByNaturalKeys(distinct);
        BatchReads reads = new BatchReads();
        List<Registration> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        List<List<Violation>> freshWarnings = new ArrayList<>();
        Set<NaturalKey> claimed = new HashSet<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Registering command = commands.get(i);
            outcomes.add(null);
            Optional<NaturalKey> key = Optional.ofNullable(keys.get(i));
            List<Registration> sameName = key.map(k -> sameNames.getOrDefault(k, List.of())).orElse(List.of());
            Registration existing = sameName.stream().filter(r -> r.status().isLive()).findFirst().orElse(null);
            if (existing != null) {
                outcomes.set(i, saveOver(command, existing));
            } else if (!sameName.isEmpty()) {
                later.add(i); // only ended registrations of the name: the single call decides (unchanged or anew)
            } else if (key.isPresent() && claimed.contains(key.get())) {
                later.add(i); // an earlier command of the batch registers this key: apply this one to it after
            } else {
                Outcome<? extends Registration> prepared = command instanceof RegisterWork w
                        ? prepare(w.campaignCode(), w.unitCode(), w.details(),
                                (c, u) -> Work.register(c, u, w.details(), clock.instant()), reads)
                        : prepare(command.campaignCode(), command.unitCode(), command.details(),
                                (c, u) -> Event.register(c, u, ((RegisterEvent) command).details(), clock.instant()),
                                reads);
                if (prepared.isSuccess()) {
                    fresh.add(prepared.value());
                    freshAt.add(i);
                    freshWarnings.add(prepared.violations());
                    key.ifPresent(claimed::add);
                } else {
                    outcomes.set(i, Outcome.failure(prepared.violations()));
                }
            }
        }
        List<@Nullable AuditEntry> entries = new ArrayList<>(fresh.size());
        for (Registration registration : fresh) {
            entries.add(entry(AuditAction.REGISTER, null, registration));
        }
        // each registration and its entry in one write, the batch in one round trip where the store can
        List<Registrations.WriteResult> written = fresh.isEmpty() ? List.of() : audited.insertAll(fresh, entries);
        for (int j = 0; j < fresh.size(); j++) {
            Registration registration = fresh.get(j);
            if (written.get(j) == Registrations.WriteResult.DONE) {
                events.stored(new StoredChange(null, registration));
                outcomes.set(freshAt.get(j), Outcome.success(new Saved<>(registration, Saved.Change.CREATED),
                        freshWarnings.get(j)));
            } else {
                later.add(freshAt.get(j)); // lost the key to a concurrent writer: look again
            }
        }
        later.sort(null);
        for (int i : later) {
            outcomes.set(i, registerOrUpdate(commands.get(i)));
        }
        List<Outcome<Saved<Registration>>> all = new ArrayList<>(count);
        for (Outcome<Saved<Registration>> outcome : outcomes) {
            all.add(Objects.requireNonNull(outcome, "every command has an outcome"));
        }
        return all;
    }

    private Outcome<Saved<Registration>> registerOrUpdate(Registering command) {
        return command instanceof RegisterWork w
                ? registerOrUpdateWork(w).map(s -> new Saved<Registration>(s.registration(), s.change()))
                : registerOrUpdateEvent((RegisterEvent) command)
                        .map(s -> new Saved<Registration>(s.registration(), s.change()));
    }

    /** A command applied to the registration kept under its natural key, as registerOrUpdate does. */
    private Outcome<Saved<Registration>> saveOver(Registering command, Registration existing) {
        if (command instanceof RegisterWork ? !(existing instanceof Work) : !(existing instanceof Event)) {
            return Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", command.unitCode(),
                    existing.name())));
        }
        return upsert(existing, command.details());
    }

    private static Optional<NaturalKey> naturalKey(Registering command) {
        if (!CampaignCode.isWellFormed(command.campaignCode()) || !UnitCode.isWellFormed(command.unitCode())) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(command.details().name());
        return folded.isBlank() ? Optional.empty()
                : Optional.of(new NaturalKey(new CampaignCode(command.campaignCode()),
                        new UnitCode(command.unitCode()), folded));
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
        if (reopens(stored, details)) {
            List<Violation> refused = approvedChangeRefused(campaign, stored);
            if (!refused.isEmpty()) {
                return Outcome.failure(refused);
            }
        }
        List<Violation> violations = rules.check(new RegistrationCheck(campaign, stored.unit().value(),
                units.findAllByCode(stored.unit()), details, stored.id(),
                sameName(stored.campaign(), stored.unit(), details).orElse(null)));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        Instant now = clock.instant();
        if (reopens(stored, details)) {
            // a unit's change to an approved registration sends it back to review, from the first step
            Registration reopened = stored instanceof Work w
                    ? w.reopened((WorkDetails) details, campaign.review(), actor.subject(), now)
                    : ((Event) stored).reopened((EventDetails) details, campaign.review(), actor.subject(), now);
            return write(AuditAction.REOPEN, stored, reopened, expectedVersion, violations);
        }
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
        return changeStatus(command, type, true);
    }

    /**
     * Checks access, version and lifecycle, then changes the status. {@code reopenApproved} says whether
     * REGISTERED asked of an APPROVED registration sends it back to review ({@link #changeStatus}) or is an
     * ILLEGAL_TRANSITION (a resubmission, which only a RETURNED registration takes).
     */
    private <R extends Registration> Outcome<R> changeStatus(ChangeStatus command, Class<R> type,
            boolean reopenApproved) {
        Optional<Registration> found = find(command.id());
        if (found.isEmpty() || !type.isInstance(found.get())) {
            return notFound(command.id());
        }
        Registration stored = found.get();
        RegistrationStatus target = command.target();
        boolean review = isReviewDecision(target);
        List<Violation> denied = review ? AccessPolicy.review(actor, target)
                : AccessPolicy.change(actor, stored, target);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (stored.version() != command.expectedVersion()) {
            return conflict(stored.version(), command.expectedVersion());
        }
        Campaign campaign = campaigns.findByCode(stored.campaign()).orElseThrow();
        List<Violation> violations = new ArrayList<>(lifecycle.check(campaign, stored, target, command.reason(),
                command.actualOn()));
        violations.addAll(EvidencePolicy.completion(campaign, stored, target, evidence));
        violations.addAll(CampaignOpenPolicy.changeAfterClosing(campaign, LocalDate.now(clock),
                target == RegistrationStatus.COMPLETED));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        Instant now = clock.instant();
        Registration changed;
        AuditAction action;
        if (review) {
            ReviewProcess process = campaign.review();
            ReviewStep step = stored.reviews().pendingStep(process);
            if (!AccessPolicy.decidesAt(actor, step)) {
                return Outcome.failure(List.of(Violation.of(RuleCode.REVIEW_STEP_NOT_YOURS, List.of(), step,
                        actor instanceof Actor.User user ? user.role() : actor.subject())));
            }
            changed = stored.reviewed(process, decisionFor(target), command.reason(), actor.subject(), now);
            action = switch (changed.status()) {
                case APPROVED -> AuditAction.APPROVE;
                case REJECTED -> AuditAction.REJECT;
                case RETURNED -> AuditAction.RETURN;
                default -> AuditAction.APPROVE_STEP;
            };
        } else if (target == RegistrationStatus.REGISTERED && stored.status() == RegistrationStatus.APPROVED) {
            if (!reopenApproved) {
                return Outcome.failure(List.of(Violation.of(RuleCode.ILLEGAL_TRANSITION, List.of(), stored.status(),
                        target)));
            }
            List<Violation> refused = approvedChangeRefused(campaign, stored);
            if (!refused.isEmpty()) {
                return Outcome.failure(refused);
            }
            changed = stored.reopened(campaign.review(), actor.subject(), now);
            action = AuditAction.REOPEN;
        } else {
            // The change keeps only its own data (a reason, a completion's day): a rule of the record.
            changed = stored.withStatus(target, command.reason(), command.actualOn(), now);
            action = switch (target) {
                case COMPLETED -> AuditAction.COMPLETE;
                case CANCELLED -> AuditAction.CANCEL;
                case REGISTERED -> AuditAction.RESUBMIT;
                case APPROVED, REJECTED, RETURNED -> throw new IllegalStateException("a review decision: " + target);
            };
        }
        return write(action, stored, changed, command.expectedVersion(), violations).map(type::cast);
    }

    /**
     * Returns a registered work to its unit for more information: for the reviewer of the step it waits for
     * (or the city administrator).
     *
     * @param command the id, the version read and the reason ({@link ChangeStatus#returnForInformation})
     * @return the work, RETURNED, or the violations
     * @since 0.3.0
     */
    public Outcome<Work> returnWork(ChangeStatus command) {
        return changeStatus(requireTarget(command, RegistrationStatus.RETURNED), Work.class);
    }

    /**
     * Returns a registered event to its unit for more information.
     *
     * @param command the id, the version read and the reason
     * @return the event, RETURNED, or the violations
     * @since 0.3.0
     */
    public Outcome<Event> returnEvent(ChangeStatus command) {
        return changeStatus(requireTarget(command, RegistrationStatus.RETURNED), Event.class);
    }

    /**
     * Resubmits a returned work for review, from the first step: for its unit (or the city administrator).
     *
     * @param command the id and the version read ({@link ChangeStatus#resubmit})
     * @return the work, REGISTERED, or the violations (ILLEGAL_TRANSITION when it is not RETURNED)
     * @since 0.3.0
     */
    public Outcome<Work> resubmitWork(ChangeStatus command) {
        return resubmit(command, Work.class);
    }

    /**
     * Resubmits a returned event for review, from the first step.
     *
     * @param command the id and the version read
     * @return the event, REGISTERED, or the violations (ILLEGAL_TRANSITION when it is not RETURNED)
     * @since 0.3.0
     */
    public Outcome<Event> resubmitEvent(ChangeStatus command) {
        return resubmit(command, Event.class);
    }

    private <R extends Registration> Outcome<R> resubmit(ChangeStatus command, Class<R> type) {
        return changeStatus(requireTarget(command, RegistrationStatus.REGISTERED), type, false);
    }

    private static ChangeStatus requireTarget(ChangeStatus command, RegistrationStatus target) {
        if (command.target() != target) {
            throw new IllegalArgumentException("expected a command for " + target + ", got " + command.target());
        }
        return command;
    }

    private static boolean isReviewDecision(RegistrationStatus target) {
        return target == RegistrationStatus.APPROVED || target == RegistrationStatus.REJECTED
                || target == RegistrationStatus.RETURNED;
    }

    private static ReviewDecision decisionFor(RegistrationStatus target) {
        return switch (target) {
            case APPROVED -> ReviewDecision.APPROVED;
            case REJECTED -> ReviewDecision.REJECTED;
            case RETURNED -> ReviewDecision.RETURNED;
            default -> throw new IllegalArgumentException("not a review decision: " + target);
        };
    }

    /** Why a unit may not send an approved registration back to review: the campaign refuses, or a plaque. */
    private static List<Violation> approvedChangeRefused(Campaign campaign, Registration stored) {
        if (campaign.review().approvedChanges() == ApprovedChanges.REFUSE) {
            return List.of(Violation.of(RuleCode.APPROVED_CHANGE_REFUSED, List.of()));
        }
        if (stored instanceof Work w && w.plaqueAwarded()) {
            return List.of(Violation.of(RuleCode.PLAQUE_WORK_CHANGE_REFUSED, List.of()));
        }
        return List.of();
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
        Outcome<R> prepared = prepare(campaignCode, unitCode, details, factory);
        if (!prepared.isSuccess()) {
            return prepared;
        }
        R registration = prepared.value();
        return switch (audited.insert(registration, entry(AuditAction.REGISTER, null, registration))) {
            case DONE -> {
                events.stored(new StoredChange(null, registration));
                yield prepared;
            }
            default -> duplicate(registration);
        };
    }

    /** The registration a command makes, checked but not stored, with its warnings; or the violations. */
    private <R extends Registration> Outcome<R> prepare(String campaignCode, String unitCode,
            RegistrationDetails details, BiFunction<CampaignCode, UnitCode, R> factory) {
        return prepare(campaignCode, unitCode, details, factory, null);
    }

    /**
     * The registration a command makes, checked but not stored, with its warnings; or the violations. A batch
     * passes the campaigns and units it already read, so that its commands read each once.
     */
    private <R extends Registration> Outcome<R> prepare(String campaignCode, String unitCode,
            RegistrationDetails details, BiFunction<CampaignCode, UnitCode, R> factory, @Nullable BatchReads reads) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, unitCode);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> campaign = reads == null ? campaign(campaignCode) : reads.campaign(campaignCode);
        if (campaign.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", campaignCode)));
        }
        boolean wellFormed = UnitCode.isWellFormed(unitCode);
        List<Unit> unitsWithCode = !wellFormed ? List.of()
                : reads == null ? units.findAllByCode(new UnitCode(unitCode)) : reads.unitsWithCode(unitCode);
        // No read of the natural key first: the store's unique index refuses a duplicate (racing or not), and
        // the refusal is reported as the duplicate rule would have reported it.
        List<Violation> violations = rules.check(
                new RegistrationCheck(campaign.get(), unitCode, unitsWithCode, details, null, null));
        if (hasError(violations)) {
            return Outcome.failure(violations);
        }
        return Outcome.success(factory.apply(campaign.get().code(),
                reads == null ? new UnitCode(unitCode) : reads.unitCode(unitCode)), violations);
    }

    /**
     * The campaigns and units one batch of {@link #registerOrUpdateAll} has read, each read once for all the
     * commands that name it (an import's batch names one campaign and a few units a thousand times): the batch
     * checks its commands against the campaigns and units as they were when it began, as it reads the
     * registrations of its natural keys once. Its new registrations of a unit share one {@link UnitCode}.
     */
    private final class BatchReads {
        private final Map<String, Optional<Campaign>> campaignsByCode = new HashMap<>();
        private final Map<String, List<Unit>> unitsByCode = new HashMap<>();
        private final Map<String, UnitCode> unitCodes = new HashMap<>();

        Optional<Campaign> campaign(String code) {
            return campaignsByCode.computeIfAbsent(code, RegistrationService.this::campaign);
        }

        /** The units with a well-formed code. */
        List<Unit> unitsWithCode(String code) {
            return unitsByCode.computeIfAbsent(code, c -> List.copyOf(units.findAllByCode(new UnitCode(c))));
        }

        /** A well-formed unit code, one value for all the batch's registrations of the unit. */
        UnitCode unitCode(String code) {
            return unitCodes.computeIfAbsent(code, UnitCode::new);
        }
    }

    /** A registration refused by the store's unique key, reported as the duplicate rule reports it. */
    private <R extends Registration> Outcome<R> duplicate(Registration refused) {
        return Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name", refused.unit().value(),
                registrations.findByNaturalKey(refused.naturalKey()).map(Registration::name)
                        .orElse(refused.name()))));
    }

    /** Whether a registration was refused only because the natural key is taken. */
    private static boolean lostRace(Outcome<?> registered) {
        return !registered.isSuccess() && registered.violations().stream()
                .allMatch(v -> v.code() == RuleCode.DUPLICATE_REGISTRATION);
    }

    private Outcome<Saved<Registration>> upsert(Registration stored, RegistrationDetails details) {
        RegistrationDetails current = stored instanceof Work w ? w.details() : ((Event) stored).details();
        if (current.equals(details)) {
            return Outcome.success(new Saved<>(stored, Saved.Change.UNCHANGED), List.of());
        }
        return update(new UpdateRegistration(stored.id().value(), stored.version(), details))
                .map(r -> new Saved<>(r, Saved.Change.UPDATED));
    }

    /**
     * Every registration of the unit under the same name, live or ended, in one read: none for a malformed code or
     * a blank name, which is never stored.
     */
    private List<Registration> allOfName(String campaignCode, String unitCode, RegistrationDetails details) {
        String folded = VietnameseText.fold(details.name());
        if (!CampaignCode.isWellFormed(campaignCode) || !UnitCode.isWellFormed(unitCode) || folded.isBlank()) {
            return List.of();
        }
        return registrations.findAllByNaturalKey(new NaturalKey(new CampaignCode(campaignCode),
                new UnitCode(unitCode), folded));
    }

    /**
     * A rejected or cancelled registration of the name with exactly these details: importing the same row again
     * does not register anew what the city rejected (or the unit withdrew); a changed row does.
     */
    private static <R extends Registration> Optional<R> endedAlike(List<Registration> sameName,
            RegistrationDetails details, Class<R> type) {
        return sameName.stream()
                .filter(r -> !r.status().isLive() && type.isInstance(r)
                        && details.equals(r instanceof Work w ? w.details() : ((Event) r).details()))
                .map(type::cast).findFirst();
    }

    /** The live registration of the unit under the same name, if any; none for a blank name, never stored. */
    private Optional<Registration> sameName(CampaignCode campaign, UnitCode unit, RegistrationDetails details) {
        String folded = VietnameseText.fold(details.name());
        return folded.isBlank() ? Optional.empty()
                : registrations.findByNaturalKey(new NaturalKey(campaign, unit, folded));
    }

    /** The campaign with a code, if the caller may see it: a draft is unknown to all but the administrators. */
    private Optional<Campaign> campaign(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findByCode(new CampaignCode(code))
                .filter(c -> AccessPolicy.canSee(actor, c)) : Optional.empty();
    }

    private Optional<Registration> find(String id) {
        return RegistrationId.isWellFormed(id) ? registrations.findById(new RegistrationId(id)) : Optional.empty();
    }

    private Outcome<Registration> write(AuditAction action, Registration before, Registration changed,
            long expectedVersion, List<Violation> warnings) {
        return switch (audited.update(changed, expectedVersion, entry(action, before, changed))) {
            case DONE -> {
                events.stored(new StoredChange(before, changed));
                yield Outcome.success(changed, warnings);
            }
            case CONFLICT -> conflict(registrations.findById(changed.id()).map(Registration::version).orElse(-1L),
                    expectedVersion);
            case DUPLICATE -> Outcome.failure(List.of(Violation.on(RuleCode.DUPLICATE_REGISTRATION, "name",
                    changed.unit().value(), changed.name())));
            case NOT_FOUND -> notFound(changed.id().value());
        };
    }

    /** The entry that records a change, stored with it in one write; none for a trail that keeps none. */
    private @Nullable AuditEntry entry(AuditAction action, @Nullable Registration before, Registration after) {
        if (!audit.keepsEntries()) {
            return null;
        }
        // the entry carries the instant the registration's timeline was stamped with, so the two agree
        Instant at = after.timeline().updatedAt();
        return new AuditEntry(at != null ? at : clock.instant(), actor.subject(), action,
                after instanceof Work ? "Work" : "Event", after.id().value(),
                before == null ? null : Snapshots.of(before), Snapshots.of(after));
    }

    /** Whether an edit sends an approved registration back to review: a unit's real change does, the city's not. */
    private boolean reopens(Registration stored, RegistrationDetails details) {
        return stored.status() == RegistrationStatus.APPROVED && AccessPolicy.actsAsUnit(actor)
                && !details.equals(stored instanceof Work w ? w.details() : ((Event) stored).details());
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
