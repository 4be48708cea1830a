package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.WorkLine;

/** A dry run reports what a real import would do, and stores nothing. */
class DryRunTest {

    private static final CampaignCode CT32 = new CampaignCode("CT32-2022");
    private static final List<String> READABLE = List.of(FixtureGenerator.WORKS_UNICODE,
            FixtureGenerator.WORKS_BY_WARD_TCVN3, FixtureGenerator.WORKS_LEGACY_XLS, FixtureGenerator.EVENTS_UTF8,
            FixtureGenerator.EVENTS_TCVN3, FixtureGenerator.EVENTS_VNI);

    @TempDir
    Path directory;

    @Test
    void reportsExactlyWhatARealImportOfTheSameFilesReports() {
        List<Path> files = READABLE.stream().map(Fixtures::path).toList();

        ImportReport dry = ImportRunner.dryRun(CampaignPlatform.inMemory(Clock.systemUTC()))
                .importFiles(files, "CT32-2022", ImportListener.NONE);
        ImportReport real = ImportRunner.writingTo(CampaignPlatform.inMemory(Clock.systemUTC()))
                .importFiles(files, "CT32-2022", ImportListener.NONE);

        assertThat(dry.dryRun()).isTrue();
        assertThat(real.dryRun()).isFalse();
        assertThat(dry.files()).hasSize(READABLE.size());
        for (int i = 0; i < READABLE.size(); i++) {
            FileReport d = dry.files().get(i);
            FileReport r = real.files().get(i);
            assertThat(d.counts()).as(READABLE.get(i)).isEqualTo(r.counts());
            assertThat(d.issues()).as(READABLE.get(i)).isEqualTo(r.issues());
            assertThat(d.sheets()).as(READABLE.get(i)).isEqualTo(r.sheets());
            assertThat(withoutIds(d)).as(READABLE.get(i)).isEqualTo(withoutIds(r));
        }
        assertThat(dry.totals().unchanged()).as("the second events file repeats the first").isEqualTo(8);
    }

    @Test
    void storesNothingInThePlatformItChecksAgainst() {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemUTC());

        ImportReport report = ImportRunner.dryRun(platform).importFiles(
                List.of(Fixtures.path(FixtureGenerator.WORKS_UNICODE)), "CT32-2022", ImportListener.NONE);

        assertThat(report.totals().imported()).isEqualTo(5);
        assertThat(platform.registrations().findByCampaign(CT32)).isEmpty();
    }

    @Test
    void seesWhatThePlatformAlreadyHoldsAndTellsUpdatesFromUnchangedRows() {
        CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemUTC());
        ImportRunner.writingTo(platform).importFile(EventLists.threeEvents("15/5/2022").writeTo(directory, "a.csv"),
                "a.csv", "CT32-2022", ImportListener.NONE);
        var before = platform.registrations().findByCampaign(CT32);

        FileReport report = ImportRunner.dryRun(platform).importFile(
                EventLists.threeEvents("16/5/2022").writeTo(directory, "b.csv"), "b.csv", "CT32-2022",
                ImportListener.NONE);

        assertThat(report.counts()).extracting(Counts::imported, Counts::updated, Counts::unchanged)
                .containsExactly(0, 1, 2);
        assertThat(report.events()).extracting(EventLine::change)
                .containsExactly(Saved.Change.UPDATED, Saved.Change.UNCHANGED, Saved.Change.UNCHANGED);
        assertThat(platform.registrations().findByCampaign(CT32)).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Object> withoutIds(FileReport report) {
        List<Object> lines = new java.util.ArrayList<>();
        for (WorkLine w : report.works()) {
            lines.add(new WorkLine(w.sheet(), w.row(), w.unitCode(), w.name(), w.kind(), w.plannedOn(), w.investmentVnd(),
                    w.plaqueRequested(), w.location(), w.fundingSource(), w.investor(), w.change(), "-"));
        }
        for (EventLine e : report.events()) {
            lines.add(new EventLine(e.sheet(), e.row(), e.unitCode(), e.name(), e.kind(), e.startsOn(), e.endsOn(),
                    e.venue(), e.change(), "-"));
        }
        return lines;
    }
}
