package vn.campaign.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;

/**
 * Compliance as it stood at the end of past days, from status histories written on several days by the
 * registration service under a clock the test moves.
 */
class ComplianceAsOfTest {

    private static final ZoneId HA_TINH = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MovableClock clock = new MovableClock();
    private final CampaignPlatform platform = CampaignPlatform.inMemory(clock);

    @Test
    void tellsEachDaysComplianceFromTheStatusHistory() {
        clock.setTo(LocalDate.of(2022, 4, 4));
        Registration work = platform.registrationService().registerWork(Fixtures.workFor(Fixtures.TRAN_PHU)).value();
        clock.setTo(LocalDate.of(2022, 4, 6));
        Registration event = platform.registrationService().registerEvent(Fixtures.eventFor(Fixtures.TRAN_PHU)).value();
        clock.setTo(LocalDate.of(2022, 4, 8));
        approve(work);
        clock.setTo(LocalDate.of(2022, 4, 11));
        approve(event);

        assertThat(tranPhu(LocalDate.of(2022, 4, 3)).obligations()).extracting(ObligationResult::status)
                .containsExactly(ObligationStatus.MISSING, ObligationStatus.MISSING);
        assertThat(tranPhu(LocalDate.of(2022, 4, 4)).obligations()).extracting(ObligationResult::status)
                .containsExactly(ObligationStatus.PENDING, ObligationStatus.MISSING);
        assertThat(tranPhu(LocalDate.of(2022, 4, 8)).obligations()).extracting(ObligationResult::status)
                .containsExactly(ObligationStatus.SATISFIED, ObligationStatus.PENDING);
        UnitCompliance onThe10th = tranPhu(LocalDate.of(2022, 4, 10));
        assertThat(onThe10th.compliant()).isFalse();
        assertThat(onThe10th.explanation()).startsWith("Phường Trần Phú: còn thiếu 1 — ")
                .contains(Directive32.campaign().obligations().get(1).name()).endsWith("(1 đang chờ duyệt)");
        assertThat(onThe10th.explanationEn()).startsWith("Phường Trần Phú: 1 more needed — ")
                .contains(Directive32.campaign().obligations().get(1).nameEn());
        UnitCompliance onThe11th = tranPhu(LocalDate.of(2022, 4, 11));
        assertThat(onThe11th.compliant()).isTrue();
        assertThat(onThe11th.explanation()).isEqualTo("Phường Trần Phú: đã đạt đủ các yêu cầu");
        assertThat(platform.complianceService().evaluate("CT32-2022").value().units())
                .filteredOn(u -> u.unit().code().value().equals(Fixtures.TRAN_PHU)).singleElement()
                .isEqualTo(onThe11th);
    }

    @Test
    void aRegistrationRejectedLaterStillCountedAsPendingBeforeItsRejection() {
        clock.setTo(LocalDate.of(2022, 4, 4));
        Registration work = platform.registrationService().registerWork(Fixtures.workFor(Fixtures.TRAN_PHU)).value();
        clock.setTo(LocalDate.of(2022, 4, 9));
        platform.registrationService().changeStatus(new ChangeStatus(work.id().value(), work.version(),
                RegistrationStatus.REJECTED, "Không đạt", null)).value();

        assertThat(tranPhu(LocalDate.of(2022, 4, 8)).obligations().get(0).status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(tranPhu(LocalDate.of(2022, 4, 9)).obligations().get(0).status()).isEqualTo(ObligationStatus.MISSING);
    }

    private void approve(Registration r) {
        platform.registrationService().changeStatus(new ChangeStatus(r.id().value(), r.version(),
                RegistrationStatus.APPROVED, null, null)).value();
    }

    private UnitCompliance tranPhu(LocalDate day) {
        return ComplianceEvaluator.evaluateAsOf(Directive32.campaign(), platform.units().findAll(),
                platform.registrations().findByCampaign(Directive32.CODE), day, HA_TINH).units().stream()
                .filter(u -> u.unit().code().value().equals(Fixtures.TRAN_PHU)).findFirst().orElseThrow();
    }

    /** A clock the test sets to a day (ten in the morning, Hà Tĩnh time). */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2022-04-01T03:00:00Z");

        void setTo(LocalDate day) {
            now = day.atTime(10, 0).atZone(HA_TINH).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return HA_TINH;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
