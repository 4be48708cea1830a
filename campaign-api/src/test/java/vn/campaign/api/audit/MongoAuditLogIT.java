package vn.campaign.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import vn.campaign.api.platform.Page;
import vn.campaign.api.store.EmbeddedBackend;
import vn.campaign.api.store.EmbeddedMongoStore;
import vn.campaign.api.store.StoreProperties;
import vn.campaign.core.audit.AuditAction;
import vn.campaign.core.audit.AuditEntry;

/** The audit trail in MongoDB, on an embedded in-memory store of its own. */
class MongoAuditLogIT {

    private static final Instant T0 = Instant.parse("2022-05-01T03:04:05.123456789Z");

    private EmbeddedMongoStore store;
    private MongoClient client;
    private MongoTemplate template;
    private MongoAuditLog log;

    @BeforeEach
    void open() {
        store = EmbeddedMongoStore.start(new StoreProperties(EmbeddedBackend.MEMORY, Path.of("unused.mv"), 0, "audit-test"));
        client = MongoClients.create(store.connectionString());
        template = new MongoTemplate(client, "audit-test");
        log = new MongoAuditLog(template);
        log.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void readsBackEveryEntryExactlyIncludingNanosecondsAndFieldNamesWithDotsOrDollars() {
        AuditEntry created = entry(T0, "w1", AuditAction.REGISTER, null, Map.of("status", "REGISTERED", "a.b", "1"));
        AuditEntry changed = entry(T0.plusNanos(1), "w1", AuditAction.APPROVE, Map.of("status", "REGISTERED"),
                Map.of("status", "APPROVED", "$where", "x"));

        log.append(created);
        log.append(changed);

        assertThat(log.findByObject("w1")).containsExactly(created, changed);
        assertThat(log.findByObject("w2")).isEmpty();
    }

    @Test
    void onlyEverInsertsSoTheSameEntryAppendedTwiceIsKeptTwice() {
        AuditEntry entry = entry(T0, "w1", AuditAction.UPDATE, Map.of("location", "A"), Map.of("location", "B"));

        log.append(entry);
        log.append(entry);

        assertThat(log.findByObject("w1")).containsExactly(entry, entry);
        assertThat(template.count(new Query(), AuditEntryDocument.COLLECTION)).isEqualTo(2);
    }

    @Test
    void pagesNewestFirstThroughEntriesOfTheSameInstantWithoutRepeatingOrSkippingAny() {
        List<AuditEntry> appended = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            AuditEntry e = entry(i < 4 ? T0 : T0.plusSeconds(i), i % 2 == 0 ? "w1" : "w2", AuditAction.UPDATE,
                    Map.of("n", Integer.toString(i)), Map.of("n", Integer.toString(i + 1)));
            log.append(e);
            appended.add(e);
        }

        List<StoredAuditEntry> all = walk(null, 2);

        assertThat(all).hasSize(7).extracting(StoredAuditEntry::id).doesNotHaveDuplicates();
        assertThat(all).extracting(s -> s.entry().at()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(all).extracting(StoredAuditEntry::entry).containsExactlyInAnyOrderElementsOf(appended);
        assertThat(walk("w1", 3)).extracting(s -> s.entry().objectId()).containsOnly("w1").hasSize(4);
        assertThat(log.count(null)).isEqualTo(7);
        assertThat(log.count("w2")).isEqualTo(3);
    }

    @Test
    void createsTheIndexesOfAnObjectsHistoryAndOfTheWholeTrailByTime() {
        assertThat(log.indexNames()).contains(MongoAuditLog.BY_OBJECT, MongoAuditLog.BY_TIME);
    }

    private List<StoredAuditEntry> walk(@Nullable String objectId, int size) {
        List<StoredAuditEntry> all = new ArrayList<>();
        AuditPosition after = null;
        Page<StoredAuditEntry> page;
        do {
            page = log.page(objectId, after, size);
            all.addAll(page.items());
            after = page.items().isEmpty() ? null : AuditPosition.of(page.items().get(page.items().size() - 1));
        } while (page.hasMore());
        return all;
    }

    private static AuditEntry entry(Instant at, String objectId, AuditAction action, @Nullable Map<String, String> before,
            Map<String, String> after) {
        return new AuditEntry(at, "canbo.tranphu", action, "Work", objectId, before, after);
    }
}
