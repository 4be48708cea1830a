package vn.campaign.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.core.campaign.ReviewStep.CITY_ADMIN;
import static vn.campaign.core.campaign.ReviewStep.CITY_LEADERSHIP;
import static vn.campaign.core.campaign.ReviewStep.CITY_OFFICE;
import static vn.campaign.core.registration.ReviewDecision.APPROVED;
import static vn.campaign.core.registration.ReviewDecision.REJECTED;
import static vn.campaign.core.registration.ReviewDecision.REOPENED;
import static vn.campaign.core.registration.ReviewDecision.RETURNED;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.unit.UnitCode;

/**
 * Review steps as the records hold them: an approval before the last step keeps a registration waiting for the
 * next step, the last step's approval approves it, a return and a reopening start the review again at the first
 * step; and the types refuse what no review can produce (a return without a reason, an approval at a step the
 * campaign does not have, a review of a registration not waiting for one).
 */
class ReviewsFollowTheCampaignsStepsTest {

    private static final ReviewProcess TWO_STEPS = new ReviewProcess(List.of(CITY_OFFICE, CITY_LEADERSHIP),
            ApprovedChanges.REVIEW);
    private static final Instant T0 = Instant.parse("2022-05-02T02:00:00Z");

    private static Work registered() {
        return Work.register(Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU), Fixtures.work(Fixtures.HALL_OF_TDP_5),
                T0);
    }

    @ParameterizedTest(name = "review {0}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyReview")
    void eachApprovalMovesOneStepOnAndOnlyTheLastApproves(List<ReviewStep> steps) {
        ReviewProcess process = new ReviewProcess(steps, ApprovedChanges.REVIEW);
        Work work = registered();
        for (int k = 0; k < steps.size(); k++) {
            assertThat(work.reviews().pendingStep(process)).isEqualTo(steps.get(k));
            work = work.reviewed(process, APPROVED, null, "reviewer", T0.plusSeconds(k + 1));
            assertThat(work.status()).isEqualTo(Lifecycle.afterApprovals(steps.size(), k + 1));
            assertThat(work.reviews().entries().get(k).step()).isEqualTo(steps.get(k));
        }
        Work approved = work;
        assertThatThrownBy(() -> approved.reviewed(process, APPROVED, null, "reviewer", T0.plusSeconds(99)))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "review {0}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyReview")
    void aReturnAtAnyStepStartsTheReviewAgainAtTheFirst(List<ReviewStep> steps) {
        ReviewProcess process = new ReviewProcess(steps, ApprovedChanges.REVIEW);
        for (int returnedAt = 0; returnedAt < steps.size(); returnedAt++) {
            Work work = registered();
            for (int k = 0; k < returnedAt; k++) {
                work = work.reviewed(process, APPROVED, null, "reviewer", T0.plusSeconds(k + 1));
            }
            Work returned = work.reviewed(process, RETURNED, "Bổ sung", "reviewer", T0.plusSeconds(10));
            assertThat(returned.reviews().entries().get(returnedAt).step()).isEqualTo(steps.get(returnedAt));

            Work resubmitted = returned.withStatus(RegistrationStatus.REGISTERED, null, null, T0.plusSeconds(11));

            assertThat(resubmitted.reviews().pendingStep(process)).isEqualTo(steps.get(0));
        }
    }

    @Test
    void anApprovalBeforeTheLastStepKeepsTheWorkWaitingForTheNextStep() {
        Work afterOffice = registered().reviewed(TWO_STEPS, APPROVED, null, "vanphong", T0.plusSeconds(60));

        assertThat(afterOffice.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(afterOffice.version()).isEqualTo(1);
        assertThat(afterOffice.reviews().entries()).extracting(Review::step, Review::decision, Review::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CITY_OFFICE, APPROVED, "vanphong"));
        assertThat(afterOffice.reviews().pendingStep(TWO_STEPS)).isEqualTo(CITY_LEADERSHIP);
        assertThat(afterOffice.timeline().history()).hasSize(1);
    }

    @Test
    void theLastStepsApprovalApprovesTheWork() {
        Work approved = registered().reviewed(TWO_STEPS, APPROVED, null, "vanphong", T0.plusSeconds(60))
                .reviewed(TWO_STEPS, APPROVED, "Đồng ý", "lanhdao", T0.plusSeconds(120));

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.reviews().entries()).extracting(Review::step)
                .containsExactly(CITY_OFFICE, CITY_LEADERSHIP);
        assertThat(approved.timeline().lastStatus()).isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void aSingleStepReviewApprovesAtOnce() {
        Work approved = registered().reviewed(ReviewProcess.single(), APPROVED, null, "admin", T0.plusSeconds(1));

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.reviews().entries()).extracting(Review::step).containsExactly(CITY_ADMIN);
    }

    @Test
    void aReturnAtTheSecondStepSendsTheResubmittedWorkBackToTheFirst() {
        Work returned = registered().reviewed(TWO_STEPS, APPROVED, null, "vanphong", T0.plusSeconds(60))
                .reviewed(TWO_STEPS, RETURNED, "Bổ sung biên bản nghiệm thu", "lanhdao", T0.plusSeconds(120));

        assertThat(returned.status()).isEqualTo(RegistrationStatus.RETURNED);
        assertThat(returned.statusReason()).isEqualTo("Bổ sung biên bản nghiệm thu");
        assertThat(returned.reviews().entries().get(1).reason()).isEqualTo("Bổ sung biên bản nghiệm thu");

        Work resubmitted = returned.withStatus(RegistrationStatus.REGISTERED, null, null, T0.plusSeconds(180));

        assertThat(resubmitted.statusReason()).isNull();
        assertThat(resubmitted.reviews().pendingStep(TWO_STEPS)).isEqualTo(CITY_OFFICE);
        assertThat(resubmitted.timeline().history()).extracting(StatusChange::status).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.RETURNED, RegistrationStatus.REGISTERED);
    }

    @Test
    void aReopenedWorkWaitsForTheFirstStepAgainWithTheReopeningRecorded() {
        Work approved = registered().reviewed(TWO_STEPS, APPROVED, null, "vanphong", T0.plusSeconds(60))
                .reviewed(TWO_STEPS, APPROVED, null, "lanhdao", T0.plusSeconds(120));

        Work reopened = approved.reopened(Fixtures.work("Khánh thành Nhà văn hóa TDP 5 (mở rộng)"), TWO_STEPS,
                "canbo.tranphu", T0.plusSeconds(180));

        assertThat(reopened.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(reopened.name()).isEqualTo("Khánh thành Nhà văn hóa TDP 5 (mở rộng)");
        assertThat(reopened.version()).isEqualTo(approved.version() + 1);
        assertThat(reopened.reviews().entries().get(2)).extracting(Review::step, Review::decision, Review::by)
                .containsExactly(CITY_OFFICE, REOPENED, "canbo.tranphu");
        assertThat(reopened.reviews().pendingStep(TWO_STEPS)).isEqualTo(CITY_OFFICE);
    }

    @Test
    void onlyAnApprovedWorkIsReopened() {
        assertThatThrownBy(() -> registered().reopened(TWO_STEPS, "canbo", T0.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAnApprovalRecordedAtAStepTheCampaignDoesNotHave() {
        Review atLeadership = new Review(CITY_LEADERSHIP, APPROVED, null, "lanhdao", T0.plusSeconds(1));
        Work odd = new Work(registered().id(), Directive32.CODE, new UnitCode(Fixtures.TRAN_PHU),
                Fixtures.work(Fixtures.HALL_OF_TDP_5), RegistrationStatus.REGISTERED, null, null, false, 1,
                Timeline.registeredAt(T0), new Reviews(List.of(atLeadership)));

        assertThatThrownBy(() -> odd.reviewed(ReviewProcess.single(), APPROVED, null, "admin", T0.plusSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("approval recorded at step CITY_LEADERSHIP, which is not step 1 of the review [CITY_ADMIN]");
    }

    @Test
    void refusesAnotherApprovalOnceEveryStepHasApproved() {
        Review one = new Review(CITY_OFFICE, APPROVED, null, "vanphong", T0.plusSeconds(1));
        Review two = new Review(CITY_LEADERSHIP, APPROVED, null, "lanhdao", T0.plusSeconds(2));

        assertThatThrownBy(() -> new Reviews(List.of(one, two)).pendingStep(TWO_STEPS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a review of 2 step(s) [CITY_OFFICE, CITY_LEADERSHIP] has no step after 2 approval(s)");
    }

    @ParameterizedTest(name = "a review {0} needs a reason")
    @EnumSource(value = ReviewDecision.class, names = {"RETURNED", "REJECTED"})
    void refusesAReturnOrARejectionWithoutAReason(ReviewDecision decision) {
        assertThatThrownBy(() -> new Review(CITY_OFFICE, decision, "  ", "vanphong", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a review " + decision + " at step CITY_OFFICE needs a reason");
        assertThatThrownBy(() -> registered().reviewed(TWO_STEPS, decision, null, "vanphong", T0.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAReviewOfAWorkNotWaitingForOne() {
        Work returned = registered().reviewed(TWO_STEPS, RETURNED, "Bổ sung", "vanphong", T0.plusSeconds(1));

        assertThatThrownBy(() -> returned.reviewed(TWO_STEPS, APPROVED, null, "vanphong", T0.plusSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is RETURNED: only a registration waiting for review (REGISTERED) is reviewed");
    }

    @Test
    void aRejectionEndsTheReviewWithItsReason() {
        Work rejected = registered().reviewed(TWO_STEPS, REJECTED, "Không thuộc đợt thi đua", "vanphong",
                T0.plusSeconds(1));

        assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Không thuộc đợt thi đua");
    }

    @Test
    void refusesReviewsOutOfOrder() {
        Review later = new Review(CITY_OFFICE, APPROVED, null, "vanphong", T0.plusSeconds(10));
        Review earlier = new Review(CITY_LEADERSHIP, RETURNED, "Bổ sung", "lanhdao", T0);

        assertThatThrownBy(() -> new Reviews(List.of(later, earlier))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("review history out of order");
    }

    @Test
    void aCampaignsReviewHasStepsEachRoleOnce() {
        assertThatThrownBy(() -> new ReviewProcess(List.of(), ApprovedChanges.REVIEW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewProcess(List.of(CITY_OFFICE, CITY_OFFICE), ApprovedChanges.REVIEW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("review step CITY_OFFICE is listed twice in [CITY_OFFICE, CITY_OFFICE]");
        assertThat(Directive32.campaign().review().steps()).containsExactly(ReviewStep.CITY_ADMIN);
        assertThat(Directive32.campaign().review().approvedChanges()).isEqualTo(ApprovedChanges.REVIEW);
    }
}
