package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.campaign.api.platform.Page;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.commendation.Commendation;
import vn.campaign.core.commendation.CommendationService;
import vn.campaign.core.commendation.CommendationStatus;
import vn.campaign.core.commendation.DecideCommendations;
import vn.campaign.core.commendation.Decision;
import vn.campaign.core.commendation.ProposeCommendation;
import vn.campaign.core.commendation.ReviewCommendation;
import vn.campaign.core.registration.ReviewDecision;

/**
 * The commendation mutations and the fields they add to {@code Campaign} (commendations, decisions); also
 * answers {@code node(id:)} for proposals and decisions. Each mutation maps its input to a core command acting
 * for the caller; an access refusal is a top-level error, every other broken rule a user error.
 */
@Controller
public class CommendationController {

    private final CommendationService service;

    /**
     * A controller over the commendation service.
     *
     * @param service proposals, review and decisions
     */
    public CommendationController(CommendationService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Proposes a commendation.
     *
     * @param input the proposal
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CommendationPayload proposeCommendation(@Argument ProposeCommendationInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        RecipientInput r = input.recipient();
        List<String> registrations = input.registrationIds() == null ? List.of()
                : input.registrationIds().stream().map(CommendationController::registrationKey).toList();
        return CommendationPayload.of(allowed(service.as(actor).propose(new ProposeCommendation(input.campaignCode(),
                input.unitCode(), r.kind(), r.name(), r.position(), r.unitCode(), input.form(), input.achievement(),
                registrations))));
    }

    /**
     * Approves a proposal.
     *
     * @param input the proposal and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CommendationPayload approveCommendation(@Argument ReviewInput input, Actor actor) {
        return review(input, ReviewDecision.APPROVED, actor);
    }

    /**
     * Returns a proposal for more information.
     *
     * @param input the proposal, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CommendationPayload returnCommendation(@Argument ReviewInput input, Actor actor) {
        return review(input, ReviewDecision.RETURNED, actor);
    }

    /**
     * Rejects a proposal.
     *
     * @param input the proposal, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CommendationPayload rejectCommendation(@Argument ReviewInput input, Actor actor) {
        return review(input, ReviewDecision.REJECTED, actor);
    }

    /**
     * Resubmits a returned proposal.
     *
     * @param input the proposal and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CommendationPayload resubmitCommendation(@Argument ReviewInput input, Actor actor) {
        return review(input, ReviewDecision.RESUBMITTED, actor);
    }

    /**
     * Records a decision.
     *
     * @param input the decision
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public DecisionPayload decideCommendations(@Argument DecideInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Outcome<Decision> outcome = allowed(service.as(actor).decide(new DecideCommendations(input.campaignCode(),
                input.commendationIds().stream().map(CommendationController::commendationKey).toList(),
                input.decisionNumber(), input.decidedOn(), input.signer())));
        return outcome instanceof Outcome.Success<Decision> s ? new DecisionPayload(s.value(), List.of())
                : new DecisionPayload(null, UserError.errors(outcome.violations()));
    }

    /**
     * {@code Campaign.commendations}: the proposals the caller may see, oldest first.
     *
     * @param campaign the campaign
     * @param filter   which proposals, or {@code null}
     * @param first    the page size
     * @param after    the cursor to start after, or {@code null}
     * @param actor    the caller
     * @return the page
     */
    @SchemaMapping(typeName = "Campaign")
    public Connection<Commendation> commendations(Campaign campaign, @Argument @Nullable CommendationFilter filter,
            @Argument int first, @Argument @Nullable String after, Actor actor) {
        PageRequest page = new PageRequest(first);
        List<Commendation> all = service.as(actor).visible(campaign.code()).stream()
                .filter(c -> filter == null || filter.status() == null || c.status() == filter.status())
                .filter(c -> filter == null || filter.unitCode() == null
                        || c.proposer().value().equals(filter.unitCode()))
                .toList();
        int start = 0;
        if (after != null) {
            String key = commendationKey(after);
            int at = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(key)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new InvalidRequestException("after is not the cursor of a proposal of this list",
                        "after không phải con trỏ của một đề nghị trong danh sách này");
            }
            start = at + 1;
        }
        int end = Math.min(all.size(), start + page.first());
        return Connection.of(new Page<>(all.subList(start, end), end < all.size()), CommendationController::id,
                after != null, all.size());
    }

    /**
     * {@code Campaign.decisions}.
     *
     * @param campaign the campaign
     * @return its decisions
     */
    @SchemaMapping(typeName = "Campaign")
    public List<Decision> decisions(Campaign campaign) {
        return service.decisions(campaign.code());
    }

    /**
     * {@code Commendation.id}: the global id.
     *
     * @param commendation the proposal
     * @return its id
     */
    @SchemaMapping(typeName = "Commendation", field = "id")
    public static String id(Commendation commendation) {
        return new GlobalId("Commendation", commendation.id()).encode();
    }

    /**
     * {@code Commendation.unitCode}.
     *
     * @param commendation the proposal
     * @return the proposing unit's code
     */
    @SchemaMapping(typeName = "Commendation")
    public String unitCode(Commendation commendation) {
        return commendation.proposer().value();
    }

    /**
     * {@code Commendation.decision}, for all the proposals of a response at once.
     *
     * @param list the proposals
     * @return the decision of each decided one
     */
    @BatchMapping(typeName = "Commendation")
    public Map<Commendation, @Nullable Decision> decision(List<Commendation> list) {
        Map<String, Decision> byId = new LinkedHashMap<>();
        list.stream().map(Commendation::campaign).distinct()
                .forEach(c -> service.decisions(c).forEach(d -> byId.put(d.id(), d)));
        Map<Commendation, @Nullable Decision> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, c.decision() == null ? null : byId.get(c.decision())));
        return out;
    }

    /**
     * {@code CommendationRecipient.unitCode}.
     *
     * @param recipient the recipient
     * @return its unit's code
     */
    @SchemaMapping(typeName = "CommendationRecipient")
    public String unitCode(vn.campaign.core.commendation.Recipient recipient) {
        return recipient.unit().value();
    }

    /**
     * {@code Commendation.reviews}: the history kept in the proposal's own document, no round trip.
     *
     * @param commendation the proposal
     * @return its review entries, oldest first
     */
    @SchemaMapping(typeName = "Commendation", field = "reviews")
    public List<vn.campaign.core.registration.Review> reviews(Commendation commendation) {
        return commendation.reviews().entries();
    }

    /**
     * {@code Decision.id}: the global id.
     *
     * @param decision the decision
     * @return its id
     */
    @SchemaMapping(typeName = "Decision", field = "id")
    public String decisionId(Decision decision) {
        return new GlobalId("Decision", decision.id()).encode();
    }

    /**
     * {@code Decision.commendations}, for all the decisions of a response at once: decided proposals are public.
     *
     * @param list the decisions
     * @return the proposals each covers, in the order given
     */
    @BatchMapping(typeName = "Decision")
    public Map<Decision, List<Commendation>> commendations(List<Decision> list) {
        Map<String, Commendation> byId = new LinkedHashMap<>();
        list.stream().map(Decision::campaign).distinct()
                .forEach(c -> service.visibleToAll(c).forEach(x -> byId.put(x.id(), x)));
        Map<Decision, List<Commendation>> out = new LinkedHashMap<>();
        for (Decision d : list) {
            List<Commendation> covered = new ArrayList<>();
            d.commendations().forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(covered::add));
            out.put(d, covered);
        }
        return out;
    }

    private CommendationPayload review(ReviewInput input, ReviewDecision decision, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return CommendationPayload.of(allowed(service.as(actor).review(new ReviewCommendation(
                commendationKey(input.id()), input.expectedVersion(), decision, input.reason()))));
    }

    private static <T> Outcome<T> allowed(Outcome<T> outcome) {
        AccessRefusedException.throwIfRefused(outcome.violations());
        return outcome;
    }

    private static String commendationKey(String globalId) {
        return GlobalId.decode(globalId).filter(g -> g.type().equals("Commendation")).map(GlobalId::key)
                .orElse(globalId);
    }

    private static String registrationKey(String globalId) {
        return GlobalId.decode(globalId).filter(g -> g.type().equals("Work") || g.type().equals("Event"))
                .map(GlobalId::key).orElse(globalId);
    }

    /**
     * The payload of the proposal mutations.
     *
     * @param commendation the proposal as stored now; {@code null} when refused
     * @param userErrors   the broken rules
     */
    public record CommendationPayload(@Nullable Commendation commendation, List<UserError> userErrors) {

        static CommendationPayload of(Outcome<Commendation> outcome) {
            return outcome instanceof Outcome.Success<Commendation> s
                    ? new CommendationPayload(s.value(), List.of())
                    : new CommendationPayload(null, UserError.errors(outcome.violations()));
        }
    }

    /**
     * The payload of {@code decideCommendations}.
     *
     * @param decision   the decision as stored; {@code null} when refused
     * @param userErrors the broken rules
     */
    public record DecisionPayload(@Nullable Decision decision, List<UserError> userErrors) {
    }

    /**
     * The recipient of {@code ProposeCommendationInput}.
     *
     * @param kind     a collective or a person
     * @param name     the name
     * @param position the position, or {@code null}
     * @param unitCode the recipient's unit code, or {@code null}
     */
    public record RecipientInput(RecipientKind kind, String name, @Nullable String position,
            @Nullable String unitCode) {
    }

    /**
     * The input of {@code proposeCommendation}.
     *
     * @param campaignCode    the campaign's code
     * @param unitCode        the proposing unit's code
     * @param recipient       whom it goes to
     * @param form            the form's code
     * @param achievement     the achievement
     * @param registrationIds the registrations' global ids, or {@code null}
     */
    public record ProposeCommendationInput(String campaignCode, String unitCode, RecipientInput recipient, String form,
            String achievement, @Nullable List<String> registrationIds) {
    }

    /**
     * The input of the review mutations.
     *
     * @param id              the proposal's global id
     * @param expectedVersion the version read
     * @param reason          why, or {@code null}
     */
    public record ReviewInput(String id, long expectedVersion, @Nullable String reason) {
    }

    /**
     * The input of {@code decideCommendations}.
     *
     * @param campaignCode    the campaign's code
     * @param commendationIds the proposals' global ids
     * @param decisionNumber  its number
     * @param decidedOn       the day it was signed
     * @param signer          who signed it
     */
    public record DecideInput(String campaignCode, List<String> commendationIds, String decisionNumber,
            LocalDate decidedOn, String signer) {
    }

    /**
     * The filter of {@code Campaign.commendations}.
     *
     * @param status   only this status, or {@code null}
     * @param unitCode only this unit, or {@code null}
     */
    public record CommendationFilter(@Nullable CommendationStatus status, @Nullable String unitCode) {
    }
}
