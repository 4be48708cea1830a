package vn.campaign.api.graphql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import vn.campaign.api.graphql.Inputs.ChangeStatusInput;
import vn.campaign.api.graphql.Payloads.EventPayload;
import vn.campaign.api.graphql.Payloads.WorkPayload;
import vn.campaign.api.security.AccessRefusedException;
import vn.campaign.core.access.Actor;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.Work;

/**
 * Review of registrations ({@code review.graphqls}): returning a work or an event for more information,
 * resubmitting it, its review history, and a campaign's review steps. The mutations write through the core's
 * {@code RegistrationService} only, acting for the caller; approving and rejecting stay {@code approveWork},
 * {@code rejectWork}, … ({@link MutationController}), which decide at the step the registration waits for.
 *
 * <p>The review history is part of the registration's own document, so {@code reviews} needs no round trip.
 */
@Controller
public class ReviewController {

    private final CampaignPlatform platform;

    /**
     * A controller over the platform.
     *
     * @param platform the platform
     */
    public ReviewController(CampaignPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /**
     * Returns a work to its unit for more information.
     *
     * @param input the work, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload returnWork(@Argument ChangeStatusInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Work");
        if (id.isEmpty()) {
            return WorkPayload.refused(List.of(MutationController.notFound("Work", input.id())));
        }
        return WorkPayload.of(MutationController.allowed(MutationController.namingTheGlobalId(
                platform.registrationService().as(actor).returnWork(
                        ChangeStatus.returnForInformation(id.get().value(), input.expectedVersion(), input.reason())),
                "Work", input.id())));
    }

    /**
     * Resubmits a returned work for review.
     *
     * @param input the work and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public WorkPayload resubmitWork(@Argument ChangeStatusInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Work");
        if (id.isEmpty()) {
            return WorkPayload.refused(List.of(MutationController.notFound("Work", input.id())));
        }
        return WorkPayload.of(MutationController.allowed(MutationController.namingTheGlobalId(
                platform.registrationService().as(actor).resubmitWork(
                        ChangeStatus.resubmit(id.get().value(), input.expectedVersion())),
                "Work", input.id())));
    }

    /**
     * Returns an event to its unit for more information.
     *
     * @param input the event, the version read and the reason
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload returnEvent(@Argument ChangeStatusInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Event");
        if (id.isEmpty()) {
            return EventPayload.refused(List.of(MutationController.notFound("Event", input.id())));
        }
        return EventPayload.of(MutationController.allowed(MutationController.namingTheGlobalId(
                platform.registrationService().as(actor).returnEvent(
                        ChangeStatus.returnForInformation(id.get().value(), input.expectedVersion(), input.reason())),
                "Event", input.id())));
    }

    /**
     * Resubmits a returned event for review.
     *
     * @param input the event and the version read
     * @param actor the caller
     * @return the payload
     */
    @MutationMapping
    public EventPayload resubmitEvent(@Argument ChangeStatusInput input, Actor actor) {
        AccessRefusedException.requireSignedIn(actor);
        Optional<RegistrationId> id = GlobalId.registration(input.id(), "Event");
        if (id.isEmpty()) {
            return EventPayload.refused(List.of(MutationController.notFound("Event", input.id())));
        }
        return EventPayload.of(MutationController.allowed(MutationController.namingTheGlobalId(
                platform.registrationService().as(actor).resubmitEvent(
                        ChangeStatus.resubmit(id.get().value(), input.expectedVersion())),
                "Event", input.id())));
    }

    /**
     * {@code Work.reviews}.
     *
     * @param work the work
     * @return its review history, oldest first
     */
    @SchemaMapping(typeName = "Work", field = "reviews")
    public List<Review> workReviews(Work work) {
        return work.reviews().entries();
    }

    /**
     * {@code Event.reviews}.
     *
     * @param event the event
     * @return its review history, oldest first
     */
    @SchemaMapping(typeName = "Event", field = "reviews")
    public List<Review> eventReviews(Event event) {
        return event.reviews().entries();
    }

    /**
     * {@code Campaign.reviewSteps}.
     *
     * @param campaign the campaign
     * @return its review steps, in order
     */
    @SchemaMapping(typeName = "Campaign", field = "reviewSteps")
    public List<ReviewStep> reviewSteps(Campaign campaign) {
        return campaign.review().steps();
    }

    /**
     * {@code Campaign.approvedChanges}.
     *
     * @param campaign the campaign
     * @return what a unit's change to an approved registration does
     */
    @SchemaMapping(typeName = "Campaign", field = "approvedChanges")
    public ApprovedChanges approvedChanges(Campaign campaign) {
        return campaign.review().approvedChanges();
    }
}
