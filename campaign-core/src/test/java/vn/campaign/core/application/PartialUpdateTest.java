package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.stored;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;

/** Partial updates: a field left out keeps its value, a cleared one is emptied, a set one is replaced. */
class PartialUpdateTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();
    private final Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

    @Test
    void keepsEveryFieldLeftOut() {
        Work after = Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withScale(Change.set("3 tầng, 450 m²")))));

        assertThat(after.details()).isEqualTo(new WorkDetails(work.details().name(), work.details().kind(),
                work.details().plannedOn(), work.details().taskArea(), work.details().location(), "3 tầng, 450 m²",
                work.details().investment(), work.details().fundingSource(), work.details().investor(),
                work.details().plaqueRequested(), work.details().evidenceNotes()));
        assertThat(after.version()).isEqualTo(1);
        assertThat(stored(platform, work)).isEqualTo(after);
    }

    @Test
    void clearsAFieldGivenAsNull() {
        Work after = Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withLocation(Change.to(null)).withTaskArea(Change.clear()))));

        assertThat(after.details().location()).isNull();
        assertThat(after.details().taskArea()).isNull();
        assertThat(after.details().scale()).isEqualTo(work.details().scale());
    }

    @Test
    void replacesAFieldThatIsSet() {
        Work after = Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 0, WorkChanges.none()
                .withName(Change.set("Khánh thành Nhà văn hóa tổ dân phố 6"))
                .withKind(Change.set(WorkKind.GROUNDBREAKING))
                .withPlannedOn(Change.set(LocalDate.of(2022, 6, 1))).withPlaqueRequested(Change.set(true)))));

        assertThat(after.details().name()).isEqualTo("Khánh thành Nhà văn hóa tổ dân phố 6");
        assertThat(after.details().kind()).isEqualTo(WorkKind.GROUNDBREAKING);
        assertThat(after.details().plannedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(after.details().plaqueRequested()).isTrue();
    }

    @Test
    void mergesIntoTheDetailsOfTheVersionUpdated() {
        Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withLocation(Change.set("Tổ dân phố 6")))));

        Work after = Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 1,
                WorkChanges.none().withScale(Change.set("1 tầng")))));

        assertThat(after.details().location()).isEqualTo("Tổ dân phố 6");
        assertThat(after.details().scale()).isEqualTo("1 tầng");
    }

    @Test
    void refusesClearingTheNameAsRequired() {
        assertRefused(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withName(Change.clear()))), RuleCode.REQUIRED, Severity.ERROR, "name");
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    @Test
    void refusesClearingTheKindAsRequired() {
        assertRefused(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withKind(Change.clear()))), RuleCode.REQUIRED, Severity.ERROR, "kind");
        Event event = Fixtures.registered(platform, eventFor(TRAN_PHU));
        assertRefused(service.updateEvent(new UpdateEvent(event.id().value(), 0,
                EventChanges.none().withKind(Change.clear()))), RuleCode.REQUIRED, Severity.ERROR, "kind");
        assertThat(stored(platform, work)).isEqualTo(work);
        assertThat(stored(platform, event)).isEqualTo(event);
    }

    @Test
    void refusesAChangeBasedOnAStaleVersionAndKeepsTheOtherChange() {
        Work first = Fixtures.succeeded(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withLocation(Change.set("Bờ Nam")))));

        assertRefused(service.updateWork(new UpdateWork(work.id().value(), 0,
                WorkChanges.none().withLocation(Change.set("Bờ Bắc")))), RuleCode.CONFLICT, Severity.ERROR,
                "expectedVersion");
        assertThat(stored(platform, work)).isEqualTo(first);
    }

    @Test
    void answersNotFoundForAnUnknownIdOrAnIdOfTheOtherType() {
        Event event = Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertRefused(service.updateWork(new UpdateWork(RegistrationId.random().value(), 0, WorkChanges.none())),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
        assertRefused(service.updateWork(new UpdateWork("not an id", 0, WorkChanges.none())),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
        assertRefused(service.updateWork(new UpdateWork(event.id().value(), 0, WorkChanges.none())),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
        assertRefused(service.updateEvent(new UpdateEvent(work.id().value(), 0, EventChanges.none())),
                RuleCode.NOT_FOUND, Severity.ERROR, "id");
    }

    @Test
    void checksTheMergedEventWithTheRulesOfARegistration() {
        Event event = Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertRefused(service.updateEvent(new UpdateEvent(event.id().value(), 0,
                EventChanges.none().withEndsOn(Change.set(LocalDate.of(2022, 6, 9))))),
                RuleCode.EVENT_ENDS_BEFORE_START, Severity.ERROR, "endsOn");
        Event after = Fixtures.succeeded(service.updateEvent(new UpdateEvent(event.id().value(), 0,
                EventChanges.none().withEndsOn(Change.clear()).withVenue(Change.set("Quảng trường")))));
        assertThat(after.details().endsOn()).isNull();
        assertThat(after.details().venue()).isEqualTo("Quảng trường");
        assertThat(after.details().host()).isEqualTo(event.details().host());
    }

    /** What a city system embedding the core writes: its own in-memory platform, no fixtures. */
    @Test
    void letsAnEmbedderChangeOneFieldOfAWork() {
        CampaignPlatform embedded = CampaignPlatform.inMemory(
                Clock.fixed(Instant.parse("2022-05-02T02:00:00Z"), ZoneOffset.UTC));
        Work registered = embedded.registrationService().registerWork(new RegisterWork("CT32-2022", "18070",
                WorkDetails.of("Khánh thành cầu Hộ Độ", WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                        .withTaskArea(new TaskAreaCode("CULTURE")))).value();

        Outcome<Work> outcome = embedded.registrationService().updateWork(new UpdateWork(registered.id().value(),
                registered.version(), WorkChanges.none().withInvestor(Change.set("UBND phường Trần Phú"))));

        assertThat(outcome.isSuccess()).isTrue();
        assertThat(outcome.value().details().investor()).isEqualTo("UBND phường Trần Phú");
        assertThat(outcome.value().details().taskArea()).isEqualTo(new TaskAreaCode("CULTURE"));
        assertThat(embedded.registrations().findById(registered.id())).contains(outcome.value());
    }

    @Test
    void changesNothingWhenNothingIsChanged() {
        EventDetails details = Fixtures.event("Lễ hội Sen");

        assertThat(WorkChanges.none().applyTo(work.details()).value()).isEqualTo(work.details());
        assertThat(EventChanges.none().applyTo(details).value()).isEqualTo(details);
    }
}
