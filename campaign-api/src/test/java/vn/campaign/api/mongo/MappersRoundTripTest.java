package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Timeline;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/** Every document class maps back to the domain value it was made from, field for field. */
class MappersRoundTripTest {

    @Test
    void mapsTheDirective32CampaignToADocumentAndBackUnchanged() {
        Campaign campaign = Directive32.campaign();

        assertThat(CampaignMapper.toDomain(CampaignMapper.toDocument(campaign))).isEqualTo(campaign);
    }

    @Test
    void mapsEveryHaTinhUnitIncludingTheHistoricalThachMonBackUnchanged() {
        for (Unit unit : HaTinhCity.units()) {
            assertThat(UnitMapper.toDomain(UnitMapper.toDocument(unit))).isEqualTo(unit);
        }
    }

    @Test
    void keysAUnitDocumentByCodeAndFirstDayAndStoresItsFoldedName() {
        Unit thachMon = HaTinhCity.units().stream()
                .filter(u -> u.code().value().equals("18103") && u.validFrom() != null).findFirst().orElseThrow();

        UnitDocument document = UnitMapper.toDocument(thachMon);

        assertThat(document.id()).isEqualTo("18103@2020-01-01");
        assertThat(document.nameFolded()).isEqualTo("xa dong mon");
        assertThat(UnitMapper.toDocument(HaTinhCity.city()).id()).isEqualTo("436@");
    }

    @Test
    void mapsAWorkWithEveryDetailAndAMinimalWorkBackUnchanged() {
        for (Registration work : new Registration[] {Fixtures.workWithEveryDetail(),
                Fixtures.inaugurationIn("18073", "Khởi công đường Hà Huy Tập")}) {
            assertThat(RegistrationMapper.toDomain(RegistrationMapper.toDocument(work))).isEqualTo(work);
        }
    }

    @Test
    void mapsAnEventWithEveryDetailAndAMinimalEventBackUnchanged() {
        for (Registration event : new Registration[] {Fixtures.eventWithEveryDetail(),
                Fixtures.festivalIn("18076", "Lễ hội Sen")}) {
            assertThat(RegistrationMapper.toDomain(RegistrationMapper.toDocument(event))).isEqualTo(event);
        }
    }

    @Test
    void mapsTheTimelineOfAWorkAndAnEventBackUnchangedToTheNanosecond() {
        Instant registered = Instant.parse("2022-04-20T01:02:03.123456789Z");
        Work work = Work.register(Directive32.CODE, new UnitCode("18070"), Fixtures.workWithEveryDetail().details(),
                registered).withStatus(RegistrationStatus.APPROVED, null, null, registered.plusSeconds(86_400))
                .withPlaqueAwarded(registered.plusSeconds(90_000))
                .withStatus(RegistrationStatus.COMPLETED, null, LocalDate.of(2022, 5, 19), registered.plusSeconds(2_592_000));
        Event event = Event.register(Directive32.CODE, new UnitCode("18076"), Fixtures.eventWithEveryDetail().details(),
                registered).withStatus(RegistrationStatus.REJECTED, "Trùng lịch", null, registered.plusNanos(1));

        for (Registration r : new Registration[] {work, event}) {
            Registration back = RegistrationMapper.toDomain(RegistrationMapper.toDocument(r));
            assertThat(back).isEqualTo(r);
            assertThat(back.timeline().registeredAt()).isEqualTo(registered);
        }
        assertThat(RegistrationMapper.toDocument(work).history()).extracting(h -> h.status())
                .containsExactly("REGISTERED", "APPROVED", "COMPLETED");
    }

    @Test
    void mapsTheReviewHistoryAndTheLiveNameKeyBackUnchanged() {
        ReviewProcess twoSteps = new ReviewProcess(List.of(ReviewStep.CITY_OFFICE, ReviewStep.CITY_LEADERSHIP),
                ApprovedChanges.REFUSE);
        Instant at = Instant.parse("2022-04-20T01:02:03.123456789Z");
        Work returned = Work.register(Directive32.CODE, new UnitCode("18070"), Fixtures.workWithEveryDetail().details(),
                at).reviewed(twoSteps, ReviewDecision.APPROVED, null, "vanphong", at.plusSeconds(1))
                .reviewed(twoSteps, ReviewDecision.RETURNED, "Bổ sung ảnh", "lanhdao", at.plusSeconds(2));
        Work rejected = returned.withStatus(RegistrationStatus.REGISTERED, null, null, at.plusSeconds(3))
                .reviewed(twoSteps, ReviewDecision.REJECTED, "Trùng", "vanphong", at.plusSeconds(4));

        for (Work w : List.of(returned, rejected)) {
            assertThat(RegistrationMapper.toDomain(RegistrationMapper.toDocument(w))).isEqualTo(w);
        }
        assertThat(RegistrationMapper.toDocument(returned).nameKey()).isEqualTo(returned.foldedName());
        assertThat(RegistrationMapper.toDocument(rejected).nameKey())
                .isEqualTo(rejected.foldedName() + "#" + rejected.id().value());
        Campaign campaign = Directive32.campaign().withReview(twoSteps);
        assertThat(CampaignMapper.toDomain(CampaignMapper.toDocument(campaign))).isEqualTo(campaign);
    }

    @Test
    void readsACampaignStoredBeforeReviewStepsAsReviewedInOneStep() {
        CampaignDocument stored = CampaignMapper.toDocument(Directive32.campaign());
        CampaignDocument older = new CampaignDocument(stored.id(), stored.name(), stored.nameEn(), stored.directive(),
                stored.organiser(), stored.startsOn(), stored.endsOn(), stored.anniversaries(), stored.taskAreas(),
                stored.obligations(), stored.targets(), stored.plaqueWorks(), null, null);

        assertThat(CampaignMapper.toDomain(older).review()).isEqualTo(ReviewProcess.single());
    }

    @Test
    void readsADocumentStoredBeforeTimelinesWereKeptAsAnUnknownTimeline() {
        RegistrationDocument stored = RegistrationMapper.toDocument(Fixtures.workWithEveryDetail());

        assertThat(stored.history()).isNull();
        assertThat(stored.updatedAt()).isNull();
        assertThat(RegistrationMapper.toDomain(stored).timeline()).isEqualTo(Timeline.unknown());
    }

    @Test
    void storesTheFoldedNameAndTheInvestmentInWholeDong() {
        RegistrationDocument document = RegistrationMapper.toDocument(Fixtures.workWithEveryDetail());

        assertThat(document.nameFolded()).isEqualTo("khanh thanh nha van hoa to dan pho 5");
        assertThat(document.investment()).isEqualTo(4_500_000_000L);
        assertThat(document.type()).isEqualTo("WORK");
        assertThat(document.startsOn()).isNull();
    }

    @Test
    void mapsAProgressReportBackUnchangedToTheNanosecond() {
        ProgressReport report = new ProgressReport(Directive32.CODE, "URBAN_TREES", new UnitCode("18070"),
                LocalDate.of(2022, 5, 1), new BigDecimal("1250.50"), "Trồng dọc đường Hàm Nghi",
                Instant.parse("2022-05-01T03:04:05.123456789Z"));

        ProgressReportDocument document = ProgressReportMapper.toDocument(report, "id-1");

        assertThat(ProgressReportMapper.toDomain(document)).isEqualTo(report);
        assertThat(document.recordedAt()).isEqualTo("2022-05-01T03:04:05.123456789Z");
    }

    @Test
    void writesInstantsAsTextThatSortsLikeTheInstants() {
        String whole = Dates.text(Instant.parse("2022-05-01T00:00:00Z"));
        String half = Dates.text(Instant.parse("2022-05-01T00:00:00.5Z"));

        assertThat(whole).isLessThan(half);
    }
}
