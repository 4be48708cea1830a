package vn.campaign.api.graphql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.CampaignViews.CampaignProgressReport;
import vn.campaign.api.graphql.CampaignViews.CampaignTargetProgress;
import vn.campaign.api.graphql.Inputs.AwardPlaqueInput;
import vn.campaign.api.graphql.Inputs.ChangeStatusInput;
import vn.campaign.api.graphql.Inputs.RecordProgressInput;
import vn.campaign.api.graphql.Inputs.RegisterEventInput;
import vn.campaign.api.graphql.Inputs.RegisterWorkInput;
import vn.campaign.api.graphql.Inputs.UpdateEventInput;
import vn.campaign.api.graphql.Inputs.UpdateWorkInput;
import vn.campaign.api.graphql.Payloads.EventPayload;
import vn.campaign.api.graphql.Payloads.ProgressPayload;
import vn.campaign.api.graphql.Payloads.WorkPayload;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.AwardPlaque;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Change;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.EventChanges;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.ReportProgress;
import vn.campaign.core.application.UpdateEvent;
import vn.campaign.core.application.UpdateWork;
import vn.campaign.core.application.WorkChanges;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.progress.TargetProgress;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.TaskAreaPolicy;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.text.Message;
import vn.campaign.core.text.VietnameseText;

/**
 * The mutations: one per business action, each writing through the core's application services only. A
 * broken rule comes back as user errors in the payload; the id of a work or event that does not exist (or
 * names the other type) is the user error NOT_FOUND on {@code input.id}.
 *
 * <p>Every mutation acts for the caller ({@code .as(actor)}): the core's access policy decides, and its
 * UNAUTHORIZED or FORBIDDEN refusal becomes a top-level GraphQL error ({@link AccessRefusedException}) rather
 * than a user error. An anonymous caller is refused before anything is looked up.
 *
 * <p>An update maps its input to the core's field changes ({@link Change}: an omitted field keeps its value,
 * a null one clears it) and the core merges them with the details stored at the version the client read: it
 * refuses the change with CONFLICT if the stored version is another, and the store refuses it if the version
 * changes in between, so a concurrent change is never overwritten.
 */
@Controller
public class MutationController {

    private final CampaignPlatform platform;

    /**
     * A controller over the platform.
     *
     * @param platform the platform
     */
    public MutationController(CampaignPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    // --- registering ---

    /**
     * Registers a work.
     *
     * @param input what to register
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload registerWork(@Argument RegisterWorkInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        String malformed = malformedTaskArea(input.taskAreaCode());
        if (malformed != null) {
            return WorkPayload.refused(List.of(TaskAreaPolicy.unknown(malformed)));
        }
        WorkDetails details = new WorkDetails(input.name(), input.kind(), input.plannedOn(),
                taskArea(input.taskAreaCode()),
                input.location(), input.scale(), input.investment(), input.fundingSource(), input.investor(),
                Boolean.TRUE.equals(input.plaqueRequested()), input.evidenceNotes());
        return WorkPayload.of(allowed(platform.registrationService().as(actor)
                .registerWork(new RegisterWork(input.campaignCode(), input.unitCode(), details))));
    }

    /**
     * Registers an event.
     *
     * @param input what to register
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload registerEvent(@Argument RegisterEventInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        String malformed = malformedTaskArea(input.taskAreaCode());
        if (malformed != null) {
            return EventPayload.refused(List.of(TaskAreaPolicy.unknown(malformed)));
        }
        EventDetails details = new EventDetails(input.name(), input.kind(), input.startsOn(), input.endsOn(),
                taskArea(input.taskAreaCode()), input.venue(), input.host(), input.expectedParticipants(),
                input.evidenceNotes());
        return EventPayload.of(allowed(platform.registrationService().as(actor)
                .registerEvent(new RegisterEvent(input.campaignCode(), input.unitCode(), details))));
    }

    // --- updating ---

    /**
     * Changes a work's details.
     *
     * @param input the work, the version read and the fields to change
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload updateWork(@Argument UpdateWorkInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Work");
        if (id.isEmpty()) {
            return WorkPayload.refused(List.of(notFound("Work", input.id())));
        }
        String malformed = malformedTaskArea(input.taskAreaCode());
        if (malformed != null) {
            return WorkPayload.refused(List.of(TaskAreaPolicy.unknown(malformed)));
        }
        WorkChanges changes = new WorkChanges(change(input.name()), changeUnlessNull(input.kind()),
                change(input.plannedOn()), taskAreaChange(input.taskAreaCode()), change(input.location()),
                change(input.scale()), change(input.investment()), change(input.fundingSource()),
                change(input.investor()), changeUnlessNull(input.plaqueRequested()), change(input.evidenceNotes()));
        return WorkPayload.of(allowed(namingTheGlobalId(platform.registrationService().as(actor)
                .updateWork(new UpdateWork(id.get().value(), input.expectedVersion(), changes)), "Work", input.id())));
    }

    /**
     * Changes an event's details.
     *
     * @param input the event, the version read and the fields to change
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload updateEvent(@Argument UpdateEventInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Event");
        if (id.isEmpty()) {
            return EventPayload.refused(List.of(notFound("Event", input.id())));
        }
        String malformed = malformedTaskArea(input.taskAreaCode());
        if (malformed != null) {
            return EventPayload.refused(List.of(TaskAreaPolicy.unknown(malformed)));
        }
        EventChanges changes = new EventChanges(change(input.name()), changeUnlessNull(input.kind()),
                change(input.startsOn()), change(input.endsOn()), taskAreaChange(input.taskAreaCode()),
                change(input.venue()), change(input.host()), change(input.expectedParticipants()),
                change(input.evidenceNotes()));
        return EventPayload.of(allowed(namingTheGlobalId(platform.registrationService().as(actor)
                .updateEvent(new UpdateEvent(id.get().value(), input.expectedVersion(), changes)), "Event",
                input.id())));
    }

    /** An omitted argument keeps the field, a null one clears it, a value sets it. */
    private static <T> Change<T> change(ArgumentValue<T> given) {
        return given.isOmitted() ? Change.keep() : Change.to(given.value());
    }

    /** A field the schema lets a client send as null, where null has always meant "keep" (kind, plaque). */
    private static <T> Change<T> changeUnlessNull(ArgumentValue<T> given) {
        T value = given.value();
        return value == null ? Change.keep() : Change.set(value);
    }

    private static Change<TaskAreaCode> taskAreaChange(ArgumentValue<String> given) {
        return given.isOmitted() ? Change.keep() : Change.to(taskArea(given.value()));
    }

    /** The typed task area code of an update when it is given and no code at all; {@code null} otherwise. */
    private static @Nullable String malformedTaskArea(ArgumentValue<String> given) {
        return given.isOmitted() ? null : malformedTaskArea(given.value());
    }

    /** The core's NOT_FOUND names the stored id; the client sent a global id, and the answer names that. */
    static <R extends Registration> Outcome<R> namingTheGlobalId(Outcome<R> outcome, String type,
            String globalId) {
        return outcome.violations().stream().anyMatch(v -> v.code() == RuleCode.NOT_FOUND)
                ? Outcome.failure(List.of(notFound(type, globalId))) : outcome;
    }

    /** The typed task area code, trimmed, when it is no code at all; {@code null} when absent or well formed. */
    private static @Nullable String malformedTaskArea(@Nullable String typed) {
        String code = VietnameseText.normalizeOptional(typed);
        return code != null && !TaskAreaCode.isWellFormed(code) ? code : null;
    }

    /** The typed task area code, or {@code null} when none is typed; a malformed one is refused before. */
    private static @Nullable TaskAreaCode taskArea(@Nullable String typed) {
        String code = VietnameseText.normalizeOptional(typed);
        return code == null ? null : new TaskAreaCode(code);
    }

    // --- lifecycle of works ---

    /**
     * Approves a work.
     *
     * @param input the work and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload approveWork(@Argument ChangeStatusInput input, Actor actor) {
        return changeWork(input, actor, (id, i) -> ChangeStatus.approve(id, i.expectedVersion()));
    }

    /**
     * Rejects a work.
     *
     * @param input the work, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload rejectWork(@Argument ChangeStatusInput input, Actor actor) {
        return changeWork(input, actor, (id, i) -> ChangeStatus.reject(id, i.expectedVersion(), i.reason()));
    }

    /**
     * Completes a work.
     *
     * @param input the work, the version read and the day it took place
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload completeWork(@Argument ChangeStatusInput input, Actor actor) {
        return changeWork(input, actor, (id, i) -> ChangeStatus.complete(id, i.expectedVersion(), i.actualOn()));
    }

    /**
     * Cancels a work.
     *
     * @param input the work, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload cancelWork(@Argument ChangeStatusInput input, Actor actor) {
        return changeWork(input, actor, (id, i) -> ChangeStatus.cancel(id, i.expectedVersion(), i.reason()));
    }

    /**
     * Awards a plaque to a work.
     *
     * @param input the work, the version read and who awards it
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload awardPlaque(@Argument AwardPlaqueInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        // looked up here, not only in the core: the core refuses a caller who may not award plaques before
        // it looks the work up, and this mutation has always answered an unknown work with NOT_FOUND first
        Optional<Work> found = find(input.id(), Work.class);
        if (found.isEmpty()) {
            return WorkPayload.refused(List.of(notFound("Work", input.id())));
        }
        return WorkPayload.of(allowed(platform.registrationService().as(actor).awardPlaque(
                new AwardPlaque(found.get().id().value(), input.expectedVersion(), input.awardedBy()))));
    }

    // --- lifecycle of events ---

    /**
     * Approves an event.
     *
     * @param input the event and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload approveEvent(@Argument ChangeStatusInput input, Actor actor) {
        return changeEvent(input, actor, (id, i) -> ChangeStatus.approve(id, i.expectedVersion()));
    }

    /**
     * Rejects an event.
     *
     * @param input the event, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload rejectEvent(@Argument ChangeStatusInput input, Actor actor) {
        return changeEvent(input, actor, (id, i) -> ChangeStatus.reject(id, i.expectedVersion(), i.reason()));
    }

    /**
     * Completes an event.
     *
     * @param input the event, the version read and the day it took place
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload completeEvent(@Argument ChangeStatusInput input, Actor actor) {
        return changeEvent(input, actor, (id, i) -> ChangeStatus.complete(id, i.expectedVersion(), i.actualOn()));
    }

    /**
     * Cancels an event.
     *
     * @param input the event, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload cancelEvent(@Argument ChangeStatusInput input, Actor actor) {
        return changeEvent(input, actor, (id, i) -> ChangeStatus.cancel(id, i.expectedVersion(), i.reason()));
    }

    private WorkPayload changeWork(ChangeStatusInput input, Actor actor,
            BiFunction<String, ChangeStatusInput, ChangeStatus> command) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Work");
        if (id.isEmpty()) {
            return WorkPayload.refused(List.of(notFound("Work", input.id())));
        }
        return WorkPayload.of(allowed(namingTheGlobalId(platform.registrationService().as(actor)
                .changeWorkStatus(command.apply(id.get().value(), input)), "Work", input.id())));
    }

    private EventPayload changeEvent(ChangeStatusInput input, Actor actor,
            BiFunction<String, ChangeStatusInput, ChangeStatus> command) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Event");
        if (id.isEmpty()) {
            return EventPayload.refused(List.of(notFound("Event", input.id())));
        }
        return EventPayload.of(allowed(namingTheGlobalId(platform.registrationService().as(actor)
                .changeEventStatus(command.apply(id.get().value(), input)), "Event", input.id())));
    }

    // --- progress ---

    /**
     * Records a progress report and answers where its target now stands.
     *
     * @param input the report
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public ProgressPayload recordProgress(@Argument RecordProgressInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Outcome<ProgressReport> outcome = allowed(platform.progressService().as(actor).report(new ReportProgress(
                input.campaignCode(), input.targetCode(), input.unitCode(), input.reportedOn(), input.value(),
                input.note())));
        if (!(outcome instanceof Outcome.Success<ProgressReport> success)) {
            return new ProgressPayload(null, null, UserError.errors(outcome.violations()),
                    UserError.warnings(outcome.violations()));
        }
        ProgressReport report = success.value();
        Campaign campaign = platform.campaigns().findByCode(new CampaignCode(input.campaignCode())).orElseThrow();
        TargetProgress target = platform.progressService().progress(campaign.code().value()).value().stream()
                .filter(t -> t.target().code().equals(report.target())).findFirst().orElseThrow();
        return new ProgressPayload(new CampaignProgressReport(campaign, report),
                new CampaignTargetProgress(campaign, target), List.of(), UserError.warnings(success.warnings()));
    }

    // --- access and look-ups ---

    /** The outcome, unless the core refused access: then the top-level error UNAUTHORIZED or FORBIDDEN. */
    static <T> Outcome<T> allowed(Outcome<T> outcome) {
        AccessRefusedException.throwIfRefused(outcome.violations());
        return outcome;
    }

    private <R extends Registration> Optional<R> find(String globalId, Class<R> type) {
        return GlobalId.registration(globalId, type.getSimpleName()).flatMap(platform.registrations()::findById)
                .filter(type::isInstance).map(type::cast);
    }

    static Violation notFound(String type, String globalId) {
        String vi = type.equals("Work") ? "công trình" : "sự kiện";
        String en = type.equals("Work") ? "work" : "event";
        return new Violation(RuleCode.NOT_FOUND, FieldPath.of("id"),
                new Message("Không tìm thấy " + vi + " " + globalId + ".",
                        "There is no " + en + " with id " + globalId + "."));
    }
}
