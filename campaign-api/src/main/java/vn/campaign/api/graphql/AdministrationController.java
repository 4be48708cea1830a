package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.AdminInputs.CopyCampaignInput;
import vn.campaign.api.graphql.AdminInputs.DefineCampaignInput;
import vn.campaign.api.graphql.AdminInputs.DefineUnitInput;
import vn.campaign.api.graphql.AdminInputs.MergeUnitsInput;
import vn.campaign.api.graphql.AdminInputs.OpenCampaignInput;
import vn.campaign.api.graphql.AdminInputs.RenameUnitInput;
import vn.campaign.api.platform.CampaignQueries;
import vn.campaign.api.platform.UnitQueries;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.Actor;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.admin.CopyCampaign;
import vn.campaign.core.admin.DefineCampaign;
import vn.campaign.core.admin.DefineUnit;
import vn.campaign.core.admin.MergeUnits;
import vn.campaign.core.admin.OpenCampaign;
import vn.campaign.core.admin.RenameUnit;
import vn.campaign.core.admin.UnitAdministration;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.unit.Succession;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * The administration mutations — campaigns defined, opened and copied; units defined, renamed and merged —
 * and the fields they add to {@code Campaign} (version) and {@code Unit} (lineage). Each mutation maps its
 * input to a core command acting for the caller; an access refusal is a top-level error, every other broken
 * rule a user error.
 */
@Controller
public class AdministrationController {

    private final CampaignAdministration campaigns;
    private final UnitAdministration units;
    private final CampaignQueries campaignQueries;
    private final UnitQueries unitQueries;

    /**
     * A controller over the administration services and the read ports.
     *
     * @param campaigns       the administration of campaigns
     * @param units           the administration of units
     * @param campaignQueries the campaigns' read port (versions)
     * @param unitQueries     the units' read port (lineage)
     */
    public AdministrationController(CampaignAdministration campaigns, UnitAdministration units,
            CampaignQueries campaignQueries, UnitQueries unitQueries) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.units = Objects.requireNonNull(units, "units");
        this.campaignQueries = Objects.requireNonNull(campaignQueries, "campaignQueries");
        this.unitQueries = Objects.requireNonNull(unitQueries, "unitQueries");
    }

    /**
     * Validates a definition and, unless a dry run, stores it as a draft.
     *
     * @param input the document
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CampaignPayload defineCampaign(@Argument DefineCampaignInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return CampaignPayload.of(allowed(campaigns.as(actor).define(new DefineCampaign(input.document(),
                Objects.requireNonNullElse(input.format(), DefinitionFormat.YAML), Boolean.TRUE.equals(input.dryRun())))));
    }

    /**
     * Opens a draft for registrations.
     *
     * @param input the campaign and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CampaignPayload openCampaign(@Argument OpenCampaignInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return CampaignPayload.of(allowed(campaigns.as(actor).open(new OpenCampaign(input.code(),
                input.expectedVersion()))));
    }

    /**
     * Starts a campaign as a copy of another.
     *
     * @param input the campaign copied and the new one's code, names and days
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public CampaignPayload copyCampaign(@Argument CopyCampaignInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return CampaignPayload.of(allowed(campaigns.as(actor).copy(new CopyCampaign(input.fromCode(), input.code(),
                input.name(), input.nameEn(), input.startsOn(), input.endsOn()))));
    }

    /**
     * Adds a unit or an organisation.
     *
     * @param input the unit
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public UnitPayload defineUnit(@Argument DefineUnitInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return UnitPayload.of(allowed(units.as(actor).define(new DefineUnit(input.code(), input.name(), input.kind(),
                input.parentCode(), input.validFrom()))));
    }

    /**
     * Renames a unit.
     *
     * @param input the unit and its new name
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public UnitPayload renameUnit(@Argument RenameUnitInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return UnitPayload.of(allowed(units.as(actor).rename(new RenameUnit(input.code(), input.name(), input.on()))));
    }

    /**
     * Merges units into another.
     *
     * @param input the units merged away, the successor and the day
     * @param actor the caller
     * @return the payload, with the successor
     */
    @MutationMapping
    public UnitPayload mergeUnits(@Argument MergeUnitsInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        return UnitPayload.of(allowed(units.as(actor).merge(new MergeUnits(input.from(), input.into(), input.on()))));
    }

    /**
     * {@code Campaign.version}, for all the campaigns of a response in one round trip.
     *
     * @param list the campaigns
     * @return the stored version of each; none for a campaign not stored (a dry run)
     */
    @BatchMapping(typeName = "Campaign")
    public Map<Campaign, @Nullable Long> version(List<Campaign> list) {
        Map<CampaignCode, Long> versions = campaignQueries.versions(list.stream().map(Campaign::code).toList());
        Map<Campaign, @Nullable Long> out = new LinkedHashMap<>();
        list.forEach(c -> out.put(c, versions.get(c.code())));
        return out;
    }

    /**
     * {@code Unit.mergedInto}: the unit each merged into, as a list of zero or one, in one round trip.
     *
     * @param list the units
     * @return the merger of each
     */
    @BatchMapping(typeName = "Unit")
    public Map<Unit, List<UnitMerger>> mergedInto(List<Unit> list) {
        List<UnitCode> successors = list.stream().map(Unit::mergedInto).filter(Objects::nonNull)
                .map(Succession::code).distinct().toList();
        List<Unit> candidates = successors.isEmpty() ? List.of() : unitQueries.findAllByCodes(successors);
        Map<Unit, List<UnitMerger>> out = new LinkedHashMap<>();
        for (Unit unit : list) {
            Succession s = unit.mergedInto();
            List<UnitMerger> mergers = new ArrayList<>();
            if (s != null) {
                candidates.stream().filter(c -> c.code().equals(s.code()) && c.isValidOn(s.on())).findFirst()
                        .ifPresent(successor -> mergers.add(new UnitMerger(successor, s.on())));
            }
            out.put(unit, mergers);
        }
        return out;
    }

    /**
     * {@code Unit.mergedFrom}: the units that merged into each, in one round trip.
     *
     * @param list the units
     * @return the mergers into each, in code order
     */
    @BatchMapping(typeName = "Unit")
    public Map<Unit, List<UnitMerger>> mergedFrom(List<Unit> list) {
        Collection<UnitCode> codes = list.stream().map(Unit::code).distinct().toList();
        List<Unit> merged = unitQueries.findMergedInto(codes);
        Map<Unit, List<UnitMerger>> out = new LinkedHashMap<>();
        for (Unit unit : list) {
            List<UnitMerger> mergers = new ArrayList<>();
            for (Unit m : merged) {
                Succession s = m.mergedInto();
                if (s != null && s.code().equals(unit.code()) && unit.isValidOn(s.on())) {
                    mergers.add(new UnitMerger(m, s.on()));
                }
            }
            out.put(unit, mergers);
        }
        return out;
    }

    private static <T> Outcome<T> allowed(Outcome<T> outcome) {
        AccessRefusedException.throwIfRefused(outcome.violations());
        return outcome;
    }

    /**
     * {@code UnitMerger}: one side of a merger.
     *
     * @param unit the unit merged away ({@code mergedFrom}) or the successor ({@code mergedInto})
     * @param on   the first day of the merged unit
     */
    public record UnitMerger(Unit unit, LocalDate on) {
    }

    /**
     * The payload of the campaign mutations.
     *
     * @param campaign   the campaign as stored now (for a dry run, as it would be); {@code null} when refused
     * @param userErrors the broken rules
     */
    public record CampaignPayload(@Nullable Campaign campaign, List<UserError> userErrors) {

        static CampaignPayload of(Outcome<StoredCampaign> outcome) {
            return outcome instanceof Outcome.Success<StoredCampaign> s
                    ? new CampaignPayload(s.value().campaign(), List.of())
                    : new CampaignPayload(null, UserError.errors(outcome.violations()));
        }
    }

    /**
     * The payload of the unit mutations.
     *
     * @param unit       the unit as stored now (the successor, for a merger); {@code null} when refused
     * @param userErrors the broken rules
     */
    public record UnitPayload(@Nullable Unit unit, List<UserError> userErrors) {

        static UnitPayload of(Outcome<Unit> outcome) {
            return outcome instanceof Outcome.Success<Unit> s
                    ? new UnitPayload(s.value(), List.of())
                    : new UnitPayload(null, UserError.errors(outcome.violations()));
        }
    }
}
