package vn.campaign.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.platform;
import static vn.campaign.core.fixture.Fixtures.registered;
import static vn.campaign.core.fixture.Fixtures.workFor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.core.application.AwardPlaque;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.Outcome;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.application.ReportProgress;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Violation;
import vn.campaign.core.unit.UnitCode;

class AccessPolicyTest {

    private static final Actor ADMIN = new Actor.User("chuyenvien.thanhpho", Role.CITY_ADMIN, null);
    private static final Actor TRAN_PHU = new Actor.User("canbo.tranphu", Role.UNIT_OFFICER, new UnitCode("18070"));
    private static final Actor BAC_HA = new Actor.User("canbo.bacha", Role.UNIT_OFFICER, new UnitCode("18076"));
    private static final Actor VIEWER = new Actor.User("lanhdao", Role.VIEWER, null);
    private static final Actor ANONYMOUS = Actor.anonymous();

    private final CampaignPlatform platform = platform();

    static Stream<Arguments> whoMayRegisterForTranPhu() {
        return Stream.of(
                Arguments.of(ADMIN, null),
                Arguments.of(TRAN_PHU, null),
                Arguments.of(BAC_HA, "FORBIDDEN"),
                Arguments.of(VIEWER, "FORBIDDEN"),
                Arguments.of(ANONYMOUS, "UNAUTHORIZED"));
    }

    @ParameterizedTest(name = "{0} registering for Trần Phú: {1}")
    @MethodSource("whoMayRegisterForTranPhu")
    void onlyTheCityAndTheUnitsOwnOfficerRegisterForAUnit(Actor actor, String refusal) {
        Outcome<Work> outcome = platform.registrationService().as(actor).registerWork(workFor("18070"));

        assertRefusedWith(outcome, refusal);
        assertThat(platform.registrations().findByCampaign(vn.campaign.core.campaign.Directive32.CODE))
                .hasSize(refusal == null ? 1 : 0);
    }

    static Stream<Arguments> whoMayChangeATranPhuWork() {
        return Stream.of(
                Arguments.of(ADMIN, RegistrationStatus.APPROVED, null),
                Arguments.of(TRAN_PHU, RegistrationStatus.APPROVED, "FORBIDDEN"),
                Arguments.of(TRAN_PHU, RegistrationStatus.REJECTED, "FORBIDDEN"),
                Arguments.of(TRAN_PHU, RegistrationStatus.CANCELLED, null),
                Arguments.of(BAC_HA, RegistrationStatus.CANCELLED, "FORBIDDEN"),
                Arguments.of(VIEWER, RegistrationStatus.CANCELLED, "FORBIDDEN"),
                Arguments.of(ANONYMOUS, RegistrationStatus.APPROVED, "UNAUTHORIZED"),
                Arguments.of(ADMIN, RegistrationStatus.CANCELLED, null));
    }

    @ParameterizedTest(name = "{0} setting {1}: {2}")
    @MethodSource("whoMayChangeATranPhuWork")
    void approvingAndRejectingIsForTheCityCancellingAlsoForTheUnit(Actor actor, RegistrationStatus target,
            String refusal) {
        Work work = registered(platform, workFor("18070"));

        Outcome<?> outcome = platform.registrationService().as(actor).changeStatus(
                new ChangeStatus(work.id().value(), 0, target, "Lý do", null));

        assertRefusedWith(outcome, refusal);
        assertThat(platform.registrations().findById(work.id()).orElseThrow().status())
                .isEqualTo(refusal == null ? target : RegistrationStatus.REGISTERED);
    }

    @Test
    void anOfficerEditsOnlyTheirOwnUnitsRegistrations() {
        Work work = registered(platform, workFor("18070"));
        var changed = work.details().withPlaqueRequested(true);

        assertRefusedWith(platform.registrationService().as(BAC_HA)
                .update(new UpdateRegistration(work.id().value(), 0, changed)), "FORBIDDEN");
        assertRefusedWith(platform.registrationService().as(TRAN_PHU)
                .update(new UpdateRegistration(work.id().value(), 0, changed)), null);
    }

    @Test
    void onlyTheCityAwardsPlaques() {
        Work work = registered(platform, workFor("18070"));
        RegistrationService service = platform.registrationService();
        service.changeStatus(ChangeStatus.approve(work.id().value(), 0)).value();

        assertRefusedWith(service.as(TRAN_PHU).awardPlaque(new AwardPlaque(work.id().value(), 1, "436")), "FORBIDDEN");
        assertRefusedWith(service.as(ADMIN).awardPlaque(new AwardPlaque(work.id().value(), 1, "436")), null);
    }

    @Test
    void progressIsReportedByTheCityOrTheUnitItself() {
        ReportProgress trees = new ReportProgress("CT32-2022", "URBAN_TREES", "18070", LocalDate.of(2022, 5, 1),
                BigDecimal.valueOf(120), null);

        assertRefusedWith(platform.progressService().as(BAC_HA).report(trees), "FORBIDDEN");
        assertRefusedWith(platform.progressService().as(ANONYMOUS).report(trees), "UNAUTHORIZED");
        assertRefusedWith(platform.progressService().as(TRAN_PHU).report(trees), null);
    }

    /** Issue 17: a VIEWER's refused write did not say that the role is the reason. */
    @Test
    void refusalsSayWhatWasRefusedAndThatTheRoleIsTheReasonInBothLanguages() {
        Violation v = AccessPolicy.awardPlaque(VIEWER).get(0);

        assertThat(v.code()).isEqualTo(RuleCode.FORBIDDEN);
        assertThat(v.message().vi()).isEqualTo("Vai trò VIEWER (chỉ xem) của bạn không được gắn biển công trình.");
        assertThat(v.message().en()).isEqualTo("Your role VIEWER (read only) does not allow you to award plaques.");
        assertThat(AccessPolicy.actForUnit(VIEWER, "18070").get(0).message().en())
                .isEqualTo("Your role VIEWER (read only) does not allow you to act for unit 18070.");
    }

    @Test
    void visibilityShowsThePublicStatusesToEveryoneAndAllOfTheirOwnUnitToAnOfficer() {
        Work registeredWork = registered(platform, workFor("18076"));
        Registration approvedElsewhere = platform.registrationService().changeStatus(
                ChangeStatus.approve(registered(platform, workFor("18073")).id().value(), 0)).value();

        assertThat(AccessPolicy.visibility(ANONYMOUS).canSee(registeredWork)).isFalse();
        assertThat(AccessPolicy.visibility(ANONYMOUS).canSee(approvedElsewhere)).isTrue();
        assertThat(AccessPolicy.visibility(BAC_HA).canSee(registeredWork)).isTrue();
        assertThat(AccessPolicy.visibility(TRAN_PHU).canSee(registeredWork)).isFalse();
        assertThat(AccessPolicy.visibility(VIEWER).canSee(registeredWork)).isTrue();
        assertThat(AccessPolicy.visibility(ADMIN).everything()).isTrue();
    }

    private static void assertRefusedWith(Outcome<?> outcome, String code) {
        if (code == null) {
            assertThat(outcome.isSuccess()).as("allowed: %s", outcome.violations()).isTrue();
        } else {
            assertThat(outcome.violations()).extracting(v -> v.code().name()).isEqualTo(List.of(code));
        }
    }
}
