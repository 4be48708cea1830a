package vn.campaign.core.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.LAST_DAY;
import static vn.campaign.core.fixture.Fixtures.MID_CAMPAIGN;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.RecipientKind;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.MovableClock;
import vn.campaign.core.registration.Review;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.registration.Work;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;

class CommendationServiceTest {

    static final String CITY_FORM = "GIAY_KHEN_CHU_TICH_UBND_TP";
    static final String UPWARD_FORM = "BANG_KHEN_CHU_TICH_UBND_TINH";
    static final String BAC_HA = "18076";
    static final Actor ADMIN = new Actor.User("admin@hatinh", Role.CITY_ADMIN, null);
    static final Actor OFFICER = new Actor.User("officer@tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));
    static final Actor OTHER_OFFICER = new Actor.User("officer@bacha", Role.UNIT_OFFICER, new UnitCode(BAC_HA));
    static final Actor VIEWER = new Actor.User("viewer", Role.VIEWER, null);
    static final Actor OFFICE = new Actor.User("office@hatinh", Role.CITY_OFFICE, null);
    static final Actor LEADERSHIP = new Actor.User("leader@hatinh", Role.CITY_LEADERSHIP, null);

    private final MovableClock clock = new MovableClock(MID_CAMPAIGN);
    private final CampaignPlatform platform = CampaignPlatform.inMemory(clock);
    private final InMemoryCommendations store = new InMemoryCommendations();
    private final CommendationService service = new CommendationService(platform.campaigns(), platform.units(),
            platform.registrations(), store, store, clock);
    private final Work work = Fixtures.registered(platform, Fixtures.workFor(TRAN_PHU));

    private void close() {
        platform.campaigns().save(Directive32.campaign().closedOn(LAST_DAY.plusDays(1)));
        clock.setTo(LAST_DAY.plusDays(2));
    }

    private static ProposeCommendation proposal(String unit, RecipientKind kind, String name, @Nullable String position,
            @Nullable String recipientUnit, String form, List<String> registrations) {
        return new ProposeCommendation(Directive32.CODE.value(), unit, kind, name, position, recipientUnit, form,
                "Hoàn thành xuất sắc công trình chào mừng", registrations);
    }

    private Commendation proposed(String name) {
        return Fixtures.succeeded(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, name,
                "Chủ tịch UBND phường", null, CITY_FORM, List.of(work.id().value()))));
    }

    private Commendation approved(Commendation c) {
        return Fixtures.succeeded(service.as(ADMIN).review(new ReviewCommendation(c.id(), c.version(),
                ReviewDecision.APPROVED, null)));
    }

    @Test
    void directive32OffersTheCitysGiayKhenDecidedByTheCity() {
        assertThat(Directive32.campaign().commendationForm(CITY_FORM)).get().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Giấy khen của Chủ tịch UBND thành phố");
            assertThat(f.decidedBy()).isEqualTo(vn.campaign.core.campaign.Decider.CITY);
        });
    }

    @Test
    void refusesProposalsBeforeClosingUnlessTheDefinitionOpensThemEarlier() {
        assertRefused(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.COLLECTIVE, "Tổ dân phố 5", null,
                null, CITY_FORM, List.of())), RuleCode.COMMENDATION_TOO_EARLY, Severity.ERROR, "campaignCode");

        platform.campaigns().save(Directive32.campaign().withCommendation(Directive32.campaign().commendationForms(),
                MID_CAMPAIGN));
        assertThat(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.COLLECTIVE, "Tổ dân phố 5", null,
                null, CITY_FORM, List.of())).isSuccess()).isTrue();
    }

    @Test
    void aUnitProposesForItsOwnPeopleOnlyAndTheCityForAnyone() {
        close();
        assertRefused(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A", null,
                BAC_HA, CITY_FORM, List.of())), RuleCode.RECIPIENT_OUTSIDE_UNIT, Severity.ERROR, "recipient", "unitCode");
        assertRefused(service.as(OTHER_OFFICER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A",
                null, null, CITY_FORM, List.of())), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(service.as(VIEWER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A",
                null, null, CITY_FORM, List.of())), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(service.as(Actor.anonymous()).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL,
                "Nguyễn Văn A", null, null, CITY_FORM, List.of())), RuleCode.UNAUTHORIZED, Severity.ERROR);
        Commendation byCity = Fixtures.succeeded(service.as(ADMIN).propose(proposal("436", RecipientKind.COLLECTIVE,
                "UBND phường Bắc Hà", null, BAC_HA, CITY_FORM, List.of())));
        assertThat(byCity.recipient().unit()).isEqualTo(new UnitCode(BAC_HA));
        assertThat(byCity.status()).isEqualTo(CommendationStatus.PROPOSED);
    }

    @Test
    void refusesAnUnknownFormAndRegistrationsOfAnotherUnit() {
        Work other = Fixtures.registered(platform, Fixtures.workFor(BAC_HA));
        close();
        assertRefused(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A", null,
                null, "HUAN_CHUONG", List.of())), RuleCode.COMMENDATION_FORM_UNKNOWN, Severity.ERROR, "form");
        assertRefused(service.as(OFFICER).propose(proposal(TRAN_PHU, RecipientKind.INDIVIDUAL, "Nguyễn Văn A", null,
                null, CITY_FORM, List.of(other.id().value()))), RuleCode.NOT_FOUND, Severity.ERROR,
                "registrationIds", "0");
    }

    @Test
    void reviewReturnsResubmitsApprovesAndKeepsTheHistory() {
        platform.campaigns().save(Directive32.campaign().withStatus(CampaignStatus.OPEN));
        close();
        Commendation c = proposed("Nguyễn Văn A");
        assertRefused(service.as(OFFICER).review(new ReviewCommendation(c.id(), c.version(), ReviewDecision.APPROVED,
                null)), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(service.as(ADMIN).review(new ReviewCommendation(c.id(), c.version(), ReviewDecision.RETURNED,
                " ")), RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
        Commendation returned = Fixtures.succeeded(service.as(ADMIN).review(new ReviewCommendation(c.id(),
                c.version(), ReviewDecision.RETURNED, "Bổ sung báo cáo thành tích")));
        assertRefused(service.as(OTHER_OFFICER).review(new ReviewCommendation(c.id(), returned.version(),
                ReviewDecision.RESUBMITTED, null)), RuleCode.COMMENDATION_NOT_FOUND, Severity.ERROR, "id");
        Commendation resubmitted = Fixtures.succeeded(service.as(OFFICER).review(new ReviewCommendation(c.id(),
                returned.version(), ReviewDecision.RESUBMITTED, null)));
        Commendation done = approved(resubmitted);

        assertThat(done.status()).isEqualTo(CommendationStatus.APPROVED);
        assertThat(done.reviews().entries()).extracting(Review::decision).containsExactly(ReviewDecision.RETURNED,
                ReviewDecision.RESUBMITTED, ReviewDecision.APPROVED);
        assertThat(done.reviews().entries()).extracting(Review::step).containsOnly(ReviewStep.CITY_ADMIN);
        assertThat(done.reviews().entries().get(0).reason()).isEqualTo("Bổ sung báo cáo thành tích");
        assertRefused(service.as(ADMIN).review(new ReviewCommendation(c.id(), 1, ReviewDecision.APPROVED, null)),
                RuleCode.CONFLICT, Severity.ERROR, "expectedVersion");
    }

    /** Closes Directive 32 under a two-step review: the emulation office checks, the leadership approves. */
    private void closeWithTwoSteps() {
        platform.campaigns().save(Directive32.campaign().withReview(new ReviewProcess(
                List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP), ApprovedChanges.REVIEW))
                .closedOn(LAST_DAY.plusDays(1)));
        clock.setTo(LAST_DAY.plusDays(2));
    }

    private Outcome<Commendation> decide(Actor actor, Commendation c, ReviewDecision decision, @Nullable String reason) {
        return service.as(actor).review(new ReviewCommendation(c.id(), c.version(), decision, reason));
    }

    @Test
    void aProposalFollowsTheCampaignsReviewStepsEachDecidedByItsOwnRole() {
        closeWithTwoSteps();
        Commendation c = proposed("Nguyễn Văn A");
        assertThat(c.pendingStep(platform.campaigns().findByCode(Directive32.CODE).orElseThrow().review()))
                .isEqualTo(ReviewStep.CITY_OFFICE);

        Violation notYours = assertRefused(decide(LEADERSHIP, c, ReviewDecision.APPROVED, null),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        assertThat(notYours.message().en()).isEqualTo(
                "It waits for review step CITY_OFFICE; your role CITY_LEADERSHIP does not decide at that step.");
        Commendation checked = Fixtures.succeeded(decide(OFFICE, c, ReviewDecision.APPROVED, null));
        assertThat(checked.status()).as("approved by the first of two steps").isEqualTo(CommendationStatus.PROPOSED);
        assertRefused(decide(OFFICE, checked, ReviewDecision.APPROVED, null), RuleCode.REVIEW_STEP_NOT_YOURS,
                Severity.ERROR);
        Commendation done = Fixtures.succeeded(decide(LEADERSHIP, checked, ReviewDecision.APPROVED, "Đồng ý"));

        assertThat(done.status()).isEqualTo(CommendationStatus.APPROVED);
        assertThat(done.version()).isEqualTo(3);
        assertThat(done.reviews().entries()).extracting(Review::step, Review::decision, Review::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.APPROVED, "office@hatinh"),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_LEADERSHIP, ReviewDecision.APPROVED, "leader@hatinh"));
    }

    @Test
    void aReturnAtTheSecondStepSendsTheResubmittedProposalBackToTheFirst() {
        closeWithTwoSteps();
        Commendation checked = Fixtures.succeeded(decide(OFFICE, proposed("Nguyễn Văn A"), ReviewDecision.APPROVED,
                null));
        Commendation returned = Fixtures.succeeded(decide(LEADERSHIP, checked, ReviewDecision.RETURNED,
                "Bổ sung xác nhận của UBND phường"));
        assertThat(returned.status()).isEqualTo(CommendationStatus.RETURNED);
        assertRefused(decide(OFFICE, returned, ReviewDecision.APPROVED, null), RuleCode.ILLEGAL_TRANSITION,
                Severity.ERROR);

        Commendation resubmitted = Fixtures.succeeded(decide(OFFICER, returned, ReviewDecision.RESUBMITTED, null));
        assertThat(resubmitted.status()).isEqualTo(CommendationStatus.PROPOSED);
        assertRefused(decide(LEADERSHIP, resubmitted, ReviewDecision.APPROVED, null),
                RuleCode.REVIEW_STEP_NOT_YOURS, Severity.ERROR);
        Commendation rechecked = Fixtures.succeeded(decide(OFFICE, resubmitted, ReviewDecision.APPROVED, null));
        Commendation rejected = Fixtures.succeeded(decide(LEADERSHIP, rechecked, ReviewDecision.REJECTED,
                "Thành tích chưa tiêu biểu"));

        assertThat(rejected.status()).isEqualTo(CommendationStatus.REJECTED);
        assertThat(rejected.reviews().entries()).extracting(Review::step, Review::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.APPROVED),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_LEADERSHIP, ReviewDecision.RETURNED),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.RESUBMITTED),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_OFFICE, ReviewDecision.APPROVED),
                org.assertj.core.groups.Tuple.tuple(ReviewStep.CITY_LEADERSHIP, ReviewDecision.REJECTED));
    }

    @Test
    void theCityAdministratorDecidesAtAnyStepAndOtherRolesNeverReview() {
        closeWithTwoSteps();
        Commendation c = proposed("Nguyễn Văn A");
        assertRefused(decide(VIEWER, c, ReviewDecision.APPROVED, null), RuleCode.COMMENDATION_NOT_FOUND,
                Severity.ERROR, "id");
        assertRefused(decide(OFFICER, c, ReviewDecision.APPROVED, null), RuleCode.FORBIDDEN, Severity.ERROR);
        assertRefused(decide(Actor.anonymous(), c, ReviewDecision.APPROVED, null), RuleCode.COMMENDATION_NOT_FOUND,
                Severity.ERROR, "id");
        assertThat(service.as(OFFICE).find(c.id())).as("a reviewer sees the proposals it reviews").isPresent();
        Commendation first = Fixtures.succeeded(decide(ADMIN, c, ReviewDecision.APPROVED, null));
        Commendation second = Fixtures.succeeded(decide(ADMIN, first, ReviewDecision.APPROVED, null));
        assertThat(second.status()).isEqualTo(CommendationStatus.APPROVED);
        assertThat(second.reviews().entries()).extracting(Review::step)
                .containsExactly(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP);
    }

    @Test
    void aDecisionMakesApprovedProposalsDecidedOnceUnderANewNumber() {
        close();
        Commendation a = approved(proposed("Nguyễn Văn A"));
        Commendation b = approved(proposed("Trần Thị B"));
        Commendation pending = proposed("Lê Văn C");

        Decision decision = Fixtures.succeeded(service.as(ADMIN).decide(new DecideCommendations(
                Directive32.CODE.value(), List.of(a.id(), b.id()), "1234/QĐ-UBND", LocalDate.of(2022, 7, 1),
                "Nguyễn Văn Chủ tịch")));

        assertThat(store.findById(a.id()).orElseThrow().status()).isEqualTo(CommendationStatus.DECIDED);
        assertThat(store.findById(b.id()).orElseThrow().decision()).isEqualTo(decision.id());
        assertRefused(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(),
                List.of(a.id()), "1235/QĐ-UBND", LocalDate.of(2022, 7, 2), "X")),
                RuleCode.COMMENDATION_ALREADY_DECIDED, Severity.ERROR, "commendationIds", "0");
        assertRefused(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(),
                List.of(pending.id()), "1236/QĐ-UBND", LocalDate.of(2022, 7, 2), "X")),
                RuleCode.COMMENDATION_NOT_APPROVED, Severity.ERROR, "commendationIds", "0");
        Commendation c = approved(store.findById(pending.id()).orElseThrow());
        assertRefused(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(), List.of(c.id()),
                "1234/QĐ-UBND", LocalDate.of(2022, 7, 2), "X")), RuleCode.DECISION_NUMBER_TAKEN, Severity.ERROR,
                "decisionNumber");
        assertRefused(service.as(OFFICER).decide(new DecideCommendations(Directive32.CODE.value(), List.of(c.id()),
                "9/QĐ-UBND", LocalDate.of(2022, 7, 2), "X")), RuleCode.FORBIDDEN, Severity.ERROR);
        assertThat(store.findById(c.id()).orElseThrow().status()).isEqualTo(CommendationStatus.APPROVED);
    }

    @Test
    void aFormOnlyProposedUpwardIsNotDecidedByTheCity() {
        close();
        Commendation upward = approved(Fixtures.succeeded(service.as(OFFICER).propose(proposal(TRAN_PHU,
                RecipientKind.COLLECTIVE, "UBND phường Trần Phú", null, null, UPWARD_FORM, List.of()))));

        assertRefused(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(),
                List.of(upward.id()), "77/QĐ-UBND", LocalDate.of(2022, 7, 1), "X")),
                RuleCode.FORM_NOT_DECIDED_BY_CITY, Severity.ERROR, "commendationIds", "0");
    }

    @Test
    void undecidedProposalsAreSeenByTheCityAndTheirUnitDecidedOnesByAnyone() {
        close();
        Commendation a = approved(proposed("Nguyễn Văn A"));
        Commendation b = proposed("Trần Thị B");
        Fixtures.succeeded(service.as(ADMIN).decide(new DecideCommendations(Directive32.CODE.value(),
                List.of(a.id()), "1/QĐ-UBND", LocalDate.of(2022, 7, 1), "X")));

        assertThat(service.as(Actor.anonymous()).visible(Directive32.CODE)).extracting(Commendation::id)
                .containsExactly(a.id());
        assertThat(service.as(OTHER_OFFICER).visible(Directive32.CODE)).extracting(Commendation::id)
                .containsExactly(a.id());
        assertThat(service.as(OFFICER).visible(Directive32.CODE)).extracting(Commendation::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(service.as(ADMIN).visible(Directive32.CODE)).hasSize(2);
    }
}
