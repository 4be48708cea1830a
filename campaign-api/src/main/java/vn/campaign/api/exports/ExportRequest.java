package vn.campaign.api.exports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Campaigns;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.unit.Units;

/**
 * What one export holds, read from the query string and checked against the campaign: works or events of a
 * campaign, of some units (all when none), in some statuses (all when none), in some task areas (any when
 * none). Who may see what is not part of it: that comes from the caller.
 *
 * @param type      works or events
 * @param campaign  the campaign
 * @param units     the units asked for, each the version valid in the campaign, in code order; empty for all
 * @param statuses  the statuses asked for; empty for all
 * @param taskAreas the task areas asked for, in code order; empty for any
 */
record ExportRequest(RegistrationType type, Campaign campaign, List<Unit> units, Set<RegistrationStatus> statuses,
        List<TaskArea> taskAreas) {

    static final String CAMPAIGN = "campaign";
    static final String UNIT = "unit";
    static final String STATUS = "status";
    static final String TASK_AREA = "taskArea";

    /** Copies the lists. */
    ExportRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(campaign, "campaign");
        units = List.copyOf(units);
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        taskAreas = List.copyOf(taskAreas);
    }

    /**
     * Reads and checks the query parameters.
     *
     * @param type      works or events
     * @param campaign  the {@code campaign} values (exactly one is required)
     * @param units     the {@code unit} values: unit codes
     * @param statuses  the {@code status} values: status names such as {@code APPROVED}, in any case
     * @param taskAreas the {@code taskArea} values: task area codes of the campaign
     * @param campaigns where campaigns are found
     * @param visible   which campaigns the caller may see; another is answered as an unknown code
     * @param unitStore where units are found
     * @return the request
     * @throws ExportParameterException naming the first parameter that cannot be used
     */
    static ExportRequest parse(RegistrationType type, @Nullable List<String> campaign, @Nullable List<String> units,
            @Nullable List<String> statuses, @Nullable List<String> taskAreas, Campaigns campaigns,
            Predicate<Campaign> visible, Units unitStore) {
        Campaign found = campaign(values(campaign), campaigns, visible);
        Map<UnitCode, Unit> chosenUnits = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (String text : values(units)) {
            if (!UnitCode.isWellFormed(text)) {
                throw new ExportParameterException(UNIT, "PARAMETER_MALFORMED",
                        "the parameter 'unit' is malformed: '" + text + "' is not a unit code (digits, as in unit=18070)");
            }
            UnitCode code = new UnitCode(text);
            Unit unit = unitStore.findByCode(code, found.period()).orElseThrow(() -> new ExportParameterException(
                    UNIT, "PARAMETER_UNKNOWN", "the parameter 'unit' names no unit of campaign "
                            + found.code().value() + ": '" + text + "'"));
            chosenUnits.put(code, unit);
        }
        Set<RegistrationStatus> chosenStatuses = EnumSet.noneOf(RegistrationStatus.class);
        for (String text : values(statuses)) {
            chosenStatuses.add(status(text));
        }
        Map<String, TaskArea> chosenAreas = new TreeMap<>();
        for (String text : values(taskAreas)) {
            TaskArea area = taskArea(text, found);
            chosenAreas.put(area.code().value(), area);
        }
        return new ExportRequest(type, found, new ArrayList<>(chosenUnits.values()), chosenStatuses,
                new ArrayList<>(chosenAreas.values()));
    }

    private static Campaign campaign(List<String> values, Campaigns campaigns, Predicate<Campaign> visible) {
        if (values.isEmpty()) {
            throw new ExportParameterException(CAMPAIGN, "PARAMETER_MISSING",
                    "the parameter 'campaign' is missing: name the campaign by its code, as in campaign=CT32-2022");
        }
        if (values.size() > 1) {
            throw new ExportParameterException(CAMPAIGN, "PARAMETER_REPEATED",
                    "the parameter 'campaign' is given " + values.size() + " times: an export is of one campaign");
        }
        String text = values.get(0);
        Optional<Campaign> found = CampaignCode.isWellFormed(text)
                ? campaigns.findByCode(new CampaignCode(text)).filter(visible) : Optional.empty();
        return found.orElseThrow(() -> new ExportParameterException(CAMPAIGN, "PARAMETER_UNKNOWN",
                "the parameter 'campaign' names no campaign: '" + text + "'"));
    }

    private static RegistrationStatus status(String text) {
        try {
            return RegistrationStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportParameterException(STATUS, "PARAMETER_UNKNOWN", "the parameter 'status' is unknown: '"
                    + text + "' is none of " + List.of(RegistrationStatus.values()));
        }
    }

    private static TaskArea taskArea(String text, Campaign campaign) {
        TaskAreaCode code;
        try {
            code = new TaskAreaCode(text);
        } catch (IllegalArgumentException e) {
            throw new ExportParameterException(TASK_AREA, "PARAMETER_MALFORMED",
                    "the parameter 'taskArea' is malformed: '" + text + "' is not a task area code");
        }
        return campaign.taskArea(code).orElseThrow(() -> new ExportParameterException(TASK_AREA, "PARAMETER_UNKNOWN",
                "the parameter 'taskArea' names no task area of campaign " + campaign.code().value() + ": '" + text
                        + "'; it has " + campaign.taskAreas().stream().map(a -> a.code().value()).toList()));
    }

    /** The values given, stripped, blank ones left out (a form that sends {@code unit=} means no unit). */
    private static List<String> values(@Nullable List<String> given) {
        if (given == null) {
            return List.of();
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String value : given) {
            String stripped = value == null ? "" : value.strip();
            if (!stripped.isEmpty()) {
                distinct.putIfAbsent(stripped, stripped);
            }
        }
        return List.copyOf(distinct.values());
    }
}
