package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.campaign.api.imports.mongo.ImportDocument;
import vn.campaign.api.imports.mongo.ImportHistory;
import vn.campaign.api.platform.Page;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.source.FileType;

/**
 * The history store on a database of its own on the embedded server: inserts and replacements, the
 * newest-first keyset pages, and the marking of runs left {@code RUNNING} by other processes.
 */
class ImportHistoryIT extends EmbeddedStoreTestBase {

    private static final String HASH = "0".repeat(64);
    private static final CampaignCode CT32 = new CampaignCode("CT32-2022");
    private static final Instant T0 = Instant.parse("2022-05-02T01:00:00Z");

    @Autowired
    private MongoClient client;

    private MongoTemplate database;
    private ImportInstance here;
    private ImportHistory history;

    @BeforeEach
    void openDatabase() {
        database = new MongoTemplate(client, "import-history-test-" + UUID.randomUUID());
        here = ImportInstance.random();
        history = new ImportHistory(database, here);
        history.createIndexes();
    }

    @AfterEach
    void dropDatabase() {
        database.getDb().drop();
    }

    private Import started(String name, Instant at, ImportInstance instance) {
        return Import.started(name, HASH, CT32, false, FileType.CSV, at, "system:test", instance);
    }

    @Test
    void recordsARunWhenItStartsAndReplacesItWhenItEnds() {
        Import run = started("a.csv", T0, here);
        history.add(run);
        assertThat(history.findById(run.id())).contains(run);

        Import done = run.finished(new FileReport("a.csv", "CSV", null, new Counts(2, 2, 0, 0, 0, 1, java.util.Map.of("HEADER", 1)),
                List.of(), List.of(), List.of(), List.of(), 3), T0.plusSeconds(1));
        history.replace(done);

        assertThat(history.findById(run.id())).contains(done);
        assertThat(history.count()).isEqualTo(1);
        assertThat(history.findById("not-a-uuid")).isEmpty();
        assertThat(history.findById(UUID.randomUUID().toString())).isEmpty();
        assertThatThrownBy(() -> history.replace(started("b.csv", T0, here)))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no import ");
    }

    @Test
    void keepsTheConflictsOfARunAndReadsARunStoredBeforeThemAsHavingNone() {
        Import withConflict = finished(started("works.xlsx", T0, here), new Counts(4, 0, 1, 2, 1, 0, 5,
                java.util.Map.of("TITLE", 5)));
        Import older = finished(started("older.xlsx", T0.plusSeconds(2), here), new Counts(3, 0, 1, 2, 0, 5,
                java.util.Map.of("TITLE", 5)));
        database.updateFirst(new Query(Criteria.where("_id").is(older.id())), new Update().unset("counts.conflicts"),
                ImportDocument.COLLECTION);

        assertThat(history.findById(withConflict.id()).orElseThrow().counts())
                .isEqualTo(new ImportCounts(4, 0, 1, 2, 1, 0, 5));
        assertThat(history.findById(older.id()).orElseThrow().counts()).isEqualTo(new ImportCounts(3, 0, 1, 2, 0, 5));
    }

    private Import finished(Import run, Counts counts) {
        history.add(run);
        Import done = run.finished(new FileReport(run.fileName(), "XLSX", null, counts, List.of(), List.of(),
                List.of(), List.of(), 3), run.startedAt().plusSeconds(1));
        history.replace(done);
        return done;
    }

    @Test
    void atStartUpMarksInterruptedOnlyTheRunningRunsOfOtherProcesses() {
        ImportInstance earlier = ImportInstance.random();
        Import orphan = started("orphan.csv", T0, earlier);
        Import mine = started("mine.csv", T0.plusSeconds(1), here);
        Import finishedElsewhere = started("done.csv", T0.plusSeconds(2), earlier).interrupted(T0.plusSeconds(3));
        history.add(orphan);
        history.add(mine);
        history.add(finishedElsewhere);

        long marked = history.interruptRunsOfOtherInstances();

        assertThat(marked).isEqualTo(1);
        ImportDocument stored = database.findById(orphan.id(), ImportDocument.class);
        assertThat(stored.status()).isEqualTo("INTERRUPTED");
        assertThat(history.findById(mine.id()).orElseThrow().status()).isEqualTo(ImportRunStatus.RUNNING);
        assertThat(history.findById(finishedElsewhere.id()).orElseThrow()).isEqualTo(finishedElsewhere);
        assertThat(history.interruptRunsOfOtherInstances()).isZero();
    }

    @Test
    void readsARunningRunOfAnotherProcessAsInterruptedWithoutChangingIt() {
        Import orphan = started("orphan.csv", T0, ImportInstance.random());
        history.add(orphan);

        assertThat(history.findById(orphan.id()).orElseThrow().status()).isEqualTo(ImportRunStatus.INTERRUPTED);
        assertThat(history.page(null, 10).items()).extracting(Import::status).containsExactly(ImportRunStatus.INTERRUPTED);
        assertThat(database.findById(orphan.id(), ImportDocument.class).status()).isEqualTo("RUNNING");
    }

    @Test
    void pagesNewestFirstBreakingTiesByIdAndKeepsItsPlaceWhenNewerRunsArrive() {
        List<Import> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(started("f" + i + ".csv", T0.plusSeconds(i / 2), here));
        }
        runs.forEach(history::add);
        List<Import> expected = runs.stream().sorted((a, b) -> {
            int byTime = b.startedAt().compareTo(a.startedAt());
            return byTime != 0 ? byTime : b.id().compareTo(a.id());
        }).toList();

        Page<Import> first = history.page(null, 2);
        history.add(started("newer.csv", T0.plusSeconds(60), here));
        Page<Import> second = history.page(ImportPosition.of(first.items().get(1)), 2);
        Page<Import> last = history.page(ImportPosition.of(second.items().get(1)), 2);

        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 2));
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(2, 4));
        assertThat(last.items()).containsExactly(expected.get(4));
        assertThat(last.hasMore()).isFalse();
        assertThat(history.count()).isEqualTo(6);
        assertThat(database.indexOps(ImportDocument.COLLECTION).getIndexInfo())
                .anySatisfy(index -> assertThat(index.getName()).isEqualTo(ImportHistory.ORDER_INDEX));
    }
}
