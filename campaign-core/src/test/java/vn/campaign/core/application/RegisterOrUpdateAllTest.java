package vn.campaign.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.core.fixture.Fixtures.BAC_HA;
import static vn.campaign.core.fixture.Fixtures.THACH_HA;
import static vn.campaign.core.fixture.Fixtures.TRAN_PHU;
import static vn.campaign.core.fixture.Fixtures.aWork;
import static vn.campaign.core.fixture.Fixtures.anEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.InMemoryCampaigns;
import vn.campaign.core.fixture.Fixtures;
import vn.campaign.core.progress.InMemoryProgressReports;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.InMemoryRegistrations;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.Work;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.InMemoryUnits;
import vn.campaign.core.unit.UnitCode;

/**
 * Registering a batch (how the importer commits a file) ends exactly as registering its rows one after the
 * other would: the same outcome for each row, the same registrations stored, the same audit entries — in one read
 * and one write of the store.
 */
class RegisterOrUpdateAllTest {

    private static final List<Registering> KEPT = List.of(
            new RegisterWork(Fixtures.CAMPAIGN, BAC_HA, aWork().named("Cầu Bắc Hà").build()),
            new RegisterWork(Fixtures.CAMPAIGN, BAC_HA, aWork().named("Đường Bắc Hà").build()),
            new RegisterWork(Fixtures.CAMPAIGN, THACH_HA, aWork().named("Hội trường Thạch Hạ").build()));

    private static final List<Registering> BATCH = List.of(
            new RegisterWork(Fixtures.CAMPAIGN, TRAN_PHU, aWork().named("Nhà văn hóa TDP 5").build()),
            new RegisterEvent(Fixtures.CAMPAIGN, TRAN_PHU, anEvent().build()),
            new RegisterWork(Fixtures.CAMPAIGN, "99999", aWork().named("Công trình không đơn vị").build()),
            new RegisterWork(Fixtures.CAMPAIGN, TRAN_PHU, aWork().named("   ").build()),
            new RegisterWork(Fixtures.CAMPAIGN, TRAN_PHU, aWork().named("NHA VAN HOA TDP  5").investment(2_000_000L)
                    .build()),
            new RegisterWork(Fixtures.CAMPAIGN, BAC_HA, aWork().named("Cầu Bắc Hà").build()),
            new RegisterWork(Fixtures.CAMPAIGN, BAC_HA, aWork().named("Đường Bắc Hà").investment(9_000_000L).build()),
            new RegisterEvent(Fixtures.CAMPAIGN, THACH_HA, anEvent().named("Hội trường Thạch Hạ").build()),
            new RegisterWork("CT-NONE", TRAN_PHU, aWork().named("Công trình đợt lạ").build()),
            new RegisterWork(Fixtures.CAMPAIGN, THACH_HA, aWork().named("Trường Thạch Hạ").build()));

    @Test
    void endsAsTheRowsRegisteredOneByOneWouldIncludingRefusedRowsAndRepeatedNames() {
        Counting oneByOneStore = new Counting(new InMemoryRegistrations());
        Counting batchStore = new Counting(new InMemoryRegistrations());
        CampaignPlatform oneByOne = platform(oneByOneStore);
        CampaignPlatform batch = platform(batchStore);
        for (CampaignPlatform platform : List.of(oneByOne, batch)) {
            KEPT.forEach(c -> Fixtures.succeeded(single(platform.registrationService(), c)));
        }

        List<Outcome<Saved<Registration>>> expected = new ArrayList<>();
        BATCH.forEach(c -> expected.add(single(oneByOne.registrationService(), c)));
        batchStore.reset();
        List<Outcome<Saved<Registration>>> actual = batch.registrationService().registerOrUpdateAll(BATCH);

        assertThat(actual.stream().map(RegisterOrUpdateAllTest::describe).toList())
                .containsExactlyElementsOf(expected.stream().map(RegisterOrUpdateAllTest::describe).toList());
        assertThat(actual.stream().map(RegisterOrUpdateAllTest::change).toList()).containsExactly(
                "CREATED", "CREATED", "refused", "refused", "UPDATED", "UNCHANGED", "UPDATED", "refused", "refused",
                "CREATED");
        assertThat(stored(batch)).containsExactlyElementsOf(stored(oneByOne));
        assertThat(auditActions(batch)).containsExactlyElementsOf(auditActions(oneByOne));
        // one by one, only the updates read the holder of the new name, and the row repeating an earlier row's name
        // looks for what that row stored
        assertThat(batchStore.naturalKeyReads.get()).as("reads by natural key, one by one").isLessThanOrEqualTo(3);
        assertThat(batchStore.batchReads.get()).as("batch reads by natural key").isEqualTo(1);
        assertThat(batchStore.batchInserts.get()).as("batch inserts").isEqualTo(1);
        assertThat(batchStore.inserts.get()).as("single inserts").isZero();
    }

    @Test
    void aRowWhoseNameAConcurrentWriterTookMeanwhileIsAppliedToItNotRefused() {
        Counting store = new Counting(new InMemoryRegistrations());
        CampaignPlatform platform = platform(store);
        RegisterWork row = (RegisterWork) BATCH.get(0);
        store.competitor = Work.register(Directive32.CODE, new UnitCode(TRAN_PHU), row.details(),
                Fixtures.CLOCK.instant());

        List<Outcome<Saved<Registration>>> outcomes = platform.registrationService()
                .registerOrUpdateAll(List.of(row, BATCH.get(9)));

        assertThat(outcomes.stream().map(RegisterOrUpdateAllTest::change).toList())
                .containsExactly("UNCHANGED", "CREATED");
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(2);
    }

    @Test
    void aSingleRegisterOrUpdateThatLosesTheRaceReportsTheRowUnchanged() {
        Counting store = new Counting(new InMemoryRegistrations());
        CampaignPlatform platform = platform(store);
        RegisterWork row = (RegisterWork) BATCH.get(0);
        store.competitor = Work.register(Directive32.CODE, new UnitCode(TRAN_PHU), row.details(),
                Fixtures.CLOCK.instant());

        Saved<Work> saved = Fixtures.succeeded(platform.registrationService().registerOrUpdateWork(row));

        assertThat(saved.change()).isEqualTo(Saved.Change.UNCHANGED);
        assertThat(platform.registrations().findByCampaign(Directive32.CODE)).hasSize(1);
    }

    private static CampaignPlatform platform(Registrations registrations) {
        CampaignPlatform platform = new CampaignPlatform(new InMemoryCampaigns(), new InMemoryUnits(), registrations,
                new InMemoryProgressReports(), Fixtures.CLOCK);
        platform.campaigns().save(Directive32.campaign());
        platform.units().saveAll(HaTinhCity.units());
        return platform;
    }

    private static Outcome<Saved<Registration>> single(RegistrationService service, Registering command) {
        return command instanceof RegisterWork w
                ? service.registerOrUpdateWork(w).map(s -> new Saved<Registration>(s.registration(), s.change()))
                : service.registerOrUpdateEvent((RegisterEvent) command)
                        .map(s -> new Saved<Registration>(s.registration(), s.change()));
    }

    private static String change(Outcome<Saved<Registration>> outcome) {
        return outcome.isSuccess() ? outcome.value().change().name() : "refused";
    }

    /** An outcome without the ids, which each store draws at random. */
    private static String describe(Outcome<Saved<Registration>> outcome) {
        return change(outcome) + " " + outcome.violations() + " "
                + (outcome.isSuccess() ? project(outcome.value().registration()) : "");
    }

    private static List<Object> project(Registration r) {
        return List.of(r.campaign(), r.unit(), r.name(), r.version(), r.status(),
                r instanceof Work w ? w.details() : ((Event) r).details(), r.timeline());
    }

    private static List<List<Object>> stored(CampaignPlatform platform) {
        return platform.registrations().findByCampaign(Directive32.CODE).stream()
                .sorted(Comparator.comparing((Registration r) -> r.unit().value()).thenComparing(Registration::foldedName))
                .map(RegisterOrUpdateAllTest::project).toList();
    }

    private static List<String> auditActions(CampaignPlatform platform) {
        return platform.registrations().findByCampaign(Directive32.CODE).stream()
                .sorted(Comparator.comparing((Registration r) -> r.unit().value()).thenComparing(Registration::foldedName))
                .map(r -> r.name() + " " + platform.auditLog().findByObject(r.id().value()).stream()
                        .map(e -> e.action().name()).toList())
                .toList();
    }

    /** Counts the port's calls; may let a "concurrent writer" store a competitor just before the next insert. */
    private static final class Counting implements Registrations {
        private final Registrations delegate;
        final AtomicInteger naturalKeyReads = new AtomicInteger();
        final AtomicInteger batchReads = new AtomicInteger();
        final AtomicInteger inserts = new AtomicInteger();
        final AtomicInteger batchInserts = new AtomicInteger();
        Registration competitor;

        Counting(Registrations delegate) {
            this.delegate = delegate;
        }

        void reset() {
            naturalKeyReads.set(0);
            batchReads.set(0);
            inserts.set(0);
            batchInserts.set(0);
        }

        private void race() {
            if (competitor != null) {
                assertThat(delegate.insert(competitor)).isEqualTo(WriteResult.DONE);
                competitor = null;
            }
        }

        @Override
        public Optional<Registration> findById(RegistrationId id) {
            return delegate.findById(id);
        }

        @Override
        public List<Registration> findByCampaign(CampaignCode campaign) {
            return delegate.findByCampaign(campaign);
        }

        @Override
        public List<Registration> findByCampaignAndUnit(CampaignCode campaign, UnitCode unit) {
            return delegate.findByCampaignAndUnit(campaign, unit);
        }

        @Override
        public Optional<Registration> findByNaturalKey(NaturalKey key) {
            naturalKeyReads.incrementAndGet();
            return delegate.findByNaturalKey(key);
        }

        @Override
        public Map<NaturalKey, List<Registration>> findAllByNaturalKeys(java.util.Collection<NaturalKey> keys) {
            batchReads.incrementAndGet();
            return delegate.findAllByNaturalKeys(keys);
        }

        @Override
        public List<Registration> findAllByNaturalKey(NaturalKey key) {
            naturalKeyReads.incrementAndGet();
            return delegate.findAllByNaturalKey(key);
        }

        @Override
        public WriteResult insert(Registration registration) {
            inserts.incrementAndGet();
            race();
            return delegate.insert(registration);
        }

        @Override
        public List<WriteResult> insertAll(List<? extends Registration> registrations) {
            batchInserts.incrementAndGet();
            race();
            List<WriteResult> results = new ArrayList<>();
            registrations.forEach(r -> results.add(delegate.insert(r)));
            return results;
        }

        @Override
        public WriteResult update(Registration registration, long expectedVersion) {
            return delegate.update(registration, expectedVersion);
        }
    }
}
