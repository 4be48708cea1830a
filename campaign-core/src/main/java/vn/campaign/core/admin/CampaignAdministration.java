package vn.campaign.core.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.AuditLog;
import vn.campaign.core.audit.AuditedCampaigns;
import vn.campaign.core.campaign.BuiltInCampaign;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.CampaignDefinitions;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.DefinitionProblem;
import vn.campaign.core.campaign.DefinitionResult;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.time.Period;
import vn.campaign.core.unit.Units;

/**
 * Defines campaigns from their documents, opens them and copies them: the campaigns' lifecycle
 * {@code DRAFT → OPEN}. Only a city administrator (or the program itself) may; every change is versioned
 * and recorded in the audit trail.
 *
 * <p>{@link #install} stores the campaigns a release ships, and upgrades the copy an earlier release stored when
 * the built-in definition has changed, never one an administrator defined.
 *
 * <p>Defining a code that is kept as a {@code DRAFT} replaces the draft (its version goes up); a code kept in
 * any other status is refused with {@link RuleCode#CAMPAIGN_CODE_TAKEN}. Each problem of a document is a
 * {@link RuleCode#DEFINITION_INVALID} whose field is {@code document} followed by the path inside the
 * document ({@code document.taskAreas[2].code}).
 *
 * @since 0.3.0
 */
public final class CampaignAdministration {

    /** The audit trail's kind of object for campaigns. */
    public static final String OBJECT_TYPE = "Campaign";

    private static final FieldPath DOCUMENT = FieldPath.of("document");

    private final Campaigns campaigns;
    private final Units units;
    private final AuditLog audit;
    private final AuditedCampaigns audited;
    private final Clock clock;
    private final Actor actor;

    /**
     * The service over some stores, acting for the program itself.
     *
     * @param campaigns the campaigns
     * @param units     the units, where a campaign's organiser must be
     * @param audit     the audit trail every change is appended to
     * @param clock     the clock that stamps audit entries
     */
    public CampaignAdministration(Campaigns campaigns, Units units, AuditLog audit, Clock clock) {
        this(campaigns, units, audit, clock, Actor.system("embedded"));
    }

    private CampaignAdministration(Campaigns campaigns, Units units, AuditLog audit, Clock clock, Actor actor) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.audited = AuditedCampaigns.over(campaigns, audit);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /**
     * The same service acting for someone, whom the access policy checks first.
     *
     * @param caller who calls
     * @return the service acting for them
     */
    public CampaignAdministration as(Actor caller) {
        return new CampaignAdministration(campaigns, units, audit, clock, caller);
    }

    /**
     * Validates a definition and, unless a dry run, stores it as a draft.
     *
     * @param command the document
     * @return the campaign as stored (for a dry run, as it would be), or the violations
     */
    public Outcome<StoredCampaign> define(DefineCampaign command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        if (command.format() == DefinitionFormat.JSON && !command.document().strip().startsWith("{")) {
            return Outcome.failure(List.of(invalid(new DefinitionProblem("",
                    "a JSON definition must be an object, starting with '{'"))));
        }
        DefinitionResult result = CampaignDefinitions.parse(command.document());
        if (result instanceof DefinitionResult.Refused refused) {
            return Outcome.failure(refused.problems().stream().map(CampaignAdministration::invalid).toList());
        }
        Campaign campaign = result.orThrow().withStatus(CampaignStatus.DRAFT);
        if (units.findAllByCode(campaign.organiser()).isEmpty()) {
            return Outcome.failure(List.of(Violation.of(RuleCode.UNIT_UNKNOWN, DOCUMENT.child("organiser"),
                    campaign.organiser())));
        }
        Optional<StoredCampaign> existing = campaigns.findStored(campaign.code());
        if (existing.isPresent() && existing.get().campaign().status() != CampaignStatus.DRAFT) {
            return Outcome.failure(List.of(taken(existing.get(), DOCUMENT.child("code"))));
        }
        StoredCampaign next = new StoredCampaign(campaign, existing.map(s -> s.version() + 1).orElse(1L),
                command.document(), command.format());
        if (command.dryRun()) {
            return Outcome.success(next, List.of());
        }
        AuditEntry defined = entry(AuditAction.DEFINE_CAMPAIGN, existing.orElse(null), next, Map.of());
        if (existing.isEmpty() ? !audited.add(next, defined)
                : !audited.replace(next, existing.get().version(), defined)) {
            return Outcome.failure(List.of(changedMeanwhile(campaign.code(),
                    existing.map(StoredCampaign::version).orElse(0L), DOCUMENT.child("code"))));
        }
        return Outcome.success(next, List.of());
    }

    /**
     * Opens a draft for registrations.
     *
     * @param command the campaign and the version read
     * @return the campaign, OPEN, or the violations
     */
    public Outcome<StoredCampaign> open(OpenCampaign command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<StoredCampaign> found = find(command.code());
        if (found.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "code", command.code())));
        }
        StoredCampaign stored = found.get();
        if (stored.version() != command.expectedVersion()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_CONFLICT, "expectedVersion",
                    stored.version(), command.expectedVersion())));
        }
        CampaignStatus status = stored.campaign().status();
        if (status != CampaignStatus.DRAFT) { // a closed campaign is reopened with a reason (CampaignClosing)
            return Outcome.failure(List.of(Violation.of(RuleCode.CAMPAIGN_TRANSITION, FieldPath.ROOT, status,
                    CampaignStatus.OPEN)));
        }
        StoredCampaign opened = stored.next(stored.campaign().withStatus(CampaignStatus.OPEN));
        if (!audited.replace(opened, stored.version(), entry(AuditAction.OPEN_CAMPAIGN, stored, opened, Map.of()))) {
            return Outcome.failure(List.of(changedMeanwhile(stored.campaign().code(), stored.version(),
                    FieldPath.of("expectedVersion"))));
        }
        return Outcome.success(opened, List.of());
    }

    /**
     * Starts a campaign as a copy of another, as a draft ({@link Campaign#copyAs}).
     *
     * @param command the campaign copied and the new one's code, names and days
     * @return the new draft, or the violations
     */
    public Outcome<StoredCampaign> copy(CopyCampaign command) {
        List<Violation> denied = AccessPolicy.administer(actor);
        if (!denied.isEmpty()) {
            return Outcome.failure(denied);
        }
        Optional<StoredCampaign> source = find(command.fromCode());
        if (source.isEmpty()) {
            return Outcome.failure(List.of(Violation.on(RuleCode.CAMPAIGN_UNKNOWN, "fromCode", command.fromCode())));
        }
        List<Violation> found = new ArrayList<>();
        if (!CampaignCode.isWellFormed(command.code())) {
            found.add(Violation.on(RuleCode.DEFINITION_INVALID, "code",
                    "a campaign code is 1 to 40 capital letters, digits, '.', '-' or '_', got '" + command.code() + "'"));
        }
        if (command.name().isBlank()) {
            found.add(Violation.on(RuleCode.REQUIRED, "name", "name"));
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            found.add(Violation.on(RuleCode.DEFINITION_INVALID, "endsOn",
                    "the last day " + command.endsOn() + " is before the first day " + command.startsOn()));
        }
        if (!found.isEmpty()) {
            return Outcome.failure(found);
        }
        CampaignCode code = new CampaignCode(command.code());
        Optional<StoredCampaign> existing = campaigns.findStored(code);
        if (existing.isPresent()) {
            return Outcome.failure(List.of(taken(existing.get(), FieldPath.of("code"))));
        }
        Campaign from = source.get().campaign();
        Campaign copy;
        try {
            copy = from.copyAs(code, command.name(), Objects.requireNonNullElse(command.nameEn(), from.nameEn()),
                    Period.of(command.startsOn(), command.endsOn()));
        } catch (IllegalArgumentException e) {
            return Outcome.failure(List.of(Violation.of(RuleCode.DEFINITION_INVALID, FieldPath.ROOT,
                    Objects.requireNonNullElse(e.getMessage(), e.toString()))));
        }
        StoredCampaign stored = StoredCampaign.first(copy);
        if (!audited.add(stored, entry(AuditAction.COPY_CAMPAIGN, null, stored,
                Map.of("copiedFrom", from.code().value())))) {
            return Outcome.failure(List.of(changedMeanwhile(code, 0, FieldPath.of("code"))));
        }
        return Outcome.success(stored, List.of());
    }

    /**
     * Stores a campaign the release ships, or upgrades the copy an earlier release stored when the built-in
     * definition has changed since ({@link BuiltInCampaign#revision()} differs from the stored
     * {@link StoredCampaign#builtInRevision()}, or the store recorded none). The upgrade takes every field of the
     * new definition and keeps what the office changed at run time, which no definition owns: the status
     * ({@code OPEN}, {@code CLOSED}) and the closing day; the version goes up by one, so the final reports of
     * earlier closings stay with the versions they were kept at, and the change is in the audit trail
     * ({@link AuditAction#UPGRADE_CAMPAIGN}, with both revisions).
     *
     * <p>A campaign stored under the built-in code with a definition document was defined by an administrator
     * through {@link #define} (which always keeps the document it was given, while the release's campaign is
     * stored without one): it is the administrator's, and is never replaced.
     *
     * @param builtIn the campaign and the revision of its definition
     * @return what was done
     * @since 0.4.0
     */
    public BuiltInInstall install(BuiltInCampaign builtIn) {
        Optional<StoredCampaign> existing = campaigns.findStored(builtIn.code());
        if (existing.isEmpty()) {
            StoredCampaign first = new StoredCampaign(builtIn.campaign(), 1, null, null, builtIn.revision());
            // Lost to another instance starting at the same time: it stored the same campaign.
            return campaigns.add(first) ? BuiltInInstall.ADDED : BuiltInInstall.CURRENT;
        }
        StoredCampaign stored = existing.get();
        if (stored.definition() != null) {
            return BuiltInInstall.REDEFINED_KEPT;
        }
        if (builtIn.revision().equals(stored.builtInRevision())) {
            return BuiltInInstall.CURRENT;
        }
        Campaign running = stored.campaign();
        LocalDate closedOn = running.closedOn();
        Campaign upgraded = closedOn != null ? builtIn.campaign().closedOn(closedOn)
                : builtIn.campaign().withStatus(running.status());
        StoredCampaign next = new StoredCampaign(upgraded, stored.version() + 1, null, null, builtIn.revision());
        AuditEntry entry = entry(AuditAction.UPGRADE_CAMPAIGN, stored, next,
                Map.of("previousRevision", Objects.requireNonNullElse(stored.builtInRevision(), "none")));
        // Lost to another instance starting at the same time: it upgraded the campaign the same way.
        return audited.replace(next, stored.version(), entry) ? BuiltInInstall.UPGRADED : BuiltInInstall.CURRENT;
    }

    private Optional<StoredCampaign> find(String code) {
        return CampaignCode.isWellFormed(code) ? campaigns.findStored(new CampaignCode(code)) : Optional.empty();
    }

    private static Violation invalid(DefinitionProblem problem) {
        FieldPath field = DOCUMENT;
        if (!problem.field().isEmpty()) {
            for (String segment : FieldPath.parse(problem.field()).segments()) {
                field = field.child(segment);
            }
        }
        return Violation.of(RuleCode.DEFINITION_INVALID, field, problem.message());
    }

    private static Violation taken(StoredCampaign existing, FieldPath field) {
        return Violation.of(RuleCode.CAMPAIGN_CODE_TAKEN, field, existing.campaign().code(),
                existing.campaign().status());
    }

    /** A write lost a race: another caller added the code, or changed the campaign, since it was read. */
    private Violation changedMeanwhile(CampaignCode code, long versionRead, FieldPath field) {
        Optional<StoredCampaign> now = campaigns.findStored(code);
        if (versionRead == 0 && now.isPresent()) {
            return taken(now.get(), field);
        }
        return Violation.of(RuleCode.CAMPAIGN_CONFLICT, field, now.map(StoredCampaign::version).orElse(0L),
                versionRead);
    }

    /** The entry that records a change, stored with it in one write. */
    private AuditEntry entry(AuditAction action, @Nullable StoredCampaign before, StoredCampaign after,
            Map<String, String> extra) {
        Map<String, String> values = snapshot(after);
        values.putAll(extra);
        return new AuditEntry(clock.instant(), actor.subject(), action, OBJECT_TYPE,
                after.campaign().code().value(), before == null ? null : snapshot(before), values);
    }

    /**
     * A campaign's values as the audit trail keeps them.
     *
     * @param stored the campaign
     * @return its values
     */
    static Map<String, String> snapshot(StoredCampaign stored) {
        Campaign c = stored.campaign();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", c.code().value());
        m.put("name", c.name());
        m.put("nameEn", c.nameEn());
        m.put("status", c.status().name());
        m.put("version", String.valueOf(stored.version()));
        m.put("startsOn", c.period().startsOn().toString());
        m.put("endsOn", c.period().endsOn().toString());
        m.put("organiser", c.organiser().value());
        m.put("directive", c.directive().number());
        m.put("taskAreas", c.taskAreas().stream().map(a -> a.code().value()).collect(Collectors.joining(",")));
        if (stored.format() != null) {
            m.put("format", stored.format().name());
        }
        if (stored.builtInRevision() != null) {
            m.put("builtInRevision", stored.builtInRevision());
        }
        return m;
    }
}
