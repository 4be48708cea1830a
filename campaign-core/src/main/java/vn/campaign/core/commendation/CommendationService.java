package vn.campaign.core.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.CommendationForm;
import vn.campaign.core.campaign.Decider;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Reviews;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.VietnameseText;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * Commendation after a campaign: proposals by units (for their own collectives and people) or by the city,
 * reviewed in the steps of the campaign's review as registrations are ({@link Campaign#review()}: the role of
 * each step decides there, the city administrator at any step; {@link RuleCode#REVIEW_STEP_NOT_YOURS} for a
 * reviewer of another step), and the city's decisions that make approved proposals {@code DECIDED}.
 *
 * <p>Rules: proposals only once the campaign is closed, or from the definition's {@code commendationsOpenOn}
 * ({@link RuleCode#COMMENDATION_TOO_EARLY}); the form must be one of the definition's, for that kind of
 * recipient ({@link RuleCode#COMMENDATION_FORM_UNKNOWN}); a unit's recipient belongs to it or to an
 * organisation under it ({@link RuleCode#RECIPIENT_OUTSIDE_UNIT}); a decision covers approved proposals only
 * ({@link RuleCode#COMMENDATION_NOT_APPROVED}, {@link RuleCode#COMMENDATION_ALREADY_DECIDED}) of forms the city
 * decides ({@link RuleCode#FORM_NOT_DECIDED_BY_CITY}), under a number new to the campaign
 * ({@link RuleCode#DECISION_NUMBER_TAKEN}).
 *
 * @since 0.4.0
 */
public final class CommendationService {

    /** The longest achievement, in characters. */
    public static final int ACHIEVEMENT_MAX = 4000;

    private final Campaigns campaigns;
    private final Units units;
    private final Registrations registrations;
    private final Commendations commendations;
    private final Decisions decisions;
    private final Clock clock;
    private final Actor actor;

    /**
     * A service over some stores, acting for the program itself.
     *
     * @param campaigns     the campaigns
     * @param units         the units, for the recipients' lineage
     * @param registrations the registrations proposals rest on
     * @param commendations the proposals
     * @param decisions     the decisions
     * @param clock         the clock that decides "today" and stamps changes
     */
    public CommendationService(Campaigns campaigns, Units units, Registrations registrations,
            Commendations commendations, Decisions decisions, Clock clock) {
        this(campaigns, units, registrations, commendations, decisions, clock, Actor.system("embedded"));
    }

    private CommendationService(Campaigns campaigns, Units units, Registrations registrations,
            Commendations commendations, Decisions decisions, Clock clock, Actor actor) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.commendations = Objects.requireNonNull(commendations, "commendations");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same service acting for someone, whom the access policy checks first.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public CommendationService as(Actor caller) {
        return new CommendationService(campaigns, units, registrations, commendations, decisions, clock, caller);
    }

    /**
     * Proposes a commendation.
     *
     * @param command the proposal
     * @return the proposal, PROPOSED, or the violations
     */
    public Outcome<Commendation> propose(ProposeCommendation command) {
        List<Violation> denied = AccessPolicy.actForUnit(actor, command.unitCode());
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> found = campaign(command.campaignCode());
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode",
                    command.campaignCode())));
        }
        Campaign campaign = found.get();
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        if (!campaign.acceptsCommendationsOn(today)) {
            LocalDate opens = campaign.commendationsOpenOn();
            violations.add(Violation.on(RuleCode.COMMENDATION_TOO_EARLY, "campaignCode", campaign.code(),
                    opens == null ? "" : " hoặc từ ngày " + opens));
        }
        String name = VietnameseText.normalize(command.recipientName());
        String achievement = VietnameseText.normalize(command.achievement());
        if (name.isEmpty()) {
            violations.add(Violation.of(RuleCode.REQUIRED, FieldPath.of("recipient", "name"), "recipient.name"));
        }
        if (achievement.isEmpty()) {
            violations.add(Violation.on(RuleCode.REQUIRED, "achievement", "achievement"));
        } else if (achievement.length() > ACHIEVEMENT_MAX) {
            violations.add(Violation.on(RuleCode.TOO_LONG, "achievement", "achievement", ACHIEVEMENT_MAX));
        }
        Optional<CommendationForm> form = campaign.commendationForm(command.form())
                .filter(f -> f.recipients().contains(command.recipientKind()));
        if (form.isEmpty()) {
            violations.add(Violation.on(RuleCode.COMMENDATION_FORM_UNKNOWN, "form", command.form(),
                    command.recipientKind()));
        }
        String recipientUnitText = Objects.requireNonNullElse(command.recipientUnitCode(), command.unitCode());
        Optional<UnitCode> proposer = unitCode(command.unitCode());
        Optional<UnitCode> recipientUnit = unitCode(recipientUnitText);
        if (proposer.isEmpty() || units.findAllByCode(proposer.get()).isEmpty()) {
            violations.add(Violation.on(RuleCode.UNIT_UNKNOWN, "unitCode", command.unitCode()));
        } else if (recipientUnit.isEmpty() || units.findAllByCode(recipientUnit.get()).isEmpty()) {
            violations.add(Violation.of(RuleCode.UNIT_UNKNOWN, FieldPath.of("recipient", "unitCode"), recipientUnitText));
        } else if (!proposer.get().equals(campaign.organiser())
                && !belongsTo(recipientUnit.get(), proposer.get())) {
            violations.add(Violation.of(RuleCode.RECIPIENT_OUTSIDE_UNIT, FieldPath.of("recipient", "unitCode"), proposer.get(),
                    recipientUnit.get()));
        }
        for (int i = 0; i < command.registrationIds().size(); i++) {
            String id = command.registrationIds().get(i);
            Optional<Registration> registration = RegistrationId.isWellFormed(id)
                    ? registrations.findById(new RegistrationId(id)) : Optional.empty();
            boolean ours = registration.isPresent() && registration.get().campaign().equals(campaign.code())
                    && (proposer.isPresent() && (proposer.get().equals(campaign.organiser())
                            || registration.get().unit().equals(proposer.get())));
            if (!ours) {
                violations.add(Violation.of(RuleCode.NOT_FOUND, FieldPath.of("registrationIds", String.valueOf(i)),
                        id));
            }
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(violations);
        }
        Commendation proposal = new Commendation(UUID.randomUUID().toString(), campaign.code(), proposer.orElseThrow(),
                new Recipient(command.recipientKind(), name, VietnameseText.normalizeOptional(
                        command.recipientPosition()), recipientUnit.orElseThrow()),
                command.form(), achievement, command.registrationIds(), CommendationStatus.PROPOSED, 1, Reviews.none(),
                null, actor.subject(), clock.instant());
        commendations.insert(proposal);
        return Outcome.success(proposal, List.of());
    }

    /**
     * Approves, returns or rejects a proposal at the step of its campaign's review it waits for (the reviewer of
     * that step, or the city administrator), or resubmits a returned one (its proposer, or the city
     * administrator).
     *
     * @param command the proposal, the version read, the decision and its reason
     * @return the proposal in its new status, or the violations
     */
    public Outcome<Commendation> review(ReviewCommendation command) {
        Optional<Commendation> found = commendations.findById(command.id());
        if (found.isEmpty() || !canSee(found.get())) {
            return Outcome.failure(List.of(Violation.on(RuleCode.COMMENDATION_NOT_FOUND, "id", command.id())));
        }
        Commendation stored = found.get();
        boolean resubmission = command.decision() == ReviewDecision.RESUBMITTED;
        List<Violation> denied = resubmission ? AccessPolicy.actForUnit(actor, stored.proposer().value())
                : AccessPolicy.reviewCommendation(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (stored.version() != command.expectedVersion()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CONFLICT, "expectedVersion", stored.version(),
                    command.expectedVersion())));
        }
        CommendationStatus waiting = resubmission ? CommendationStatus.RETURNED : CommendationStatus.PROPOSED;
        if (stored.status() != waiting) {
            CommendationStatus target = switch (command.decision()) {
                case APPROVED -> CommendationStatus.APPROVED;
                case RETURNED -> CommendationStatus.RETURNED;
                case REJECTED -> CommendationStatus.REJECTED;
                case RESUBMITTED, REOPENED -> CommendationStatus.PROPOSED;
            };
            return Outcome.failure(List.of(stored.status() == CommendationStatus.DECIDED
                    ? Violation.of(RuleCode.COMMENDATION_ALREADY_DECIDED, FieldPath.ROOT, stored.id(),
                            Objects.requireNonNullElse(stored.decision(), ""))
                    : Violation.of(RuleCode.ILLEGAL_TRANSITION, FieldPath.ROOT, stored.status(), target)));
        }
        String reason = command.reason() == null ? null : VietnameseText.normalizeOptional(command.reason());
        reason = reason == null || reason.isEmpty() ? null : reason;
        if (reason == null && command.decision().requiresReason()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.REASON_REQUIRED, "reason")));
        }
        ReviewProcess process = campaigns.findByCode(stored.campaign()).map(Campaign::review)
                .orElse(ReviewProcess.single());
        Commendation changed;
        if (resubmission) {
            changed = stored.resubmitted(process, reason, actor.subject(), clock.instant());
        } else {
            ReviewStep step = stored.pendingStep(process);
            if (!AccessPolicy.decidesAt(actor, step)) {
                return Outcome.failure(List.of(Violation.of(RuleCode.REVIEW_STEP_NOT_YOURS, FieldPath.ROOT, step,
                        actor instanceof Actor.User user ? user.role() : actor.subject())));
            }
            changed = stored.reviewed(process, command.decision(), reason, actor.subject(), clock.instant());
        }
        if (!commendations.update(changed, stored.version())) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CONFLICT, "expectedVersion",
                    commendations.findById(stored.id()).map(Commendation::version).orElse(0L),
                    command.expectedVersion())));
        }
        return Outcome.success(changed, List.of());
    }

    /**
     * Records a decision of the city: each proposal it covers becomes DECIDED.
     *
     * @param command the decision
     * @return the decision, or the violations (nothing is written when any proposal is refused)
     */
    public Outcome<Decision> decide(DecideCommendations command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> found = campaign(command.campaignCode());
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode",
                    command.campaignCode())));
        }
        Campaign campaign = found.get();
        List<Violation> violations = new ArrayList<>();
        String number = VietnameseText.normalize(command.number());
        String signer = VietnameseText.normalize(command.signer());
        if (number.isEmpty()) {
            violations.add(Violation.on(RuleCode.REQUIRED, "decisionNumber", "decisionNumber"));
        } else if (decisions.findDecisions(campaign.code()).stream().anyMatch(d -> d.number().equals(number))) {
            violations.add(Violation.on(RuleCode.DECISION_NUMBER_TAKEN, "decisionNumber", number));
        }
        if (signer.isEmpty()) {
            violations.add(Violation.on(RuleCode.REQUIRED, "signer", "signer"));
        }
        if (command.commendationIds().isEmpty()) {
            violations.add(Violation.on(RuleCode.REQUIRED, "commendationIds", "commendationIds"));
        }
        List<Commendation> covered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.commendationIds().size(); i++) {
            String id = command.commendationIds().get(i);
            FieldPath field = FieldPath.of("commendationIds", String.valueOf(i));
            Optional<Commendation> c = commendations.findById(id).filter(x -> x.campaign().equals(campaign.code()));
            if (c.isEmpty() || !seen.add(id)) {
                violations.add(Violation.of(RuleCode.COMMENDATION_NOT_FOUND, field, id));
            } else if (c.get().status() == CommendationStatus.DECIDED) {
                violations.add(Violation.of(RuleCode.COMMENDATION_ALREADY_DECIDED, field, id,
                        Objects.requireNonNullElse(c.get().decision(), "")));
            } else if (c.get().status() != CommendationStatus.APPROVED) {
                violations.add(Violation.of(RuleCode.COMMENDATION_NOT_APPROVED, field, id, c.get().status()));
            } else if (campaign.commendationForm(c.get().form()).map(CommendationForm::decidedBy)
                    .orElse(Decider.PROPOSED_UPWARD) != Decider.CITY) {
                violations.add(Violation.of(RuleCode.FORM_NOT_DECIDED_BY_CITY, field, c.get().form()));
            } else {
                covered.add(c.get());
            }
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(violations);
        }
        Decision decision = new Decision(UUID.randomUUID().toString(), campaign.code(), number, command.decidedOn(),
                signer, command.commendationIds(), actor.subject(), clock.instant());
        if (!decisions.add(decision)) {
            return Outcome.failure(List.of(Violation.on(RuleCode.DECISION_NUMBER_TAKEN, "decisionNumber", number)));
        }
        for (Commendation c : covered) {
            if (!commendations.update(c.decided(decision.id()), c.version())) {
                // The decision is kept; a proposal changed meanwhile is reported, not silently left behind.
                return Outcome.success(decision, List.of(Violation.on(RuleCode.CONFLICT, "commendationIds",
                        c.version() + 1, c.version())));
            }
        }
        return Outcome.success(decision, List.of());
    }

    /**
     * Whether the caller may see a proposal: decided ones are public; others are for the city (its
     * administrators and its reviewers) and the proposing unit.
     *
     * @param commendation the proposal
     * @return {@code true} when visible
     */
    public boolean canSee(Commendation commendation) {
        if (commendation.status() == CommendationStatus.DECIDED || AccessPolicy.administer(actor).isEmpty()
                || AccessPolicy.reviewCommendation(actor).isEmpty()) {
            return true;
        }
        return actor instanceof Actor.User user && commendation.proposer().equals(user.unit());
    }

    /**
     * The proposals of a campaign the caller may see, oldest first.
     *
     * @param campaign the campaign
     * @return the visible proposals
     */
    public List<Commendation> visible(CampaignCode campaign) {
        return commendations.findByCampaign(campaign).stream().filter(this::canSee).toList();
    }

    /**
     * A proposal by id, if the caller may see it.
     *
     * @param id its id
     * @return the proposal
     */
    public Optional<Commendation> find(String id) {
        return commendations.findById(id).filter(this::canSee);
    }

    /**
     * A decision by id (decisions are public).
     *
     * @param id its id
     * @return the decision
     */
    public Optional<Decision> findDecision(String id) {
        return decisions.findDecision(id);
    }

    /**
     * The decided proposals of a campaign, which everyone may see, oldest first.
     *
     * @param campaign the campaign
     * @return its decided proposals
     */
    public List<Commendation> visibleToAll(CampaignCode campaign) {
        return commendations.findByCampaign(campaign).stream()
                .filter(c -> c.status() == CommendationStatus.DECIDED).toList();
    }

    /**
     * The decisions of a campaign (public), oldest first.
     *
     * @param campaign the campaign
     * @return its decisions
     */
    public List<Decision> decisions(CampaignCode campaign) {
        return decisions.findDecisions(campaign);
    }

    /** Whether a unit is the proposer or an organisation under it (by its parents, at any time). */
    private boolean belongsTo(UnitCode unit, UnitCode proposer) {
        Set<UnitCode> visited = new HashSet<>();
        List<UnitCode> todo = new ArrayList<>(List.of(unit));
        while (!todo.isEmpty()) {
            UnitCode current = todo.remove(todo.size() - 1);
            if (current.equals(proposer)) {
                return true;
            }
            if (visited.add(current)) {
                for (Unit u : units.findAllByCode(current)) {
                    @Nullable UnitCode parent = u.parent();
                    if (parent != null) {
                        todo.add(parent);
                    }
                }
            }
        }
        return false;
    }

    /** The campaign with a code, if the caller may see it: a draft is unknown to all but the administrators. */
    private Optional<Campaign> campaign(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findByCode(new CampaignCode(code))
                .filter(c -> AccessPolicy.canSee(actor, c)) : Optional.empty();
    }

    private static Optional<UnitCode> unitCode(String code) {
        return UnitCode.isWellFormed(code) ? Optional.of(new UnitCode(code)) : Optional.empty();
    }
}
