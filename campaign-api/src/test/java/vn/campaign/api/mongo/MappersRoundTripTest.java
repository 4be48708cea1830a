package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignStatus;
import vn.campaign.core.campaign.DefinitionFormat;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.registration.ReviewDecision;
import vn.campaign.core.campaign.ReviewStep;
import vn.campaign.core.campaign.ReviewProcess;
import vn.campaign.core.campaign.ApprovedChanges;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.DocumentKind;
import vn.campaign.core.progress.ProgressReport;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Timeline;
import vn.campaign.core.registration.Work;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.RegistrationType;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.summary.UnitSummary.Tally;

/** Every document class maps back to the domain value it was made from, field for field. */
class MappersRoundTripTest {

    @Test
    void mapsAUnitSummaryWithEveryPartToADocumentAndBackUnchanged() {
        TaskAreaCode urban = new TaskAreaCode("URBAN");
        UnitSummary summary = new UnitSummary(Directive32.CODE, new UnitCode("18070"), List.of(
                new Tally(RegistrationType.WORK, WorkKind.INAUGURATION, null, RegistrationStatus.APPROVED, urban,
                        LocalDate.of(2022, 5, 19), 3, 2, 1),
                new Tally(RegistrationType.EVENT, null, EventKind.SPORTS, RegistrationStatus.REGISTERED, null, null, 1,
                        0, 0)),
                List.of(new UnitSummary.Investment(RegistrationStatus.APPROVED, urban, "Ngân sách thành phố", 2,
                        9_000_000_000_000L), new UnitSummary.Investment(RegistrationStatus.COMPLETED, null, null, 1, 5)),
                List.of(new UnitSummary.Week(LocalDate.of(2022, 5, 2), RegistrationStatus.APPROVED, urban, 3, 2, 0)));

        java.util.Map<String, Long> counted = java.util.Map.of("0b7e5a4c-3f1d-4e2a-9c8b-1a2b3c4d5e6f", 4L,
                "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", 1L);
        org.bson.Document document = UnitSummaryMapper.toDocument(summary, counted, 7);

        assertThat(document.get("_id")).isEqualTo("CT32-2022/18070");
        assertThat(document.get("version")).isEqualTo(7L);
        assertThat(UnitSummaryMapper.toDomain(document)).isEqualTo(summary);
        assertThat(UnitSummaryMapper.countedOf(document)).isEqualTo(counted);
    }

    @Test
    void mapsTheDirective32CampaignToADocumentAndBackUnchanged() {
        Campaign campaign = Directive32.campaign();

        assertThat(CampaignMapper.toDomain(CampaignMapper.toDocument(campaign))).isEqualTo(campaign);
    }

    @Test
    void keepsTheDirectivesTextTheDocumentRegisterAndEveryItemsTie() {
        Campaign campaign = Directive32.campaign();
        CampaignDocument document = CampaignMapper.toDocument(campaign);

        assertThat(document.directive().text()).isEqualTo(campaign.directive().text());
        assertThat(document.documents()).hasSize(10);
        assertThat(document.taskAreas().get(1).keyTasks().get(0).documents())
                .containsExactly("09-KL/TU", "374", "36/2021/NQ-HĐND");
        assertThat(document.targets().get(1).goal()).as("the tree plan has no goal").isNull();
        Campaign back = CampaignMapper.toDomain(document);
        assertThat(back.taskAreas().get(1).keyTasks().get(0).documents().get(0))
                .isSameAs(back.document("09-KL/TU").orElseThrow());
    }

    @Test
    void readsACampaignStoredBeforeTheRegisterWithItsKeyTasksCitingKindAndNumber() {
        CampaignDocument current = CampaignMapper.toDocument(Directive32.campaign());
        List<CampaignDocument.TaskAreaDocument> areas = current.taskAreas().stream()
                .map(a -> new CampaignDocument.TaskAreaDocument(a.code(), a.name(), a.nameEn(), a.keyTasks().stream()
                        .map(t -> new CampaignDocument.KeyTaskDocument(t.text(), t.textEn(),
                                t.documents().isEmpty() ? List.of() : List.of("Nghị quyết 02-NQ/ThU"), null))
                        .toList(), null))
                .toList();
        CampaignDocument older = new CampaignDocument(current.id(), current.name(), current.nameEn(),
                new CampaignDocument.DirectiveDocument("32-CT/Th.Uy", "2022-04-08", "Ban Thường vụ Thành ủy Hà Tĩnh",
                        "Standing Board of the Hà Tĩnh City Party Committee", null, null),
                current.organiser(), current.startsOn(), current.endsOn(), List.of(), areas, List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null);

        Campaign campaign = CampaignMapper.toDomain(older);

        assertThat(campaign.documents()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DocumentKind.NGHI_QUYET);
            assertThat(d.number()).isEqualTo("02-NQ/ThU");
            assertThat(d.id()).isEqualTo("Nghị quyết 02-NQ/ThU");
        });
        assertThat(campaign.sourceText()).isEmpty();
        assertThat(campaign.plaqueList().complete()).isTrue();
    }

    @Test
    void keepsARegistrationDeadlineAndReminderDaysAndReadsAnOlderDocumentWithoutThemAsTheDefaults() {
        Campaign campaign = Directive32.campaign().withRegistrationDeadline(java.time.LocalDate.of(2022, 5, 31), 3);
        CampaignDocument document = CampaignMapper.toDocument(campaign);
        CampaignDocument older = new CampaignDocument(document.id(), document.name(), document.nameEn(),
                document.directive(), document.organiser(), document.startsOn(), document.endsOn(),
                document.anniversaries(), document.taskAreas(), document.obligations(), document.targets(),
                document.plaqueWorks(), null, null, null, null, null, null, null, document.purpose(),
                document.documents(), document.periodSource(), document.plaqueList(), null, null, null, null, null, null);

        assertThat(CampaignMapper.toDomain(document)).isEqualTo(campaign);
        assertThat(CampaignMapper.toDomain(older)).as("a document without the later fields has their defaults")
                .isEqualTo(Directive32.campaign().withCommendation(java.util.List.of(), null));
    }

    @Test
    void mapsADraftWithItsVersionAndDefinitionBackUnchanged() {
        StoredCampaign draft = new StoredCampaign(Directive32.campaign().withStatus(CampaignStatus.DRAFT), 3,
                "code: CT32-2022\n", DefinitionFormat.YAML);

        assertThat(CampaignMapper.toStored(CampaignMapper.toDocument(draft))).isEqualTo(draft);
    }

    @Test
    void mapsTheBuiltInCampaignWithItsRevisionBackUnchanged() {
        StoredCampaign builtIn = new StoredCampaign(Directive32.campaign(), 2, null, null,
                Directive32.builtIn().revision());

        assertThat(CampaignMapper.toStored(CampaignMapper.toDocument(builtIn))).isEqualTo(builtIn);
    }

    @Test
    void readsACampaignStoredBeforeCampaignsHadALifecycleAsOpenAtVersionOne() {
        StoredCampaign stored = CampaignMapper.toStored(CampaignMapper.toDocument(Directive32.campaign()));

        assertThat(stored).isEqualTo(StoredCampaign.first(Directive32.campaign()));
        assertThat(stored.campaign().status()).isEqualTo(CampaignStatus.OPEN);
    }

    @Test
    void keepsACampaignsEvidenceRequirementAndReadsADocumentWithoutItAsNone() {
        Campaign requiring = Directive32.campaign().withEvidenceRequired(true);
        CampaignDocument written = CampaignMapper.toDocument(Directive32.campaign());
        CampaignDocument older = new CampaignDocument(written.id(), written.name(), written.nameEn(), written.directive(),
                written.organiser(), written.startsOn(), written.endsOn(), written.anniversaries(), written.taskAreas(),
                written.obligations(), written.targets(), written.plaqueWorks(), null, null, null, null, null, null, null,
                written.purpose(), written.documents(), written.periodSource(), written.plaqueList(), null, null, null, null, null, null);

        assertThat(CampaignMapper.toDomain(CampaignMapper.toDocument(requiring)).evidenceRequired()).isTrue();
        assertThat(CampaignMapper.toDomain(older).evidenceRequired()).isFalse();
    }

    @Test
    void keepsAClosedCampaignsClosingDayAndGraceDays() {
        StoredCampaign closed = new StoredCampaign(Directive32.campaign().withClosingGraceDays(10)
                .closedOn(java.time.LocalDate.of(2022, 6, 20)), 4, null, null);

        StoredCampaign back = CampaignMapper.toStored(CampaignMapper.toDocument(closed));

        assertThat(back).isEqualTo(closed);
        assertThat(back.campaign().closedOn()).isEqualTo(java.time.LocalDate.of(2022, 6, 20));
        assertThat(back.campaign().closingGraceDays()).isEqualTo(10);
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
                stored.obligations(), stored.targets(), stored.plaqueWorks(), stored.registrationDeadline(),
                stored.reminderDays(), stored.status(), stored.version(), stored.definition(), stored.format(),
                stored.evidenceRequired(), stored.purpose(), stored.documents(), stored.periodSource(),
                stored.plaqueList(), null, null, null, null, null, null);

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
