package vn.campaign.api.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.ArgumentValue;

import vn.campaign.api.platform.OverdueCriterion;
import vn.campaign.api.platform.RegistrationCriteria;
import vn.campaign.api.platform.UnitCriteria;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.unit.UnitKind;

/** The schema's input objects, bound from the arguments of queries and mutations. */
public final class Inputs {

    private Inputs() {
    }

    private static <E extends Enum<E>> Set<String> names(@Nullable List<E> values) {
        return values == null ? Set.of() : values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<RegistrationStatus> statusSet(@Nullable List<RegistrationStatus> values) {
        return values == null || values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    /**
     * {@code UnitFilter}.
     *
     * @param kinds      the unit kinds to keep
     * @param search     words of the name
     * @param validOn    a day the units exist on
     * @param parentCode the parent's code
     */
    public record UnitFilter(@Nullable List<UnitKind> kinds, @Nullable String search, @Nullable LocalDate validOn,
            @Nullable String parentCode) {

        /**
         * The criteria of the filter.
         *
         * @return the criteria
         */
        public UnitCriteria criteria() {
            return new UnitCriteria(kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds), search,
                    validOn, parentCode);
        }
    }

    /**
     * {@code WorkFilter}.
     *
     * @param campaignCode the campaign's code
     * @param unitCode     the unit's code
     * @param kinds        the kinds to keep
     * @param statuses     the statuses to keep
     * @param taskAreaCode the task area's code
     * @param search       words of the name
     * @param plaqueRequested whether the works ask for a plaque
     * @param plaqueAwarded   whether the works carry a plaque
     * @param plannedFrom     the first planned day kept
     * @param plannedTo       the last planned day kept
     * @param overdue         only overdue works, or only the others
     */
    public record WorkFilter(@Nullable String campaignCode, @Nullable String unitCode, @Nullable List<WorkKind> kinds,
            @Nullable List<RegistrationStatus> statuses, @Nullable String taskAreaCode, @Nullable String search,
            @Nullable Boolean plaqueRequested, @Nullable Boolean plaqueAwarded, @Nullable LocalDate plannedFrom,
            @Nullable LocalDate plannedTo, @Nullable Boolean overdue) {

        /**
         * The criteria of the filter.
         *
         * @param today the day overdue is judged on
         * @return the criteria
         */
        public RegistrationCriteria criteria(LocalDate today) {
            return new RegistrationCriteria(RegistrationType.WORK, campaignCode, unitCode, names(kinds),
                    statusSet(statuses), taskAreaCode, search, plaqueRequested, plaqueAwarded, plannedFrom, plannedTo)
                    .withOverdue(overdueCriterion(overdue, today));
        }
    }

    /**
     * {@code EventFilter}.
     *
     * @param campaignCode the campaign's code
     * @param unitCode     the unit's code
     * @param kinds        the kinds to keep
     * @param statuses     the statuses to keep
     * @param taskAreaCode the task area's code
     * @param search       words of the name
     * @param startsFrom   the first first-day kept
     * @param startsTo     the last first-day kept
     * @param overdue      only overdue events, or only the others
     */
    public record EventFilter(@Nullable String campaignCode, @Nullable String unitCode, @Nullable List<EventKind> kinds,
            @Nullable List<RegistrationStatus> statuses, @Nullable String taskAreaCode, @Nullable String search,
            @Nullable LocalDate startsFrom, @Nullable LocalDate startsTo, @Nullable Boolean overdue) {

        /**
         * The criteria of the filter.
         *
         * @param today the day overdue is judged on
         * @return the criteria
         */
        public RegistrationCriteria criteria(LocalDate today) {
            return new RegistrationCriteria(RegistrationType.EVENT, campaignCode, unitCode, names(kinds),
                    statusSet(statuses), taskAreaCode, search, null, null, startsFrom, startsTo)
                    .withOverdue(overdueCriterion(overdue, today));
        }
    }

    private static @Nullable OverdueCriterion overdueCriterion(@Nullable Boolean overdue, LocalDate today) {
        return overdue == null ? null : new OverdueCriterion(overdue, today);
    }

    /**
     * {@code RegisterWorkInput}.
     *
     * @param campaignCode    the campaign's code
     * @param unitCode        the unit's code
     * @param name            the name
     * @param kind            the kind
     * @param plannedOn       the planned day
     * @param taskAreaCode    the task area's code
     * @param location        the location
     * @param scale           the scale
     * @param investment      the investment
     * @param fundingSource   the funding source
     * @param investor        the investor
     * @param plaqueRequested whether a plaque is asked for
     * @param evidenceNotes   the notes
     */
    public record RegisterWorkInput(String campaignCode, String unitCode, String name, WorkKind kind,
            LocalDate plannedOn, @Nullable String taskAreaCode, @Nullable String location, @Nullable String scale,
            @Nullable Vnd investment, @Nullable String fundingSource, @Nullable String investor,
            @Nullable Boolean plaqueRequested, @Nullable String evidenceNotes) {
    }

    /**
     * {@code RegisterEventInput}.
     *
     * @param campaignCode         the campaign's code
     * @param unitCode             the unit's code
     * @param name                 the name
     * @param kind                 the kind
     * @param startsOn             the first day
     * @param endsOn               the last day
     * @param taskAreaCode         the task area's code
     * @param venue                the venue
     * @param host                 the host
     * @param expectedParticipants the expected participants
     * @param evidenceNotes        the notes
     */
    public record RegisterEventInput(String campaignCode, String unitCode, String name, EventKind kind,
            LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String taskAreaCode, @Nullable String venue,
            @Nullable String host, @Nullable Integer expectedParticipants, @Nullable String evidenceNotes) {
    }

    /**
     * {@code UpdateWorkInput}: an omitted field keeps its value, a null one is cleared.
     *
     * @param id              the work's global id
     * @param expectedVersion the version read
     * @param name            the new name
     * @param kind            the new kind
     * @param plannedOn       the new planned day
     * @param taskAreaCode    the new task area code
     * @param location        the new location
     * @param scale           the new scale
     * @param investment      the new investment
     * @param fundingSource   the new funding source
     * @param investor        the new investor
     * @param plaqueRequested whether a plaque is asked for
     * @param evidenceNotes   the new notes
     */
    public record UpdateWorkInput(String id, long expectedVersion, ArgumentValue<String> name,
            ArgumentValue<WorkKind> kind, ArgumentValue<LocalDate> plannedOn, ArgumentValue<String> taskAreaCode,
            ArgumentValue<String> location, ArgumentValue<String> scale, ArgumentValue<Vnd> investment,
            ArgumentValue<String> fundingSource, ArgumentValue<String> investor,
            ArgumentValue<Boolean> plaqueRequested, ArgumentValue<String> evidenceNotes) {
    }

    /**
     * {@code UpdateEventInput}: an omitted field keeps its value, a null one is cleared.
     *
     * @param id                   the event's global id
     * @param expectedVersion      the version read
     * @param name                 the new name
     * @param kind                 the new kind
     * @param startsOn             the new first day
     * @param endsOn               the new last day
     * @param taskAreaCode         the new task area code
     * @param venue                the new venue
     * @param host                 the new host
     * @param expectedParticipants the new expected participants
     * @param evidenceNotes        the new notes
     */
    public record UpdateEventInput(String id, long expectedVersion, ArgumentValue<String> name,
            ArgumentValue<EventKind> kind, ArgumentValue<LocalDate> startsOn, ArgumentValue<LocalDate> endsOn,
            ArgumentValue<String> taskAreaCode, ArgumentValue<String> venue, ArgumentValue<String> host,
            ArgumentValue<Integer> expectedParticipants, ArgumentValue<String> evidenceNotes) {
    }

    /**
     * The input of every approve, reject, complete and cancel mutation.
     *
     * @param id              the registration's global id
     * @param expectedVersion the version read
     * @param reason          why, for a rejection or a cancellation
     * @param actualOn        the day, for a completion
     */
    public record ChangeStatusInput(String id, long expectedVersion, @Nullable String reason,
            @Nullable LocalDate actualOn) {
    }

    /**
     * {@code AwardPlaqueInput}.
     *
     * @param id              the work's global id
     * @param expectedVersion the version read
     * @param awardedBy       the awarding unit's code
     */
    public record AwardPlaqueInput(String id, long expectedVersion, String awardedBy) {
    }

    /**
     * {@code RecordProgressInput}.
     *
     * @param campaignCode the campaign's code
     * @param targetCode   the target's code
     * @param unitCode     the unit's code
     * @param reportedOn   the day the figure stands for
     * @param value        the figure
     * @param note         the note
     */
    public record RecordProgressInput(String campaignCode, String targetCode, String unitCode, LocalDate reportedOn,
            BigDecimal value, @Nullable String note) {
    }
}
