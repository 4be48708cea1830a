package vn.campaign.core.plaque;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.AwardPlaque;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.CampaignOpenPolicy;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;

/**
 * The plaque register of campaigns: links the plaque works their directives name to registered works, and reads
 * the links back.
 *
 * <p>Rules of a link (each refusal a violation on the command's field): only the city administrator links
 * ({@link AccessPolicy#awardPlaque}); the campaign, the plaque work ({@link RuleCode#PLAQUE_WORK_UNKNOWN}) and the
 * work ({@link RuleCode#NOT_FOUND}) exist; the work is one of the campaign's
 * ({@link RuleCode#WORK_OF_OTHER_CAMPAIGN}), approved or completed ({@link RuleCode#PLAQUE_WORK_NOT_APPROVED}) and
 * linked to no other plaque work ({@link RuleCode#WORK_ALREADY_LINKED}); the plaque work is linked to no work yet
 * ({@link RuleCode#PLAQUE_WORK_ALREADY_LINKED}: unlink it first); its link is still at the version read
 * ({@link RuleCode#PLAQUE_LINK_CONFLICT}); and the campaign is not closed ({@link RuleCode#CAMPAIGN_CLOSED}).
 *
 * <p>A linked work carries its plaque: a work that does not carry one yet is awarded it first, by the registration
 * service (one {@code AWARD_PLAQUE} change of the work, with its own audit entry and live event), and only then is
 * the link kept ({@code LINK_PLAQUE_WORK} in the audit trail). Should the link be refused after the award (another
 * administrator linked the same work or plaque work meanwhile), the work keeps the plaque it received, which any
 * work the city chose may carry.
 *
 * @since 0.4.0
 */
public final class PlaqueRegister {

    /** The object type of a plaque work's entries in the audit trail. */
    public static final String AUDIT_TYPE = "PlaqueWork";

    private final Campaigns campaigns;
    private final Registrations registrations;
    private final PlaqueLinks links;
    private final RegistrationService awards;
    private final AuditLog audit;
    private final Clock clock;
    private final Actor actor;

    /**
     * A register over some stores, acting for the program itself.
     *
     * @param campaigns     the campaigns, whose definitions hold the plaque works
     * @param registrations the registered works
     * @param links         the links
     * @param awards        the registration service that awards plaques (the one write path of works)
     * @param audit         the audit trail
     * @param clock         the clock that decides "today" and stamps changes
     */
    public PlaqueRegister(Campaigns campaigns, Registrations registrations, PlaqueLinks links,
            RegistrationService awards, AuditLog audit, Clock clock) {
        this(campaigns, registrations, links, awards, audit, clock, Actor.system("embedded"));
    }

    private PlaqueRegister(Campaigns campaigns, Registrations registrations, PlaqueLinks links,
            RegistrationService awards, AuditLog audit, Clock clock, Actor actor) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.registrations = Objects.requireNonNull(registrations, "registrations");
        this.links = Objects.requireNonNull(links, "links");
        this.awards = Objects.requireNonNull(awards, "awards");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same register acting for someone, whom the access policy checks first.
     *
     * @param caller who calls
     * @return the register acting for them
     */
    public PlaqueRegister as(Actor caller) {
        return new PlaqueRegister(campaigns, registrations, links, awards, audit, clock, caller);
    }

    /**
     * Links a plaque work to a registered work, awarding the work its plaque if it does not carry one yet.
     *
     * @param command the campaign, the plaque work, the work and the version of the link read
     * @return the plaque work with its new link, or the violations
     */
    public Outcome<PlaqueWorkLink> link(LinkPlaqueWork command) {
        List<Violation> denied = AccessPolicy.awardPlaque(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> campaign = campaign(command.campaignCode());
        if (campaign.isEmpty()) {
            return unknownCampaign(command.campaignCode());
        }
        Optional<PlaqueEntry> entry = entry(campaign.get(), command.plaqueWork());
        Optional<Work> work = RegistrationId.isWellFormed(command.workId())
                ? registrations.findById(new RegistrationId(command.workId())).filter(Work.class::isInstance)
                        .map(Work.class::cast)
                : Optional.empty();
        List<Violation> violations = new ArrayList<>();
        if (entry.isEmpty()) {
            violations.add(Violation.on(RuleCode.PLAQUE_WORK_UNKNOWN, "plaqueWork", campaign.get().code(),
                    command.plaqueWork()));
        }
        if (work.isEmpty()) {
            violations.add(Violation.on(RuleCode.NOT_FOUND, "workId", command.workId()));
        } else if (!work.get().campaign().equals(campaign.get().code())) {
            violations.add(Violation.on(RuleCode.WORK_OF_OTHER_CAMPAIGN, "workId", work.get().name(),
                    work.get().campaign(), campaign.get().code()));
        } else if (!work.get().status().mayReceivePlaque()) {
            violations.add(Violation.on(RuleCode.PLAQUE_WORK_NOT_APPROVED, "workId", work.get().status()));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(violations);
        }
        PlaqueEntry plaque = entry.orElseThrow();
        Work chosen = work.orElseThrow();
        PlaqueLink stored = linkOf(plaque);
        if (stored.version() != command.expectedVersion()) {
            return conflict(stored.version(), command.expectedVersion());
        }
        if (stored.work() != null) {
            violations.add(Violation.on(RuleCode.PLAQUE_WORK_ALREADY_LINKED, "plaqueWork", plaque.work().name(),
                    workName(stored.work())));
        }
        PlaqueLink other = links.findByWorks(List.of(chosen.id())).get(chosen.id());
        if (other != null && !other.plaqueWork().equals(plaque.key())) {
            violations.add(Violation.on(RuleCode.WORK_ALREADY_LINKED, "workId", chosen.name(),
                    plaqueName(campaign.get(), other.plaqueWork())));
        }
        violations.addAll(CampaignOpenPolicy.changeAfterClosing(campaign.get(), LocalDate.now(clock), false));
        if (violations.stream().anyMatch(Violation::isError)) {
            return Outcome.failure(violations);
        }
        if (!chosen.plaqueAwarded()) {
            Outcome<Work> awarded = awards.as(actor).awardPlaque(new AwardPlaque(chosen.id().value(), chosen.version(),
                    campaign.get().organiser().value()));
            if (!awarded.isSuccess()) {
                return Outcome.failure(awarded.violations());
            }
        }
        Instant now = clock.instant();
        PlaqueLink linked = stored.linkedTo(chosen.id(), actor.subject(), now);
        return saved(AuditAction.LINK_PLAQUE_WORK, plaque, stored, linked, chosen, campaign.get());
    }

    /**
     * Unlinks a plaque work from the registered work it stands for; that work keeps the plaque it received.
     *
     * @param command the campaign, the plaque work and the version of the link read
     * @return the plaque work with its new link, to no work, or the violations
     */
    public Outcome<PlaqueWorkLink> unlink(UnlinkPlaqueWork command) {
        List<Violation> denied = AccessPolicy.awardPlaque(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<Campaign> campaign = campaign(command.campaignCode());
        if (campaign.isEmpty()) {
            return unknownCampaign(command.campaignCode());
        }
        Optional<PlaqueEntry> entry = entry(campaign.get(), command.plaqueWork());
        if (entry.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.PLAQUE_WORK_UNKNOWN, "plaqueWork",
                    campaign.get().code(), command.plaqueWork())));
        }
        PlaqueLink stored = linkOf(entry.get());
        if (stored.version() != command.expectedVersion()) {
            return conflict(stored.version(), command.expectedVersion());
        }
        List<Violation> violations = new ArrayList<>();
        if (stored.work() == null) {
            violations.add(Violation.on(RuleCode.PLAQUE_WORK_NOT_LINKED, "plaqueWork", entry.get().work().name()));
        }
        violations.addAll(CampaignOpenPolicy.changeAfterClosing(campaign.get(), LocalDate.now(clock), false));
        if (violations.stream().anyMatch(Violation::isError)) {
            return Outcome.failure(violations);
        }
        return saved(AuditAction.UNLINK_PLAQUE_WORK, entry.get(), stored,
                stored.unlinked(actor.subject(), clock.instant()), null, campaign.get());
    }

    /**
     * The plaque works of a campaign's list, each with its link (version 0 and no work for one never linked).
     *
     * @param campaign the campaign
     * @return its plaque works in the list's order, in one read of the links
     */
    public List<PlaqueWorkLink> register(Campaign campaign) {
        return registers(List.of(campaign)).getOrDefault(campaign, List.of());
    }

    /**
     * The plaque works of several campaigns' lists, each with its link, in one read of the links.
     *
     * @param wanted the campaigns
     * @return each campaign's plaque works in its list's order
     */
    public Map<Campaign, List<PlaqueWorkLink>> registers(Collection<Campaign> wanted) {
        Map<String, PlaqueLink> stored = new HashMap<>();
        List<CampaignCode> codes = wanted.stream().filter(c -> !c.plaqueWorks().isEmpty()).map(Campaign::code)
                .distinct().toList();
        if (!codes.isEmpty()) {
            links.findByCampaigns(codes).forEach(l -> stored.put(auditId(l), l));
        }
        Map<Campaign, List<PlaqueWorkLink>> registers = new LinkedHashMap<>();
        for (Campaign campaign : wanted) {
            registers.put(campaign, PlaqueEntry.of(campaign).stream().map(e -> {
                PlaqueLink none = PlaqueLink.none(campaign.code(), e.key());
                return new PlaqueWorkLink(e, stored.getOrDefault(auditId(none), none));
            }).toList());
        }
        return registers;
    }

    /**
     * The registered works some links stand for, as far as the caller may see them.
     *
     * @param wanted the links
     * @return the linked work of each link whose work exists and is visible to the caller
     */
    public Map<PlaqueLink, Work> linkedWorks(Collection<PlaqueLink> wanted) {
        List<RegistrationId> ids = wanted.stream().map(PlaqueLink::work).filter(Objects::nonNull).distinct().toList();
        Map<RegistrationId, Registration> found = ids.isEmpty() ? Map.of() : registrations.findAllById(ids);
        Visibility visibility = AccessPolicy.visibility(actor);
        Map<PlaqueLink, Work> works = new HashMap<>();
        for (PlaqueLink link : wanted) {
            if (link.work() != null && found.get(link.work()) instanceof Work w && visibility.canSee(w)) {
                works.put(link, w);
            }
        }
        return works;
    }

    /**
     * The plaque works some registered works stand for, in one read of the links.
     *
     * @param works the works
     * @return the plaque work, with its link, of each work linked to one
     */
    public Map<Work, PlaqueWorkLink> plaqueWorksOf(Collection<Work> works) {
        Map<RegistrationId, PlaqueLink> found = works.isEmpty() ? Map.of()
                : links.findByWorks(works.stream().map(Work::id).toList());
        Map<CampaignCode, Optional<Campaign>> read = new HashMap<>();
        Map<Work, PlaqueWorkLink> entries = new HashMap<>();
        for (Work work : works) {
            PlaqueLink link = found.get(work.id());
            if (link != null) {
                read.computeIfAbsent(link.campaign(), campaigns::findByCode)
                        .flatMap(c -> PlaqueEntry.find(c, link.plaqueWork()))
                        .ifPresent(e -> entries.put(work, new PlaqueWorkLink(e, link)));
            }
        }
        return entries;
    }

    private Outcome<PlaqueWorkLink> saved(AuditAction action, PlaqueEntry entry, PlaqueLink before, PlaqueLink after,
            @Nullable Work work, Campaign campaign) {
        return switch (links.save(after, before.version())) {
            case DONE -> {
                audit.append(new AuditEntry(after.changedAt() == null ? clock.instant() : after.changedAt(),
                        actor.subject(), action, AUDIT_TYPE, auditId(after), snapshot(before), snapshot(after)));
                yield Outcome.success(new PlaqueWorkLink(entry, after), List.of());
            }
            case CONFLICT -> conflict(links.find(after.campaign(), after.plaqueWork()).map(PlaqueLink::version)
                    .orElse(0L), before.version());
            case WORK_TAKEN -> Outcome.failure(List.of(Violation.on(RuleCode.WORK_ALREADY_LINKED, "workId",
                    work == null ? String.valueOf(after.work()) : work.name(),
                    links.findByWorks(List.of(Objects.requireNonNull(after.work()))).values().stream().findFirst()
                            .map(l -> plaqueName(campaign, l.plaqueWork())).orElse("?"))));
        };
    }

    /**
     * The id a plaque work's entries carry in the audit trail.
     *
     * @param link the plaque work's link
     * @return {@code campaign/key}, such as {@code CT32-2022/nang-cap-khu-luu-niem-bac-ho-ve-tham-ha-tinh}
     */
    public static String auditId(PlaqueLink link) {
        return link.campaign().value() + "/" + link.plaqueWork().value();
    }

    private static Map<String, String> snapshot(PlaqueLink link) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("campaign", link.campaign().value());
        values.put("plaqueWork", link.plaqueWork().value());
        values.put("version", Long.toString(link.version()));
        if (link.work() != null) {
            values.put("work", link.work().value());
        }
        return values;
    }

    private PlaqueLink linkOf(PlaqueEntry entry) {
        return links.find(entry.campaign(), entry.key()).orElse(PlaqueLink.none(entry.campaign(), entry.key()));
    }

    private String workName(RegistrationId id) {
        return registrations.findById(id).map(Registration::name).orElse(id.value());
    }

    private static String plaqueName(Campaign campaign, PlaqueWorkKey key) {
        return PlaqueEntry.find(campaign, key).map(e -> e.work().name()).orElse(key.value());
    }

    private static Optional<PlaqueEntry> entry(Campaign campaign, String key) {
        return PlaqueWorkKey.isWellFormed(key) ? PlaqueEntry.find(campaign, new PlaqueWorkKey(key)) : Optional.empty();
    }

    private Optional<Campaign> campaign(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findByCode(new CampaignCode(code)) : Optional.empty();
    }

    private static <T> Outcome<T> unknownCampaign(String code) {
        return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "campaignCode", code)));
    }

    private static <T> Outcome<T> conflict(long current, long read) {
        return Outcome.failure(List.of(Violation.on(RuleCode.PLAQUE_LINK_CONFLICT, "expectedVersion", current, read)));
    }
}
