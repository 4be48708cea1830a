package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;

/**
 * Returning for more information, resubmitting, reviewing in the campaign's steps and sending an approved
 * registration back to review, through the service and for each kind of caller.
 */
class ReturnResubmitAndReviewStepsTest {

    private static final Actor ADMIN = new Actor.User("quantri", Role.CITY_ADMIN, null);
    private static final Actor OFFICE = new Actor.User("vanphong", Role.CITY_OFFICE, null);
    private static final Actor LEADERSHIP = new Actor.User("lanhdao", Role.CITY_LEADERSHIP, null);
    private static final Actor OFFICER = new Actor.User("canbo.tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));
    private static final Actor OTHER_OFFICER = new Actor.User("canbo.bacha", Role.UNIT_OFFICER, new UnitCode(BAC_HA));
    private static final Actor VIEWER = new Actor.User("xem", Role.VIEWER, null);
    private static final String REASON = "Bổ sung biên bản nghiệm thu";

    private final CampaignPlatform platform = Fixtures.platform();

    private void reviewIn(List<ReviewStep> steps, ApprovedChanges changes) {
        platform.campaigns().save(Directive32.campaign().withReview(new ReviewProcess(steps, changes)));
    }

    private RegistrationService as(Actor actor) {
        return platform.registrationService().as(actor);
    }

    private Work registered() {
        return Fixtures.registered(platform, workFor(TRAN_PHU));
    }

    @Test
    void aWorkIsReturnedEditedResubmittedAndApprovedInTwoSteps() {
        reviewIn(List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP), ApprovedChanges.REVIEW);
        Work work = registered();
        String id = work.id().value();

        Work returned = Fixtures.succeeded(as(OFFICE).returnWork(ChangeStatus.returnForInformation(id, 0, REASON)));
        assertThat(returned.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned.statusReason()).isEqualTo(REASON);

        Work edited = Fixtures.succeeded(as(OFFICER).updateWork(new UpdateWork(id, returned.version(),
                WorkChanges.none().withLocation(Change.set("Tổ dân phố 5, phường Trần Phú")))));
        assertThat(edited.status()).isEqualTo(RegistrationStatus.RETURNED);

        Work resubmitted = Fixtures.succeeded(as(OFFICER).resubmitWork(ChangeStatus.resubmit(id, edited.version())));
        assertThat(resubmitted.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(resubmitted.statusReason()).isNull();

        Work checked = Fixtures.succeeded(as(OFFICE).changeWorkStatus(ChangeStatus.approve(id, resubmitted.version())));
        assertThat(checked.status()).isEqualTo(RegistrationStatus.REGISTERED);
        Work approved = Fixtures.succeeded(as(LEADERSHIP).changeWorkStatus(ChangeStatus.approve(id, checked.version())));

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.location()).isEqualTo("Tổ dân phố 5, phường Trần Phú");
        assertThat(approved.reviews().entries()).extracting(Review::step, Review::decision, Review::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.RETURNED, "vanphong"),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.APPROVED, "vanphong"),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_LEADERSHIP, ReviewDecision.APPROVED, "lanhdao"));
        assertThat(Fixtures.stored(platform, approved)).isEqualTo(approved);
    }

    @Test
    void aReviewerDecidesOnlyAtTheirOwnStep() {
        reviewIn(List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP), ApprovedChanges.REVIEW);
        Work work = registered();

        assertRefused(as(LEADERSHIP).changeWorkStatus(ChangeStatus.approve(work.id().value(), 0)),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        Work checked = Fixtures.succeeded(as(OFFICE).changeWorkStatus(ChangeStatus.approve(work.id().value(), 0)));
        assertRefused(as(OFFICE).returnWork(ChangeStatus.returnForInformation(work.id().value(), checked.version(),
                REASON)), RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        assertThat(Fixtures.stored(platform, work)).isEqualTo(checked);
    }

    @Test
    void theCityAdministratorDecidesAtAnyStep() {
        reviewIn(List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP), ApprovedChanges.REVIEW);
        Work work = registered();

        Work checked = Fixtures.succeeded(as(ADMIN).changeWorkStatus(ChangeStatus.approve(work.id().value(), 0)));
        Work approved = Fixtures.succeeded(as(ADMIN).changeWorkStatus(ChangeStatus.approve(work.id().value(), 1)));

        assertThat(checked.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.reviews().entries()).extracting(Review::step)
                .containsExactly(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP);
    }

    @Test
    void underDirective32OnlyTheCityAdministratorReviews() {
        Work work = registered();

        assertRefused(as(OFFICE).returnWork(ChangeStatus.returnForInformation(work.id().value(), 0, REASON)),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        assertRefused(as(LEADERSHIP).changeWorkStatus(ChangeStatus.approve(work.id().value(), 0)),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        assertThat(Fixtures.succeeded(as(ADMIN).returnWork(ChangeStatus.returnForInformation(work.id().value(), 0,
                REASON))).status()).isEqualTo(RegistrationStatus.RETURNED);
    }

    @Test
    void onlyReviewersReturn() {
        Work work = registered();
        ChangeStatus command = ChangeStatus.returnForInformation(work.id().value(), 0, REASON);

        assertRefused(as(OFFICER).returnWork(command), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(as(VIEWER).returnWork(command), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(as(Actor.anonymous()).returnWork(command), RuleCode.UNAUTHORIZED, Severity.ERROR);
        assertThat(Fixtures.stored(platform, work)).isEqualTo(work);
    }

    @Test
    void aReturnNeedsAReason() {
        Work work = registered();

        assertRefused(as(ADMIN).returnWork(ChangeStatus.returnForInformation(work.id().value(), 0, " ")),
                RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
    }

    @Test
    void onlyTheUnitOrTheCityResubmits() {
        Work work = registered();
        Work returned = Fixtures.succeeded(as(ADMIN).returnWork(ChangeStatus.returnForInformation(work.id().value(), 0,
                REASON)));
        ChangeStatus resubmit = ChangeStatus.resubmit(work.id().value(), returned.version());

        assertRefused(as(OTHER_OFFICER).resubmitWork(resubmit), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(as(OFFICE).resubmitWork(resubmit), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(as(VIEWER).resubmitWork(resubmit), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(as(Actor.anonymous()).resubmitWork(resubmit), RuleCode.UNAUTHORIZED, Severity.ERROR);
        assertThat(Fixtures.succeeded(as(ADMIN).resubmitWork(resubmit)).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void onlyAReturnedRegistrationIsResubmitted() {
        Work work = registered();
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);

        assertRefused(as(OFFICER).resubmitWork(ChangeStatus.resubmit(work.id().value(), approved.version())),
                RuleCode.ILLEGAL_TRANSITION, Severity.ERROR);
        assertThat(Fixtures.stored(platform, work)).isEqualTo(approved);
    }

    @Test
    void aUnitsChangeToAnApprovedWorkSendsItBackToReview() {
        reviewIn(List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP), ApprovedChanges.REVIEW);
        Work work = registered();
        Fixtures.succeeded(as(OFFICE).changeWorkStatus(ChangeStatus.approve(work.id().value(), 0)));
        Work approved = Fixtures.succeeded(as(LEADERSHIP).changeWorkStatus(ChangeStatus.approve(work.id().value(), 1)));

        Work changed = Fixtures.succeeded(as(OFFICER).updateWork(new UpdateWork(work.id().value(), approved.version(),
                WorkChanges.none().withScale(Change.set("3 tầng, 450 m²")))));

        assertThat(approved.status()).as("approved %s", approved).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(changed.status()).as("changed %s", changed).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(changed.scale()).isEqualTo("3 tầng, 450 m²");
        assertThat(changed.reviews().entries().get(2)).extracting(Review::step, Review::decision, Review::by)
                .containsExactly(ReviewStep.CITY_OFFICE, ReviewDecision.REOPENED, "canbo.tranphu");
        assertRefused(as(LEADERSHIP).changeWorkStatus(ChangeStatus.approve(work.id().value(), changed.version())),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
    }

    @Test
    void theCitysChangeToAnApprovedWorkKeepsItsApproval() {
        Work work = registered();
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);

        Work changed = Fixtures.succeeded(as(ADMIN).updateWork(new UpdateWork(work.id().value(), approved.version(),
                WorkChanges.none().withScale(Change.set("2 tầng")))));

        assertThat(changed.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(changed.reviews()).isEqualTo(approved.reviews());
    }

    @Test
    void aCampaignMayRefuseAUnitsChangeToAnApprovedWork() {
        reviewIn(List.of(ReviewStep.CITY_ADMIN), ApprovedChanges.REFUSE);
        Work work = registered();
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);

        assertRefused(as(OFFICER).updateWork(new UpdateWork(work.id().value(), approved.version(),
                WorkChanges.none().withScale(Change.set("2 tầng")))), RuleCode.APPROVED_CHANGE_REFUSED, Severity.ERROR);
        assertThat(Fixtures.stored(platform, work)).isEqualTo(approved);
    }

    @Test
    void aUnitCannotSendAWorkCarryingAPlaqueBackToReview() {
        Work work = registered();
        Registration approved = Lifecycle.bringTo(platform, work, RegistrationStatus.APPROVED);
        Work plaque = Fixtures.succeeded(platform.registrationService().awardPlaque(new AwardPlaque(work.id().value(),
                approved.version(), Fixtures.CITY)));

        assertRefused(as(OFFICER).updateWork(new UpdateWork(work.id().value(), plaque.version(),
                WorkChanges.none().withScale(Change.set("2 tầng")))), RuleCode.PLAQUE_WORK_CHANGE_REFUSED,
                Severity.ERROR);
        assertThat(Fixtures.stored(platform, work)).isEqualTo(plaque);
    }

    @Test
    void importingAReturnedWorkAgainUpdatesItsDetailsAndKeepsItReturned() {
        Work work = registered();
        Fixtures.succeeded(as(ADMIN).returnWork(ChangeStatus.returnForInformation(work.id().value(), 0, REASON)));

        Saved<Work> saved = Fixtures.succeeded(platform.registrationService().registerOrUpdateWork(workFor(TRAN_PHU,
                Fixtures.aWork().named(work.name()).location("Tổ dân phố 5").build())));

        assertThat(saved.change()).isEqualTo(Saved.Change.UPDATED);
        assertThat(saved.registration().id()).isEqualTo(work.id());
        assertThat(saved.registration().status()).isEqualTo(RegistrationStatus.RETURNED);
    }

    @Test
    void importingARejectedRowAgainRegistersNothingButAChangedRowRegistersAnew() {
        Work work = registered();
        Registration rejected = Lifecycle.bringTo(platform, work, RegistrationStatus.REJECTED);

        Saved<Work> same = Fixtures.succeeded(platform.registrationService().registerOrUpdateWork(workFor(TRAN_PHU)));
        assertThat(same.change()).isEqualTo(Saved.Change.UNCHANGED);
        assertThat(same.registration()).isEqualTo(rejected);

        Saved<Work> changed = Fixtures.succeeded(platform.registrationService().registerOrUpdateWork(workFor(TRAN_PHU,
                Fixtures.aWork().named(work.name()).location("Tổ dân phố 5").build())));
        assertThat(changed.change()).isEqualTo(Saved.Change.CREATED);
        assertThat(changed.registration().id()).isNotEqualTo(work.id());
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(2);
    }
}
