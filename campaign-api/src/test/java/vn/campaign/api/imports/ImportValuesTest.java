package vn.campaign.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.campaign.api.graphql.InvalidRequestException;
import vn.campaign.api.imports.mongo.ImportDocument;
import vn.campaign.api.imports.mongo.ImportMapper;
import vn.campaign.api.platform.SortableInstant;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileError;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.source.FileType;

/** The history's values: runs and their states, counts, documents and cursors. */
class ImportValuesTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final CampaignCode CT32 = new CampaignCode("CT32-2022");
    private static final Instant STARTED = Instant.parse("2022-05-02T01:02:03.123456789Z");
    private static final ImportInstance HERE = new ImportInstance("11111111-2222-3333-4444-555555555555");
    private static final ImportInstance ELSEWHERE = new ImportInstance("99999999-2222-3333-4444-555555555555");

    private static Import running() {
        return Import.started("Công trình P. Bắc Hà.xlsx", HASH, CT32, false, FileType.XLSX, STARTED, "an-officer", HERE);
    }

    private static FileReport readReport() {
        return new FileReport("Công trình P. Bắc Hà.xlsx", "XLSX", null,
                new Counts(10, 6, 1, 2, 1, 3, Map.of("HEADER", 1, "TITLE", 2)), List.of(), List.of(), List.of(),
                List.of(), 120);
    }

    @Test
    void aRunStartsRunningWithoutEndOrCountsAndCompletesWithTheReportsCounts() {
        Import run = running();
        Import done = run.finished(readReport(), STARTED.plusSeconds(2));

        assertThat(run.status()).isEqualTo(ImportRunStatus.RUNNING);
        assertThat(run.finishedAt()).isNull();
        assertThat(run.counts()).isNull();
        assertThat(done.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(done.id()).isEqualTo(run.id());
        assertThat(done.finishedAt()).isEqualTo(STARTED.plusSeconds(2));
        assertThat(done.counts()).isEqualTo(new ImportCounts(10, 6, 1, 2, 1, 3));
    }

    @Test
    void aRunWhoseFileCouldNotBeReadFailsWithZeroCountsAndTheFormatItWasToldBy() {
        FileReport unreadable = FileReport.failed("x.xlsx", "XLS",
                new FileError("ENCRYPTED", "x.xlsx: the workbook is protected by a password", null, null, null),
                List.of(), 5);

        Import failed = Import.started("x.xlsx", HASH, CT32, false, null, STARTED, "an-officer", HERE)
                .finished(unreadable, STARTED.plusMillis(5));

        assertThat(failed.status()).isEqualTo(ImportRunStatus.FAILED);
        assertThat(failed.format()).isEqualTo(FileType.XLS);
        assertThat(failed.counts()).isEqualTo(new ImportCounts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void aRunningRunOfAnotherProcessIsSeenInterruptedAndOneOfThisProcessRunning() {
        Import run = running();

        assertThat(run.asSeenFrom(HERE)).isSameAs(run);
        Import seen = run.asSeenFrom(ELSEWHERE);
        assertThat(seen.status()).isEqualTo(ImportRunStatus.INTERRUPTED);
        assertThat(seen.finishedAt()).isNull();
        assertThat(seen.counts()).isNull();
        Import done = run.finished(readReport(), STARTED.plusSeconds(1));
        assertThat(done.asSeenFrom(ELSEWHERE)).isSameAs(done);
    }

    @Test
    void refusesStatesThatContradictTheirEndTimeOrCounts() {
        ImportCounts zero = new ImportCounts(0, 0, 0, 0, 0, 0);
        String id = running().id();

        assertThatThrownBy(() -> new Import(id, "a.xlsx", HASH, CT32, false, null, ImportRunStatus.RUNNING, STARTED,
                STARTED, null, "admin", HERE.id())).hasMessage("a RUNNING import has no end time and no counts yet");
        assertThatThrownBy(() -> new Import(id, "a.xlsx", HASH, CT32, false, null, ImportRunStatus.COMPLETED, STARTED,
                null, zero, "admin", HERE.id())).hasMessage("a COMPLETED import needs its end time and counts");
        assertThatThrownBy(() -> new Import(id, "a.xlsx", HASH, CT32, false, null, ImportRunStatus.INTERRUPTED,
                STARTED, null, zero, "admin", HERE.id()))
                .hasMessage("an INTERRUPTED import has no counts: its report was never made");
        assertThatThrownBy(() -> new Import(id, "a.xlsx", HASH, CT32, false, null, ImportRunStatus.COMPLETED, STARTED,
                STARTED.minusSeconds(1), zero, "admin", HERE.id()))
                .hasMessage("an import cannot finish (2022-05-02T01:02:02.123456789Z) before it started"
                        + " (2022-05-02T01:02:03.123456789Z)");
        assertThatThrownBy(() -> new Import(id, "a.xlsx", HASH, CT32, false, null, ImportRunStatus.FAILED, STARTED,
                STARTED, new ImportCounts(1, 1, 0, 0, 0, 0), "admin", HERE.id()))
                .hasMessage("a FAILED import stored nothing, but 1 rows are counted as read");
    }

    @Test
    void refusesMalformedIdsHashesAndNames() {
        assertThatThrownBy(() -> new Import("42", "a.xlsx", HASH, CT32, false, null, ImportRunStatus.RUNNING, STARTED,
                null, null, "admin", HERE.id())).hasMessage("an import id must be a lower-case UUID, was '42'");
        assertThatThrownBy(() -> Import.started("a.xlsx", HASH.toUpperCase(), CT32, false, null, STARTED, "admin", HERE))
                .hasMessageStartingWith("contentHash must be 64 lower-case hexadecimal digits, was '9F86");
        assertThatThrownBy(() -> Import.started(" ", HASH, CT32, false, null, STARTED, "admin", HERE))
                .hasMessage("fileName must be 1 to 255 characters and not blank, was ' '");
        assertThatThrownBy(() -> Import.started("a.xlsx", HASH, CT32, false, null, STARTED, " ", HERE))
                .hasMessage("by must name who ran the import, was blank");
        assertThatThrownBy(() -> new ImportInstance("host-1"))
                .hasMessage("an instance id must be a UUID, was 'host-1'");
        assertThat(Import.started("x".repeat(300) + ".xlsx", HASH, CT32, false, null, STARTED, "admin", HERE).fileName())
                .hasSize(Import.MAX_FILE_NAME);
    }

    @Test
    void countsAccountForEveryRowReadOnce() {
        assertThatThrownBy(() -> new ImportCounts(5, 1, 1, 1, 1, 0))
                .hasMessage("every row read must be imported, updated, unchanged or rejected: read 5 but 1 + 1 + 1 + 1 = 4");
        assertThatThrownBy(() -> new ImportCounts(0, 0, 0, 0, 0, -1))
                .hasMessageStartingWith("import counts must not be negative");
    }

    @Test
    void mapsRunsInEveryStateToDocumentsAndBackUnchanged() {
        Import run = running();
        Import completed = run.finished(readReport(), STARTED.plusMillis(1500));
        Import interrupted = run.interrupted(null);
        Import dry = Import.started("events.csv", HASH, CT32, true, FileType.CSV, STARTED, "system:test", ELSEWHERE);

        for (Import each : List.of(run, completed, interrupted, dry)) {
            assertThat(ImportMapper.toDomain(ImportMapper.toDocument(each))).isEqualTo(each);
        }
        ImportDocument document = ImportMapper.toDocument(completed);
        assertThat(document.startedAt()).isEqualTo("2022-05-02T01:02:03.123456789Z");
        assertThat(document.finishedAt()).isEqualTo("2022-05-02T01:02:04.623456789Z");
        assertThat(document.status()).isEqualTo("COMPLETED");
        assertThat(document.format()).isEqualTo("XLSX");
        assertThat(document.counts()).isEqualTo(new ImportDocument.CountsDocument(10, 6, 1, 2, 1, 3));
    }

    @Test
    void storesInstantsAsTextThatSortsLikeTheInstants() {
        Instant early = Instant.parse("2022-05-02T01:02:03Z");
        Instant later = Instant.parse("2022-05-02T01:02:03.000000001Z");

        assertThat(SortableInstant.text(early)).isEqualTo("2022-05-02T01:02:03.000000000Z");
        assertThat(SortableInstant.text(early)).isLessThan(SortableInstant.text(later));
    }

    @Test
    void readsBackTheCursorOfAPositionAndRefusesOtherText() {
        ImportPosition position = ImportPosition.of(running());

        assertThat(ImportPosition.fromCursor(position.cursor())).isEqualTo(position);
        assertThat(ImportPosition.fromCursor(null)).isNull();
        for (String wrong : List.of("bm9wZQ", "%%%", "", position.cursor() + "x")) {
            assertThatThrownBy(() -> ImportPosition.fromCursor(wrong)).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("after: '" + wrong + "' is not a cursor of the list of imports; pass an edge's cursor"
                            + " or pageInfo.endCursor unchanged");
        }
    }
}
