package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.CampaignViews.CampaignProgressReport;
import vn.campaign.api.graphql.CampaignViews.CampaignTarget;
import vn.campaign.api.graphql.CampaignViews.CampaignTargetProgress;
import vn.campaign.api.graphql.CampaignViews.CampaignUnitFigure;
import vn.campaign.api.graphql.UnitResolver.UnitAt;
import vn.campaign.core.access.AccessPolicy;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.Obligation;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceReport;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.UnitKind;

/**
 * Campaigns and what hangs off them: the organiser, compliance, targets and progress. Targets and progress
 * are shown as {@link CampaignViews} that carry their campaign; the units they name by code are resolved
 * through the {@link UnitResolver}'s DataLoader in the campaign's period, so a list of targets or figures
 * costs one round trip for all its units.
 */
@Controller
public class CampaignController {

    private final CampaignPlatform platform;
    private final UnitResolver units;

    /**
     * A controller over the platform.
     *
     * @param platform the platform
     * @param units    the unit resolver
     */
    public CampaignController(CampaignPlatform platform, UnitResolver units) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.units = Objects.requireNonNull(units, "units");
    }

    /**
     * Every campaign the caller may see, newest first: drafts are for the city's administrators only.
     *
     * @param actor the caller
     * @return the campaigns
     */
    @QueryMapping
    public List<Campaign> campaigns(Actor actor) {
        return platform.campaigns().findAll().stream().filter(c -> AccessPolicy.canSee(actor, c)).toList();
    }

    /**
     * The campaign with a code, if the caller may see it (a draft is {@code null} to anyone but the city's
     * administrators, as an unknown code).
     *
     * @param code  the code
     * @param actor the caller
     * @return the campaign, or {@code null}
     */
    @QueryMapping
    public @Nullable Campaign campaign(@Argument String code, Actor actor) {
        return CampaignCode.isWellFormed(code) ? platform.campaigns().findByCode(new CampaignCode(code))
                .filter(c -> AccessPolicy.canSee(actor, c)).orElse(null) : null;
    }

    /**
     * The global id.
     *
     * @param campaign the campaign
     * @return its id
     */
    @SchemaMapping(typeName = "Campaign")
    public String id(Campaign campaign) {
        return GlobalId.of(campaign);
    }

    /**
     * The first day.
     *
     * @param campaign the campaign
     * @return the first day
     */
    @SchemaMapping(typeName = "Campaign")
    public LocalDate startsOn(Campaign campaign) {
        return campaign.period().startsOn();
    }

    /**
     * The last day.
     *
     * @param campaign the campaign
     * @return the last day
     */
    @SchemaMapping(typeName = "Campaign")
    public LocalDate endsOn(Campaign campaign) {
        return campaign.period().endsOn();
    }

    /**
     * The organisers of a batch of campaigns, in one round trip.
     *
     * @param campaigns the campaigns
     * @return each campaign's organiser as it stood during the campaign
     */
    @BatchMapping(typeName = "Campaign")
    public Map<Campaign, Unit> organiser(List<Campaign> campaigns) {
        Map<Campaign, UnitAt> wanted = new LinkedHashMap<>();
        campaigns.forEach(c -> wanted.put(c, new UnitAt(c.organiser(), c.period())));
        return units.resolve(wanted);
    }

    /**
     * The unit kinds an obligation binds, in the order of {@link UnitKind}.
     *
     * @param obligation the obligation
     * @return the kinds
     */
    @SchemaMapping(typeName = "Obligation")
    public List<UnitKind> appliesTo(Obligation obligation) {
        return obligation.appliesTo().stream().sorted().toList();
    }

    /**
     * The work kinds that count, in the order of {@link WorkKind}.
     *
     * @param obligation the obligation
     * @return the kinds
     */
    @SchemaMapping(typeName = "Obligation")
    public List<WorkKind> workKinds(Obligation obligation) {
        return obligation.workKinds().stream().sorted().toList();
    }

    /**
     * The event kinds that count, in the order of {@link EventKind}.
     *
     * @param obligation the obligation
     * @return the kinds
     */
    @SchemaMapping(typeName = "Obligation")
    public List<EventKind> eventKinds(Obligation obligation) {
        return obligation.eventKinds().stream().sorted().toList();
    }

    /**
     * The compliance report, evaluated once for the campaign by the core's compliance service: now, or as it
     * stood at the end of a day from the registrations' status histories.
     *
     * @param campaign the campaign
     * @param asOf     the day, or {@code null} for now
     * @return the report
     */
    @SchemaMapping(typeName = "Campaign")
    public ComplianceReport compliance(Campaign campaign, @Argument @Nullable LocalDate asOf) {
        return asOf == null ? platform.complianceService().evaluate(campaign.code().value()).value()
                : platform.statisticsService().complianceAsOf(campaign, asOf);
    }

    /**
     * The targets.
     *
     * @param campaign the campaign
     * @return the targets, each with its campaign
     */
    @SchemaMapping(typeName = "Campaign")
    public List<CampaignTarget> targets(Campaign campaign) {
        return CampaignTarget.of(campaign);
    }

    /**
     * Where each target stands.
     *
     * @param campaign the campaign
     * @return one entry per target, each with its campaign
     */
    @SchemaMapping(typeName = "Campaign")
    public List<CampaignTargetProgress> progress(Campaign campaign) {
        return platform.progressService().progress(campaign.code().value()).value().stream()
                .map(p -> new CampaignTargetProgress(campaign, p)).toList();
    }

    /**
     * The units a target concerns.
     *
     * @param target the target
     * @param loader the units DataLoader
     * @return the units
     */
    @SchemaMapping(typeName = "Target")
    public CompletableFuture<List<Unit>> units(CampaignTarget target, DataLoader<UnitAt, Unit> loader) {
        return loadAll(target.target().units(), target.campaign(), loader);
    }

    /**
     * The concerned units that have not reported yet.
     *
     * @param progress the target's progress
     * @param loader   the units DataLoader
     * @return the units
     */
    @SchemaMapping(typeName = "TargetProgress")
    public CompletableFuture<List<Unit>> silent(CampaignTargetProgress progress, DataLoader<UnitAt, Unit> loader) {
        return loadAll(progress.progress().silent(), progress.campaign(), loader);
    }

    /**
     * The unit of a figure.
     *
     * @param figure the figure
     * @param loader the units DataLoader
     * @return the unit
     */
    @SchemaMapping(typeName = "UnitFigure")
    public CompletableFuture<Unit> unit(CampaignUnitFigure figure, DataLoader<UnitAt, Unit> loader) {
        return loader.load(new UnitAt(figure.figure().unit(), figure.campaign().period()));
    }

    /**
     * The unit of a progress report.
     *
     * @param report the report
     * @param loader the units DataLoader
     * @return the unit
     */
    @SchemaMapping(typeName = "ProgressReport", field = "unit")
    public CompletableFuture<Unit> reportUnit(CampaignProgressReport report, DataLoader<UnitAt, Unit> loader) {
        return loader.load(new UnitAt(report.report().unit(), report.campaign().period()));
    }

    private static CompletableFuture<List<Unit>> loadAll(List<UnitCode> codes, Campaign campaign,
            DataLoader<UnitAt, Unit> loader) {
        return loader.loadMany(codes.stream().map(c -> new UnitAt(c, campaign.period())).toList())
                .thenApply(found -> found.stream().filter(Objects::nonNull).toList());
    }
}
