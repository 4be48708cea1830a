package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.importer.fixtures.FixtureGenerator;
import vn.campaign.importer.fixtures.Fixtures;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.EventLine;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.sheet.ReadOptions;

/** Importing into a platform: idempotent re-imports, updates, and files that store nothing. */
class ReimportTest {

    private static final CampaignCode CT32 = new CampaignCode("CT32-2022");

    private final CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemUTC());
    private final ImportRunner runner = ImportRunner.writingTo(platform);

    @TempDir
    Path directory;

    @Test
    void reimportingTheSameFileCreatesNoDuplicateAndCountsEveryRowUnchanged() {
        Path works = Fixtures.path(FixtureGenerator.WORKS_UNICODE);
        FileReport first = runner.importFile(works, "works.xlsx", "CT32-2022", ImportListener.NONE);
        List<Registration> afterFirst = stored();

        FileReport second = runner.importFile(works, "works.xlsx", "CT32-2022", ImportListener.NONE);

        assertThat(first.counts()).extracting(Counts::imported, Counts::unchanged, Counts::rejected).containsExactly(5, 0, 1);
        assertThat(second.counts()).extracting(Counts::imported, Counts::updated, Counts::unchanged, Counts::rejected)
                .containsExactly(0, 0, 5, 1);
        assertThat(second.works()).extracting(w -> w.change()).containsOnly(Saved.Change.UNCHANGED);
        assertThat(second.works()).extracting(w -> w.id())
                .containsExactlyElementsOf(first.works().stream().map(w -> w.id()).toList());
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(afterFirst).hasSize(5);
    }

    @Test
    void aChangedRowUpdatesItsRegistrationAndTheOthersStayUnchanged() {
        runner.importFile(EventLists.threeEvents("15/5/2022").writeTo(directory, "su-kien.csv"), "su-kien.csv",
                "CT32-2022", ImportListener.NONE);

        FileReport changed = runner.importFile(EventLists.threeEvents("16/5/2022").writeTo(directory, "su-kien.csv"),
                "su-kien.csv", "CT32-2022", ImportListener.NONE);

        assertThat(changed.counts()).isEqualTo(new Counts(3, 0, 1, 2, 0, 2, Map.of("TITLE", 1, "HEADER", 1)));
        assertThat(changed.events()).extracting(EventLine::row, EventLine::change, EventLine::startsOn).containsExactly(
                tuple(3, Saved.Change.UPDATED, LocalDate.of(2022, 5, 16)),
                tuple(4, Saved.Change.UNCHANGED, LocalDate.of(2022, 5, 20)),
                tuple(5, Saved.Change.UNCHANGED, LocalDate.of(2022, 5, 28)));
        assertThat(stored()).hasSize(3).filteredOn(r -> r.name().equals("Lễ hội đình làng Đồng Môn")).singleElement()
                .satisfies(r -> {
                    assertThat(((Event) r).details().startsOn()).isEqualTo(LocalDate.of(2022, 5, 16));
                    assertThat(r.version()).isEqualTo(1);
                });
    }

    @Test
    void aFileThatBreaksALimitHalfwayStoresNothingOfTheRowsReadBefore() {
        ImportRunner limited = ImportRunner.writingTo(platform,
                ReadOptions.defaults().withLimits(ReadOptions.defaults().limits().withMaxRows(12)));

        FileReport report = limited.importFile(Fixtures.path(FixtureGenerator.WORKS_UNICODE), "works.xlsx",
                "CT32-2022", ImportListener.NONE);

        assertThat(report.error()).isNotNull();
        assertThat(report.error().code()).isEqualTo("TOO_MANY_ROWS");
        assertThat(report.error().message()).startsWith("works.xlsx, sheet \"Công trình chào mừng\", row 13");
        assertThat(report.error().sheet()).isEqualTo("Công trình chào mừng");
        assertThat(report.error().row()).isEqualTo(13);
        assertThat(report.counts()).isEqualTo(Counts.none());
        assertThat(stored()).isEmpty();
    }

    @Test
    void aRowRepeatingTheUnitAndNameOfAnEarlierRowIsRejectedRatherThanMergedIntoIt() {
        Path file = EventLists.withHeader()
                .event("Phường Bắc Hà", "Liên hoan văn nghệ", "Văn hóa", "28/5/2022", "Quảng trường")
                .event("Phường Trần Phú", "Liên hoan văn nghệ", "Văn hóa", "29/5/2022", "Nhà văn hóa")
                .event("P. Bắc Hà", "LIÊN HOAN VĂN NGHỆ", "Văn hóa", "30/5/2022", "Sân khấu")
                .writeTo(directory, "trung.csv");

        FileReport report = runner.importFile(file, "trung.csv", "CT32-2022", ImportListener.NONE);

        assertThat(report.counts()).extracting(Counts::imported, Counts::rejected).containsExactly(2, 1);
        assertThat(report.issues()).filteredOn(Issue::rejectsRow).singleElement().satisfies(issue -> {
            assertThat(issue).extracting(Issue::row, Issue::column, i -> i.code().name(), Issue::severity, Issue::value)
                    .containsExactly(5, "C", "DUPLICATE_ROW", Severity.ERROR, "LIÊN HOAN VĂN NGHỆ");
            assertThat(issue.message().en()).isEqualTo("Same unit and name as row 3 of sheet \"trung\"; this row was not imported.");
        });
        assertThat(stored()).extracting(r -> ((Event) r).details().startsOn())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 5, 28), LocalDate.of(2022, 5, 29));
    }

    @Test
    void reportsTheCoresDuplicateWhenAnEventTakesTheNameOfAWorkOfTheSameUnit() {
        Path works = EventLists.withHeader()
                .event("Phường Bắc Hà", "Nhà văn hóa tổ dân phố 5", "Văn hóa", "19/5/2022", "Tổ dân phố 5")
                .writeTo(directory, "su-kien.csv");
        runner.importFile(Fixtures.path(FixtureGenerator.WORKS_UNICODE), "works.xlsx", "CT32-2022", ImportListener.NONE);

        FileReport report = runner.importFile(works, "su-kien.csv", "CT32-2022", ImportListener.NONE);

        assertThat(report.issues()).filteredOn(Issue::rejectsRow)
                .extracting(Issue::row, Issue::column, i -> i.code().name(), Issue::value, i -> Objects.toString(i.field(), null))
                .containsExactly(tuple(3, "C", "DUPLICATE_REGISTRATION", "Nhà văn hóa tổ dân phố 5", "name"));
    }

    @Test
    void reportsAnUnknownCampaignForEveryFileAndStoresNothing() {
        ImportReport report = runner.importFiles(List.of(Fixtures.path(FixtureGenerator.EVENTS_UTF8)), "CT99-2030",
                ImportListener.NONE);

        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.error()).isNotNull();
            assertThat(file.error().code()).isEqualTo("CAMPAIGN_UNKNOWN");
            assertThat(file.error().message()).isEqualTo("events-utf8.csv: There is no campaign with code CT99-2030.");
        });
        assertThat(stored()).isEmpty();
    }

    @Test
    void importsAnUploadFromItsBytesUnderTheNameItWasSentWith() {
        ImportReport report = runner.importBytes("su-kien-phuong.csv", EventLists.threeEvents("15/5/2022").bytes(),
                "CT32-2022");

        assertThat(report.dryRun()).isFalse();
        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo("su-kien-phuong.csv");
            assertThat(file.counts().imported()).isEqualTo(3);
            assertThat(file.events()).extracting(EventLine::sheet).containsOnly("su-kien-phuong");
        });
        assertThat(stored()).hasSize(3);
    }

    @Test
    void refusesAnUploadLargerThanTheLimitWithoutReadingIt() {
        ImportRunner small = ImportRunner.writingTo(platform,
                ReadOptions.defaults().withLimits(ReadOptions.defaults().limits().withMaxFileBytes(100)));

        ImportReport report = small.importStream("lon.csv",
                new java.io.ByteArrayInputStream(EventLists.threeEvents("15/5/2022").bytes()), "CT32-2022");

        assertThat(report.files().get(0).error()).isNotNull();
        assertThat(report.files().get(0).error().code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(report.files().get(0).error().message()).isEqualTo(
                "lon.csv: the file has 101 bytes, more than the limit of 100");
        assertThat(stored()).isEmpty();
    }

    @Test
    void rejectsWithTheCoresCodeTheRowsOfOtherUnitsWhenAUnitOfficerImports() {
        ImportRunner officer = runner.as(new Actor.User("can-bo-bac-ha", Role.UNIT_OFFICER, new UnitCode("18076")));

        FileReport report = officer.importFile(Fixtures.path(FixtureGenerator.WORKS_UNICODE), "works.xlsx",
                "CT32-2022", ImportListener.NONE);

        assertThat(report.works()).extracting(w -> w.unitCode()).containsExactly("18076");
        assertThat(report.issues()).filteredOn(i -> i.code().name().equals("FORBIDDEN")).extracting(Issue::row)
                .containsExactly(8, 9, 11, 12, 13);
        assertThat(stored()).extracting(r -> r.unit().value()).containsExactly("18076");
    }

    private List<Registration> stored() {
        return platform.registrations().findByCampaign(CT32);
    }
}
