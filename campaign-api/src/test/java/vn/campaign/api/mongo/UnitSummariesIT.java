package vn.campaign.api.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.audit.mongo.AuditEntryDocument;
import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.api.audit.mongo.MongoAuditLog;
import vn.campaign.api.audit.mongo.Settlement;
import vn.campaign.core.access.Visibility;
import vn.campaign.core.application.AwardPlaque;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.Registering;
import vn.campaign.core.application.RegistrationEvents;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.compliance.ComplianceEvaluator;
import vn.campaign.core.evidence.EvidenceCounts;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationDetails;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.statistics.StatisticsCalculator;
import vn.campaign.core.statistics.StatisticsFilter;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.Unit;
import vn.campaign.core.unit.UnitCode;

/**
 * The units' summaries the write path keeps equal a recomputation from the registrations after thousands of
 * random registrations, edits, status changes, plaque awards and batch writes — sequential ones, then several
 * threads writing at once to the same units — and the compliance reports and statistics computed from them equal
 * those computed from every registration.
 */
class UnitSummariesIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CampaignCode CAMPAIGN = Directive32.CODE;
    private static final List<String> WARDS = List.of("18070", "18073", "18076", "18079", "18082", "18100");
    private static final List<String> SOURCES = List.of("Ngân sách thành phố", "ngân sách Thành Phố", "Xã hội hóa");
    private static final List<String> AREAS = List.of("URBAN", "CULTURE", "ECONOMY");
    private static final int SEQUENTIAL = 1_000;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 500;

    /** Hà Tĩnh City, the campaign's organiser, which alone awards plaques. */
    private static final String ORGANISER = Directive32.campaign().organiser().value();

    private static MongoFixture fixture;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @ParameterizedTest(name = "settled {0}")
    @ValueSource(strings = {"inline", "after-reply"})
    void summariesEqualARecomputationAfterThousandsOfRandomOperationsSomeConcurrent(String settled) throws Exception {
        for (String collection : List.of(RegistrationDocument.COLLECTION, MongoUnitSummaries.SUMMARIES,
                MongoUnitSummaries.MEMBERS, AuditEntryDocument.COLLECTION)) {
            fixture.template().remove(new Query(), collection);
        }
        Settlement<MongoRegistrations.Pending> settlement = settled.equals("inline") ? Settlement.inline()
                : Settlement.background("settle-test", 500, 50);
        MongoUnitSummaries summaries = new MongoUnitSummaries(fixture.template(), ZONE, settlement);
        MongoRegistrations registrations = new MongoRegistrations(fixture.template(), summaries,
                vn.campaign.api.platform.InstanceId.random(), settlement);
        TickingClock clock = new TickingClock(Instant.parse("2022-04-12T01:00:00Z"));
        CampaignPlatform platform = platform(registrations, summaries, clock);
        List<String> ids = new CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();

        Random sequential = new Random(32);
        for (int i = 0; i < SEQUENTIAL; i++) {
            operate(platform, ids, sequential, "s" + i, done);
        }
        clock.stop();
        assertSummariesEqualRecomputation(platform, summaries, clock, "after " + SEQUENTIAL + " sequential operations");
        clock.start();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    Random random = new Random(1000 + thread);
                    for (int i = 0; i < PER_THREAD; i++) {
                        operate(platform, ids, random, "t" + thread + "-" + i, done);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(done.get()).as("operations stored (the others refused by the rules or a version conflict)")
                .isGreaterThan((SEQUENTIAL + THREADS * PER_THREAD) / 2);
        clock.stop();
        assertSummariesEqualRecomputation(platform, summaries, clock, "after " + THREADS + " threads of " + PER_THREAD
                + " operations at once");

        registrations.close();
        assertThat(fixture.template().count(new Query(where(AuditOutbox.FIELD + "._id").exists(true)),
                RegistrationDocument.COLLECTION)).as("registrations whose audit entry is still pending after the settlement closed")
                .isZero();
        assertThat(fixture.template().count(new Query(), AuditEntryDocument.COLLECTION))
                .as("audit entries: at least each registration's own, in the trail")
                .isGreaterThanOrEqualTo(fixture.template().count(new Query(), RegistrationDocument.COLLECTION));

        fixture.template().remove(new Query(), MongoUnitSummaries.SUMMARIES);
        fixture.template().remove(new Query(), MongoUnitSummaries.MEMBERS);
        assertThat(new MongoUnitSummaries(fixture.template(), ZONE).rebuild()).isEqualTo(WARDS.size());
        assertSummariesEqualRecomputation(platform, new MongoUnitSummaries(fixture.template(), ZONE), clock,
                "after a rebuild of the deleted summaries");
    }

    private static void assertSummariesEqualRecomputation(CampaignPlatform platform, MongoUnitSummaries summaries,
            Clock clock, String when) {
        List<Registration> all = platform.registrations().findByCampaign(CAMPAIGN);
        List<UnitSummary> recomputed = UnitSummary.byUnit(CAMPAIGN, all, ZONE);
        List<UnitSummary> stored = summaries.findByCampaign(CAMPAIGN).stream().filter(s -> !s.isEmpty())
                .sorted(Comparator.comparing(s -> s.unit().value())).toList();
        assertThat(stored).as(when + ": the stored summaries").isEqualTo(recomputed);
        assertThat(stored).as(when + ": every ward has registrations").hasSize(WARDS.size());

        Campaign campaign = platform.campaigns().findByCode(CAMPAIGN).orElseThrow();
        List<Unit> units = platform.units().findValidDuring(campaign.period());
        for (LocalDate day : List.of(LocalDate.of(2022, 5, 20), campaign.period().endsOn(),
                campaign.period().endsOn().plusDays(1), LocalDate.of(2026, 12, 6))) {
            assertThat(ComplianceEvaluator.evaluateSummaries(campaign, units, stored, day))
                    .as(when + ": the compliance report on " + day)
                    .isEqualTo(ComplianceEvaluator.evaluate(campaign, units, all, day));
        }
        assertThat(platform.complianceService().evaluate(CAMPAIGN.value()).value())
                .as(when + ": the service's report, from the summaries")
                .isEqualTo(ComplianceEvaluator.evaluate(campaign, units, all, LocalDate.now(clock)));
        for (Visibility visibility : List.of(new Visibility(true, null), new Visibility(false, null),
                new Visibility(false, new UnitCode("18070")))) {
            for (StatisticsFilter filter : List.of(StatisticsFilter.none(),
                    new StatisticsFilter(Set.of(new UnitCode("18076")), Set.of(), null, null),
                    new StatisticsFilter(Set.of(), Set.of(new TaskAreaCode("URBAN")), null, null))) {
                assertThat(StatisticsCalculator.fromSummaries(campaign, units, stored, visibility, filter))
                        .as(when + ": the statistics for " + visibility + " of " + filter)
                        .isEqualTo(StatisticsCalculator.compute(campaign, units, all, visibility, filter, ZONE));
            }
        }
    }

    /** One random operation; refusals (rules, version conflicts with another thread) are part of the mix. */
    private static void operate(CampaignPlatform platform, List<String> ids, Random random, String name,
            AtomicInteger done) {
        var service = platform.registrationService();
        int dice = random.nextInt(100);
        String ward = WARDS.get(random.nextInt(WARDS.size()));
        if (dice < 25) {
            var outcome = service.registerWork(new RegisterWork(CAMPAIGN.value(), ward, work(random, "Công trình " + name)));
            if (outcome.isSuccess()) {
                ids.add(outcome.value().id().value());
            }
            count(outcome.isSuccess(), done);
        } else if (dice < 40) {
            var outcome = service.registerEvent(new RegisterEvent(CAMPAIGN.value(), ward, event(random, "Sự kiện " + name)));
            if (outcome.isSuccess()) {
                ids.add(outcome.value().id().value());
            }
            count(outcome.isSuccess(), done);
        } else if (dice < 48) {
            List<Registering> batch = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String unit = WARDS.get(random.nextInt(WARDS.size()));
                batch.add(random.nextBoolean()
                        ? new RegisterWork(CAMPAIGN.value(), unit, work(random, "Lô " + random.nextInt(40)))
                        : new RegisterEvent(CAMPAIGN.value(), unit, event(random, "Lô sự kiện " + random.nextInt(40))));
            }
            service.registerOrUpdateAll(batch).forEach(o -> {
                if (o.isSuccess()) {
                    ids.add(o.value().registration().id().value());
                }
                count(o.isSuccess(), done);
            });
        } else if (!ids.isEmpty()) {
            Registration r = platform.registrations().findById(new vn.campaign.core.registration.RegistrationId(
                    ids.get(random.nextInt(ids.size())))).orElseThrow();
            if (dice < 62) {
                RegistrationDetails details = r instanceof Work w
                        ? work(random, w.name()) : event(random, r.name());
                count(service.update(new UpdateRegistration(r.id().value(), r.version(), details)).isSuccess(), done);
            } else if (dice < 95) {
                List<RegistrationStatus> next = new ArrayList<>(r.status().next());
                if (!next.isEmpty()) {
                    RegistrationStatus target = next.get(random.nextInt(next.size()));
                    count(service.changeStatus(new ChangeStatus(r.id().value(), r.version(), target,
                            target.takesReason() ? "Lý do " + name : null,
                            target == RegistrationStatus.COMPLETED ? LocalDate.of(2022, 5, 1).plusDays(random.nextInt(40))
                                    : null)).isSuccess(), done);
                }
            } else if (r instanceof Work w) {
                count(service.awardPlaque(new AwardPlaque(w.id().value(), w.version(), ORGANISER)).isSuccess(), done);
            }
        }
    }

    private static void count(boolean success, AtomicInteger done) {
        if (success) {
            done.incrementAndGet();
        }
    }

    private static WorkDetails work(Random random, String name) {
        WorkDetails details = WorkDetails.of(name, random.nextBoolean() ? WorkKind.INAUGURATION : WorkKind.GROUNDBREAKING,
                LocalDate.of(2022, 4, 12).plusDays(random.nextInt(60)));
        if (random.nextInt(4) > 0) {
            details = details.withTaskArea(new TaskAreaCode(AREAS.get(random.nextInt(AREAS.size()))));
        }
        if (random.nextBoolean()) {
            details = details.withInvestment(new Vnd(1_000_000L * (1 + random.nextInt(500))));
            if (random.nextInt(3) > 0) {
                details = new WorkDetails(details.name(), details.kind(), details.plannedOn(), details.taskArea(),
                        null, null, details.investment(), SOURCES.get(random.nextInt(SOURCES.size())), null, false, null);
            }
        }
        return details.withPlaqueRequested(random.nextInt(3) == 0);
    }

    private static EventDetails event(Random random, String name) {
        LocalDate starts = LocalDate.of(2022, 4, 12).plusDays(random.nextInt(55));
        EventDetails details = EventDetails.of(name, EventKind.values()[random.nextInt(EventKind.values().length)],
                starts, random.nextBoolean() ? null : starts.plusDays(random.nextInt(4)));
        return random.nextInt(4) == 0 ? details : new EventDetails(details.name(), details.kind(), details.startsOn(),
                details.endsOn(), new TaskAreaCode(AREAS.get(random.nextInt(AREAS.size()))), null, null, null, null);
    }

    private static CampaignPlatform platform(MongoRegistrations registrations, MongoUnitSummaries summaries,
            Clock clock) {
        MongoAuditLog audit = new MongoAuditLog(fixture.template());
        audit.createIndexes();
        MongoCampaigns campaigns = new MongoCampaigns(fixture.template());
        MongoUnits units = new MongoUnits(fixture.template());
        campaigns.save(Directive32.campaign());
        units.saveAll(HaTinhCity.units());
        return new CampaignPlatform(campaigns, units, registrations, new MongoProgressReports(fixture.template()),
                audit, clock, EvidenceCounts.none(),
                RegistrationEvents.none(), summaries);
    }

    /** A clock in Hà Tĩnh that moves 20 seconds on each reading, so that registrations fall on several weeks. */
    private static final class TickingClock extends Clock {

        private final AtomicLong seconds;
        private volatile long step = 20;

        TickingClock(Instant start) {
            this.seconds = new AtomicLong(start.getEpochSecond());
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock in one zone");
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndAdd(step));
        }

        /** Stops the clock, so that "today" stays put while the test compares reports. */
        void stop() {
            step = 0;
        }

        /** Starts the clock again. */
        void start() {
            step = 20;
        }
    }
}
