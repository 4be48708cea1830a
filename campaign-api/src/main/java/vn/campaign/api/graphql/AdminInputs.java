package vn.campaign.api.graphql;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.unit.UnitKind;

/** The inputs of the administration mutations, bound by Spring for GraphQL. */
public final class AdminInputs {

    private AdminInputs() {
    }

    /**
     * {@code DefineCampaignInput}.
     *
     * @param document the definition
     * @param format   its notation; YAML when omitted
     * @param dryRun   only validate; false when omitted
     */
    public record DefineCampaignInput(String document, @Nullable DefinitionFormat format, @Nullable Boolean dryRun) {
    }

    /**
     * {@code OpenCampaignInput}.
     *
     * @param code            the campaign's code
     * @param expectedVersion the version read
     */
    public record OpenCampaignInput(String code, long expectedVersion) {
    }

    /**
     * {@code CopyCampaignInput}.
     *
     * @param fromCode the campaign copied
     * @param code     the new campaign's code
     * @param name     its Vietnamese name
     * @param nameEn   its English name; the copied campaign's when omitted
     * @param startsOn its first day
     * @param endsOn   its last day
     */
    public record CopyCampaignInput(String fromCode, String code, String name, @Nullable String nameEn,
            LocalDate startsOn, LocalDate endsOn) {
    }

    /**
     * {@code DefineUnitInput}.
     *
     * @param code       the unit's code
     * @param name       its name
     * @param kind       what it is
     * @param parentCode the unit above it
     * @param validFrom  its first day
     */
    public record DefineUnitInput(String code, String name, UnitKind kind, @Nullable String parentCode,
            @Nullable LocalDate validFrom) {
    }

    /**
     * {@code RenameUnitInput}.
     *
     * @param code the unit's code
     * @param name the new name
     * @param on   the day that picks the unit; today when omitted
     */
    public record RenameUnitInput(String code, String name, @Nullable LocalDate on) {
    }

    /**
     * {@code MergeUnitsInput}.
     *
     * @param from the codes of the units merged away
     * @param into the successor's code
     * @param on   the first day of the merged unit
     */
    public record MergeUnitsInput(List<String> from, String into, LocalDate on) {
    }
}
