package vn.campaign.api.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

import vn.campaign.api.audit.mongo.MongoAuditLog;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.NaturalKey;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.registration.Registrations.WriteResult;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.api.support.StoreCleanup;

/**
 * The batch writes of the import's commit on the embedded store: one unordered bulk insert in which each
 * registration is stored or refused on its own — a duplicate key, of a stored registration or of an earlier one
 * of the batch, refuses that registration only — and one read for the registrations kept under many keys.
 */
class BatchWritesIT {

    private static final Instant NOW = Instant.parse("2022-05-02T02:00:00Z");
    private static MongoFixture fixture;
    private MongoRegistrations registrations;

    @BeforeAll
    static void openStore() {
        fixture = MongoFixture.open();
    }

    @AfterAll
    static void closeStore() {
        fixture.close();
    }

    @BeforeEach
    void emptyRegistrations() {
        StoreCleanup.removeAllRegistrations(fixture.template());
        registrations = new MongoRegistrations(fixture.template());
    }

    @Test
    void insertsEveryRegistrationOfTheBatchButThoseWhoseKeyIsTaken() {
        Work stored = work("18070", "Cầu Hộ Độ");
        assertThat(registrations.insert(stored)).isEqualTo(WriteResult.DONE);

        List<WriteResult> results = registrations.insertAll(List.of(work("18070", "Trường THCS"),
                work("18070", "CẦU HỘ ĐỘ"), work("18076", "Cầu Hộ Độ"), work("18070", "trường thcs"),
                work("18100", "Chợ Thạch Hạ")));

        assertThat(results).containsExactly(WriteResult.DONE, WriteResult.DUPLICATE, WriteResult.DONE,
                WriteResult.DUPLICATE, WriteResult.DONE);
        assertThat(fixture.template().count(new Query(), RegistrationDocument.COLLECTION)).isEqualTo(4);
        assertThat(registrations.findById(stored.id())).contains(stored);
    }

    @Test
    void readsTheRegistrationsKeptUnderManyKeysAtOnce() {
        Work bridge = work("18070", "Cầu Hộ Độ");
        Work market = work("18076", "Chợ Bắc Hà");
        registrations.insertAll(List.of(bridge, market, work("18076", "Cầu Hộ Độ")));

        Map<NaturalKey, List<Registration>> found = registrations.findAllByNaturalKeys(List.of(bridge.naturalKey(),
                market.naturalKey(), work("18070", "Chợ Bắc Hà").naturalKey(), work("18100", "Cầu Hộ Độ").naturalKey()));

        assertThat(found).containsOnly(Map.entry(bridge.naturalKey(), List.of(bridge)),
                Map.entry(market.naturalKey(), List.of(market)));
    }

    @Test
    void readsTheEndedRegistrationsOfANameWithTheLiveOneAndEachUnitsNamesOnly() {
        Work rejected = work("18070", "Nhà văn hóa tổ 3");
        registrations.insert(rejected);
        Work ended = rejected.withStatus(RegistrationStatus.REJECTED, "trùng", null, NOW.plusSeconds(60));
        assertThat(registrations.update(ended, rejected.version())).isEqualTo(WriteResult.DONE);
        Work again = work("18070", "NHÀ VĂN HÓA TỔ 3");
        Work park = work("18076", "Công viên");
        Work otherPark = work("18073", "Công viên");
        registrations.insertAll(List.of(again, park, otherPark, work("18076", "Nhà văn hóa tổ 3")));

        Map<NaturalKey, List<Registration>> found = registrations.findAllByNaturalKeys(List.of(again.naturalKey(),
                park.naturalKey(), work("18070", "Công viên").naturalKey()));

        assertThat(found).containsOnlyKeys(again.naturalKey(), park.naturalKey());
        assertThat(found.get(again.naturalKey())).extracting(Registration::id)
                .containsExactlyInAnyOrder(ended.id(), again.id());
        assertThat(found.get(park.naturalKey())).containsExactly(park);
    }

    @Test
    void readsUnderManyKeysOfManyUnitsWhatEachKeyReadAloneFinds() {
        Random random = new Random(16);
        List<String> units = List.of("18070", "18073", "18076", "18079", "18082", "18085");
        for (int i = 0; i < 120; i++) {
            Work work = work(units.get(random.nextInt(units.size())), "Công trình " + random.nextInt(40));
            if (registrations.insert(work) == WriteResult.DONE && random.nextInt(4) == 0) {
                // ended: gives up its name, which a later work may take
                registrations.update(work.withStatus(RegistrationStatus.CANCELLED, null, null, NOW), work.version());
            }
        }
        List<NaturalKey> keys = new ArrayList<>();
        for (String unit : units) {
            for (int n = 0; n < 45; n += 2) {
                keys.add(work(unit, "CÔNG TRÌNH " + n).naturalKey());
            }
        }

        Map<NaturalKey, List<Registration>> found = registrations.findAllByNaturalKeys(keys);

        for (NaturalKey key : keys) {
            List<Registration> alone = registrations.findAllByNaturalKey(key);
            assertThat(found.getOrDefault(key, List.of())).as(key.toString())
                    .containsExactlyInAnyOrderElementsOf(alone);
        }
        assertThat(found.values().stream().mapToInt(List::size).sum()).isPositive();
    }

    @Test
    void appendsTheAuditEntriesOfABatchInOrder() {
        MongoAuditLog audit = new MongoAuditLog(fixture.template());
        Work work = work("18070", "Nhà văn hóa " + System.nanoTime());
        List<AuditEntry> entries = List.of(
                new AuditEntry(NOW, "importer", AuditAction.REGISTER, "Work", work.id().value(), null,
                        Map.of("name", "a")),
                new AuditEntry(NOW.plusSeconds(1), "importer", AuditAction.UPDATE, "Work", work.id().value(),
                        Map.of("name", "a"), Map.of("name", "b")));

        audit.appendAll(entries);

        assertThat(audit.findByObject(work.id().value())).containsExactlyElementsOf(entries);
    }

    private static Work work(String unit, String name) {
        return Work.register(Directive32.CODE, new UnitCode(unit),
                WorkDetails.of(name, WorkKind.INAUGURATION, LocalDate.of(2022, 5, 19)), NOW);
    }
}
