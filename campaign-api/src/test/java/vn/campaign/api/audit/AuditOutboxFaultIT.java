package vn.campaign.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;

import vn.campaign.api.audit.mongo.AuditOutbox;
import vn.campaign.api.audit.mongo.MongoAuditLog;
import vn.campaign.api.audit.mongo.Settlement;
import vn.campaign.api.mongo.MongoCampaigns;
import vn.campaign.api.mongo.MongoIndexes;
import vn.campaign.api.mongo.MongoProgressReports;
import vn.campaign.api.mongo.MongoRegistrations;
import vn.campaign.api.mongo.MongoUnitSummaries;
import vn.campaign.api.mongo.MongoUnits;
import vn.campaign.api.platform.InstanceId;
import vn.campaign.api.platform.PlatformConfiguration;
import vn.campaign.api.mongo.RegistrationDocument;
import vn.campaign.core.admin.CampaignAdministration;
import vn.campaign.core.admin.CopyCampaign;
import vn.campaign.core.admin.OpenCampaign;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.ChangeStatus;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.ReportProgress;
import vn.campaign.core.application.RegistrationService;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.audit.Snapshots;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.StoredCampaign;
import vn.campaign.core.campaign.TaskAreaCode;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationId;
import vn.campaign.core.registration.Registrations;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.RegistrationRules;
import vn.campaign.core.summary.UnitSummary;
import vn.campaign.core.unit.HaTinhCity;
import vn.campaign.core.unit.UnitCode;

/**
 * Stops the write path of registrations, progress reports and campaign administration at every boundary — before and after each command the store receives,
 * as a crash of the process would — then "restarts" (new client and adapters on the same store, which move the
 * entries left pending) and checks that registrations and audit entries correspond one to one: every stored
 * change has exactly one entry, and no entry describes a change that was not stored; and that the unit summaries
 * equal a recomputation from the stored registrations, whichever command the crash stopped.
 */
class AuditOutboxFaultIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-05-02T01:00:00Z"), ZoneOffset.UTC);
    private static final String DATABASE = "fault-test";
    private static final String COPY = "CT33-2023";

    @ParameterizedTest(name = "registrations settled after the reply: {0}")
    @ValueSource(booleans = {false, true})
    void keepsRegistrationsAndAuditEntriesOneToOneWhateverCommandTheProcessDiesBeforeOrAfter(boolean afterReply) {
        int commands = commandsOfTheScenario(afterReply);
        assertThat(commands).as("commands the scenario sends when nothing fails").isGreaterThan(10);
        List<String> checked = new ArrayList<>();
        for (int failAt = 0; failAt <= commands; failAt++) {
            for (boolean afterRunning : new boolean[] {false, true}) {
                String point = (afterRunning ? "after" : "before") + " command #" + failAt;
                FaultyBackend backend = new FaultyBackend();
                MongoServer server = new MongoServer(backend);
                try {
                    String uri = server.bindAndGetConnectionString();
                    Settlement<MongoRegistrations.Pending> settlement = settlement(afterReply);
                    try (MongoClient client = MongoClients.create(uri)) {
                        CampaignPlatform platform = platform(new MongoTemplate(client, DATABASE), settlement);
                        backend.failAt(failAt, afterRunning);
                        try {
                            runScenario(platform);
                        } finally {
                            settlement.close(); // settles what is queued, or fails on the dead store
                        }
                    } catch (RuntimeException crashed) {
                        assertThat(backend.tripped()).as("only the injected fault stops the scenario, " + point
                                + ": " + crashed).isTrue();
                    }
                    backend.heal();
                    try (MongoClient client = MongoClients.create(uri)) {
                        MongoTemplate restarted = new MongoTemplate(client, DATABASE);
                        new MongoRegistrations(restarted).deliverPendingAuditEntries();
                        new MongoProgressReports(restarted).deliverPendingAuditEntries();
                        new MongoCampaigns(restarted).deliverPendingAuditEntries();
                        assertOneToOne(restarted, point);
                        assertSummariesEqualRecomputation(restarted, point);
                    }
                    checked.add(point);
                } finally {
                    server.shutdownNow();
                }
            }
        }
        assertThat(checked).hasSize(2 * (commands + 1));
    }

    @Test
    void theCheckCatchesTheEntryLostBetweenTwoSeparateWrites() {
        FaultyBackend backend = new FaultyBackend();
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoTemplate template = new MongoTemplate(client, DATABASE);
            CampaignPlatform platform = platform(template);
            // the same store seen only as Registrations: the service falls back to a write, then an append
            RegistrationService twoWrites = new RegistrationService(platform.campaigns(), platform.units(),
                    new SeparateWrites(new MongoRegistrations(template)), RegistrationRules.standard(),
                    platform.auditLog(), CLOCK);
            backend.failOnFirst("audit");
            assertThatThrownBy(() -> runScenario(twoWrites, platform)).isInstanceOf(RuntimeException.class);
            backend.heal();
            new MongoRegistrations(template).deliverPendingAuditEntries();

            assertThatThrownBy(() -> assertOneToOne(template, "two writes"))
                    .as("a registration stored without its entry must be reported")
                    .isInstanceOf(AssertionError.class).hasMessageContaining("one entry per stored version");
        } finally {
            server.shutdownNow();
        }
    }

    /** How many commands the scenario sends with no fault, so that a fault can be put at each. */
    private static int commandsOfTheScenario(boolean afterReply) {
        FaultyBackend backend = new FaultyBackend();
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            Settlement<MongoRegistrations.Pending> settlement = settlement(afterReply);
            CampaignPlatform platform = platform(new MongoTemplate(client, DATABASE), settlement);
            backend.failAt(Integer.MAX_VALUE, false);
            runScenario(platform);
            settlement.close();
            MongoTemplate template = new MongoTemplate(client, DATABASE);
            assertThat(template.count(new Query(), RegistrationDocument.COLLECTION)).isEqualTo(2);
            assertOneToOne(template, "with no fault");
            assertSummariesEqualRecomputation(template, "with no fault");
            assertThat(template.count(new Query(), "audit")).as("entries with no fault").isEqualTo(7);
            return backend.seen();
        } finally {
            server.shutdownNow();
        }
    }

    /** Settles registrations' changes before each reply, or after it on a thread of its own. */
    private static Settlement<MongoRegistrations.Pending> settlement(boolean afterReply) {
        return afterReply ? Settlement.background("settle-fault-test", 100, 100) : Settlement.inline();
    }

    private static CampaignPlatform platform(MongoTemplate template) {
        return platform(template, Settlement.inline());
    }

    private static CampaignPlatform platform(MongoTemplate template, Settlement<MongoRegistrations.Pending> settlement) {
        new MongoIndexes(template).create();
        MongoAuditLog audit = new MongoAuditLog(template);
        audit.createIndexes();
        MongoCampaigns campaigns = new MongoCampaigns(template);
        MongoUnits units = new MongoUnits(template);
        campaigns.save(Directive32.campaign());
        units.saveAll(HaTinhCity.units());
        MongoUnitSummaries summaries = new MongoUnitSummaries(template, PlatformConfiguration.HA_TINH_ZONE, settlement);
        return new CampaignPlatform(campaigns, units,
                new MongoRegistrations(template, summaries, InstanceId.random(), settlement),
                new MongoProgressReports(template), audit, CLOCK);
    }

    /**
     * Registers a work, renames it, approves it, reports progress on a target, copies the campaign and opens the
     * copy, and registers a second work: seven changes.
     */
    private static void runScenario(CampaignPlatform platform) {
        runScenario(platform.registrationService(), platform);
    }

    private static void runScenario(RegistrationService service, CampaignPlatform platform) {
        Registration bridge = service.registerWork(work("Khánh thành cầu Hộ Độ")).value();
        Registration renamed = service.update(new UpdateRegistration(bridge.id().value(), 0,
                details("Khánh thành cầu Hộ Độ mới"))).value();
        service.changeStatus(new ChangeStatus(renamed.id().value(), renamed.version(), RegistrationStatus.APPROVED,
                null, null)).value();
        platform.progressService().report(new ReportProgress("CT32-2022", "URBAN_TREES", "18070",
                LocalDate.of(2022, 5, 1), new BigDecimal("120"), null)).value();
        CampaignAdministration administration = new CampaignAdministration(platform.campaigns(), platform.units(),
                platform.auditLog(), CLOCK);
        StoredCampaign copy = administration.copy(new CopyCampaign("CT32-2022", COPY, "Thi đua 2023", null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).value();
        administration.open(new OpenCampaign(COPY, copy.version())).value();
        service.registerWork(work("Khởi công trường THCS Thạch Trung")).value();
    }

    private static void assertOneToOne(MongoTemplate template, String point) {
        MongoRegistrations registrations = new MongoRegistrations(template);
        MongoAuditLog audit = new MongoAuditLog(template);
        List<Document> stored = template.find(new Query(), Document.class, RegistrationDocument.COLLECTION);
        long entriesOfStoredChanges = 0;
        for (Document document : stored) {
            Registration registration = registrations.findById(
                    new RegistrationId(document.getString("_id"))).orElseThrow();
            List<AuditEntry> entries = audit.findByObject(registration.id().value());
            assertThat(entries).as(point + ": one entry per stored version of " + registration.name())
                    .extracting(e -> e.after().get("version"))
                    .containsExactlyInAnyOrderElementsOf(versions(registration.version()));
            assertThat(entries).as(point + ": the entry of the stored version holds the stored value")
                    .filteredOn(e -> e.after().get("version").equals(Long.toString(registration.version())))
                    .extracting(AuditEntry::after).containsExactly(Snapshots.of(registration));
            assertThat(document.getList(AuditOutbox.FIELD, Document.class, List.of()))
                    .as(point + ": nothing left pending after the restart").isEmpty();
            entriesOfStoredChanges += entries.size();
        }
        List<String> reports = new MongoProgressReports(template)
                .findByCampaign(new CampaignCode("CT32-2022")).stream()
                .map(r -> r.campaign() + "/" + r.target() + "/" + r.unit() + "/" + r.recordedAt()).toList();
        for (String report : reports) {
            assertThat(audit.findByObject(report)).as(point + ": one entry of the progress report " + report)
                    .hasSize(1);
        }
        assertThat(template.find(new Query(Criteria.where(AuditOutbox.FIELD + "._id").exists(true)), Document.class,
                "progressReports")).as(point + ": no progress report entry left pending").isEmpty();
        long campaignVersion = new MongoCampaigns(template).findStored(new CampaignCode(COPY))
                .map(StoredCampaign::version).orElse(0L);
        assertThat(audit.findByObject(COPY)).as(point + ": one entry per stored version of the copied campaign")
                .extracting(e -> e.after().get("version"))
                .containsExactlyInAnyOrderElementsOf(versions(campaignVersion).stream().filter(v -> !v.equals("0"))
                        .toList());
        assertThat(template.find(new Query(Criteria.where(AuditOutbox.FIELD + "._id").exists(true)), Document.class,
                "campaigns")).as(point + ": no campaign entry left pending").isEmpty();
        assertThat(template.count(new Query(), "audit"))
                .as(point + ": no entry describes a change that was not stored")
                .isEqualTo(entriesOfStoredChanges + reports.size() + campaignVersion);
    }

    /**
     * The unit summaries the write path keeps (recomputed between the move of each entry and its pull, and by the
     * start-up sweep for entries a crash left pending) equal those recomputed from the stored registrations.
     */
    private static void assertSummariesEqualRecomputation(MongoTemplate template, String point) {
        CampaignCode campaign = new CampaignCode("CT32-2022");
        List<Registration> stored = new MongoRegistrations(template).findByCampaign(campaign);
        List<UnitSummary> kept = new MongoUnitSummaries(template, PlatformConfiguration.HA_TINH_ZONE)
                .findByCampaign(campaign).stream().filter(s -> !s.isEmpty()).toList();
        assertThat(kept).as(point + ": the unit summaries equal a recomputation from the registrations")
                .isEqualTo(UnitSummary.byUnit(campaign, stored, PlatformConfiguration.HA_TINH_ZONE));
    }

    private static List<String> versions(long last) {
        List<String> versions = new ArrayList<>();
        for (long v = 0; v <= last; v++) {
            versions.add(Long.toString(v));
        }
        return versions;
    }

    private static RegisterWork work(String name) {
        return new RegisterWork("CT32-2022", "18070", details(name));
    }

    private static WorkDetails details(String name) {
        return WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19))
                .withTaskArea(new TaskAreaCode("URBAN"));
    }

    /** Registrations that are not known to keep a change and its entry in one write. */
    private record SeparateWrites(Registrations delegate) implements Registrations {

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
            return delegate.findByNaturalKey(key);
        }

        @Override
        public WriteResult insert(Registration registration) {
            return delegate.insert(registration);
        }

        @Override
        public WriteResult update(Registration registration, long expectedVersion) {
            return delegate.update(registration, expectedVersion);
        }
    }

    /**
     * An in-memory store that, once armed, fails the Nth command it receives on the test's database — before running it, or after
     * running it but before answering — and every command after it, as a process that died there would.
     */
    private static final class FaultyBackend extends MemoryBackend {

        private final AtomicInteger seen = new AtomicInteger();
        private volatile int failAt = -1;
        private volatile boolean afterRunning;
        private volatile boolean tripped;
        private volatile String failingCollection = "";

        void failAt(int command, boolean after) {
            seen.set(0);
            this.afterRunning = after;
            this.failAt = command;
        }

        void failOnFirst(String collection) {
            failAt(Integer.MAX_VALUE, false);
            this.failingCollection = collection;
        }

        void heal() {
            failAt = -1;
            failingCollection = "";
        }

        boolean tripped() {
            return tripped;
        }

        int seen() {
            return seen.get();
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String databaseName, String command,
                de.bwaldvogel.mongo.bson.Document query) {
            if (failAt < 0 || !databaseName.equals(DATABASE)) {
                return super.handleCommand(channel, databaseName, command, query);
            }
            int number = seen.getAndIncrement();
            boolean firstOnCollection = !failingCollection.isEmpty()
                    && failingCollection.equals(query.get(command));
            if (tripped || firstOnCollection || (number == failAt && !afterRunning)) {
                tripped = true;
                throw new MongoServerException("injected crash before " + command);
            }
            de.bwaldvogel.mongo.bson.Document answer = super.handleCommand(channel, databaseName, command, query);
            if (number == failAt) {
                tripped = true;
                throw new MongoServerException("injected crash after " + command);
            }
            return answer;
        }
    }
}
