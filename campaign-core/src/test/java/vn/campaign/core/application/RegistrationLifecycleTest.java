package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.eventFor;
import static vn.campaign.core.fixture.Fixtures.stored;
import static vn.campaign.core.fixture.Fixtures.workFor;
import static vn.campaign.core.fixture.ViolationAssertions.assertRefused;
import static vn.campaign.core.registration.RegistrationStatus.APPROVED;
import static vn.campaign.core.registration.RegistrationStatus.COMPLETED;
import static vn.campaign.core.registration.RegistrationStatus.REJECTED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.fixture.Lifecycle;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.rule.Violation;

/** Approving, rejecting, completing and cancelling through the service, with optimistic concurrency. */
class RegistrationLifecycleTest {

    private final CampaignPlatform platform = Fixtures.platform();
    private final RegistrationService service = platform.registrationService();

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("vn.campaign.core.fixture.Lifecycle#everyPairOfStatuses")
    void changesStatusExactlyAsTheLifecycleAllows(RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        Registration before = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), from);

        Outcome<Registration> outcome = service.changeStatus(Lifecycle.completeCommand(before, to));

        if (allowed) {
            Registration after = Fixtures.succeeded(outcome);
            assertThat(after.status()).isEqualTo(to);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(stored(platform, before)).isEqualTo(after);
        } else {
            assertRefused(outcome, RuleCode.ILLEGAL_TRANSITION, Severity.ERROR);
            assertThat(stored(platform, before)).isEqualTo(before);
        }
    }

    @Test
    void eventsFollowTheSameLifecycle() {
        Event festival = Fixtures.registered(platform, eventFor(TRAN_PHU));

        Registration completed = Lifecycle.bringTo(platform, festival, COMPLETED);

        assertThat(completed).isInstanceOf(Event.class);
        assertThat(completed.status()).isEqualTo(COMPLETED);
        assertThat(completed.actualOn()).isEqualTo(Lifecycle.COMPLETED_ON);
        assertThat(completed.version()).isEqualTo(2);
    }

    @Test
    void rejectsWithTheReasonGiven() {
        Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

        Registration rejected = Fixtures.succeeded(service.changeStatus(
                ChangeStatus.reject(work.id().value(), 0, "Công trình đã khánh thành năm 2021")));

        assertThat(rejected.status()).isEqualTo(REJECTED);
        assertThat(rejected.statusReason()).isEqualTo("Công trình đã khánh thành năm 2021");
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void refusesToRejectWithoutAReason(String reason) {
        Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

        assertRefused(service.changeStatus(ChangeStatus.reject(work.id().value(), 0, reason)),
                RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
        assertRefused(service.changeStatus(ChangeStatus.reject(work.id().value(), 0, null)),
                RuleCode.REASON_REQUIRED, Severity.ERROR, "reason");
        assertThat(stored(platform, work)).isEqualTo(work);
    }

    @Test
    void refusesToCompleteWithoutTheDayItTookPlace() {
        Registration approved = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);

        assertRefused(service.changeStatus(ChangeStatus.complete(approved.id().value(), approved.version(), null)),
                RuleCode.ACTUAL_DATE_REQUIRED, Severity.ERROR, "actualOn");
        assertThat(stored(platform, approved).status()).isEqualTo(APPROVED);
    }

    @Test
    void refusesToCompleteOnADayAfterTheCampaign() {
        Registration approved = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);

        assertRefused(service.changeStatus(ChangeStatus.complete(approved.id().value(), approved.version(),
                LocalDate.of(2022, 6, 16))), RuleCode.DATE_OUTSIDE_CAMPAIGN, Severity.ERROR, "actualOn");
        assertThat(stored(platform, approved)).isEqualTo(approved);
    }

    @Test
    void completesOnTheLastDayOfTheCampaign() {
        Registration approved = Lifecycle.bringTo(platform, Fixtures.registered(platform, workFor(TRAN_PHU)), APPROVED);

        Registration completed = Fixtures.succeeded(service.changeStatus(ChangeStatus.complete(
                approved.id().value(), approved.version(), Fixtures.LAST_DAY)));

        assertThat(completed.actualOn()).isEqualTo(Fixtures.LAST_DAY);
    }

    @ParameterizedTest(name = "id \"{0}\"")
    @ValueSource(strings = {"3f2b8c4e-1d2a-4b7c-9e8f-0a1b2c3d4e5f", "not-an-id", ""})
    void saysNotFoundForAnIdThatNamesNothing(String id) {
        Violation v = assertRefused(service.changeStatus(ChangeStatus.approve(id, 0)), RuleCode.NOT_FOUND,
                Severity.ERROR, "id");
        assertThat(v.message().en()).isEqualTo("registration " + id + " was not found.");
        // Issue 17: the Vietnamese message said "Không tìm thấy registration …", with an English word in it.
        assertThat(v.message().vi()).isEqualTo("Không tìm thấy đăng ký " + id + ".");
    }

    @Test
    void refusesAChangeBasedOnAStaleVersionAndKeepsTheStoredValue() {
        Work work = Fixtures.registered(platform, workFor(TRAN_PHU));
        Registration approved = Fixtures.succeeded(service.changeStatus(ChangeStatus.approve(work.id().value(), 0)));

        Violation v = assertRefused(service.changeStatus(ChangeStatus.reject(work.id().value(), 0, "Trùng")),
                RuleCode.CONFLICT, Severity.ERROR, "expectedVersion");

        assertThat(v.message().en()).contains("current version 1", "you read version 0");
        assertThat(stored(platform, work)).isEqualTo(approved);
    }

    @Test
    void ofSeveralConcurrentApprovalsOfTheSameVersionExactlyOneWins() throws Exception {
        Work work = Fixtures.registered(platform, workFor(TRAN_PHU));

        List<Outcome<Registration>> outcomes = concurrently(8,
                () -> service.changeStatus(ChangeStatus.approve(work.id().value(), 0)));

        assertThat(outcomes).filteredOn(Outcome::isSuccess).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.isSuccess()).hasSize(7)
                .allSatisfy(o -> assertRefused(o, RuleCode.CONFLICT, Severity.ERROR, "expectedVersion"));
        Registration stored = stored(platform, work);
        assertThat(stored.status()).isEqualTo(APPROVED);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void ofSeveralConcurrentRegistrationsOfTheSameNameExactlyOneIsStored() throws Exception {
        List<Outcome<Work>> outcomes = concurrently(8, () -> service.registerWork(workFor(TRAN_PHU)));

        assertThat(outcomes).filteredOn(Outcome::isSuccess).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.isSuccess())
                .allSatisfy(o -> assertRefused(o, RuleCode.DUPLICATE_REGISTRATION, Severity.ERROR, "name"));
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(1);
    }

    /** Runs a call from several threads released at the same moment; waits for all of them. */
    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads started").isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(10, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changesTheStatusOfAWorkOrAnEventOnlyWhenTheIdIsOfThatType() {
        Work work = Fixtures.registered(platform, workFor(TRAN_PHU));
        Event event = Fixtures.registered(platform, eventFor(TRAN_PHU));

        assertRefused(service.changeWorkStatus(ChangeStatus.approve(event.id().value(), 0)), RuleCode.NOT_FOUND,
                Severity.ERROR, "id");
        assertRefused(service.changeEventStatus(ChangeStatus.approve(work.id().value(), 0)), RuleCode.NOT_FOUND,
                Severity.ERROR, "id");
        assertThat(stored(platform, event)).isEqualTo(event);
        assertThat(stored(platform, work)).isEqualTo(work);

        assertThat(Fixtures.succeeded(service.changeWorkStatus(ChangeStatus.approve(work.id().value(), 0))).status())
                .isEqualTo(APPROVED);
        assertThat(Fixtures.succeeded(service.changeEventStatus(ChangeStatus.approve(event.id().value(), 0)))
                .status()).isEqualTo(APPROVED);
    }
}
