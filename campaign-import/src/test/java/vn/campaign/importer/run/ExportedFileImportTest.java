package vn.campaign.importer.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.core.access.Actor;
import vn.campaign.core.access.Role;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterEvent;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.Saved;
import vn.campaign.core.application.UpdateRegistration;
import vn.campaign.core.campaign.Campaign;
import vn.campaign.core.campaign.CampaignCode;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Event;
import vn.campaign.core.registration.EventDetails;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.unit.UnitCode;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportStatus;
import vn.campaign.importer.report.WorkLine;

/**
 * Importing a file the platform exported: rows found by their system id and version, compared with what is
 * stored, and written through the core only when they differ.
 */
class ExportedFileImportTest {

    private static final String CT32 = "CT32-2022";
    private static final String TRAN_PHU = "18070";
    private static final String NAM_HA = "18073";

    private final CampaignPlatform platform = CampaignPlatform.inMemory(Clock.systemUTC());
    private final Work hall = register(NAM_HA, WorkDetails.of("Nhà văn hóa tổ dân phố 5", WorkKind.INAUGURATION,
            LocalDate.of(2022, 5, 19)).withInvestment(new Vnd(1_250_000_000L)).withPlaqueRequested(true));
    private final Work road = register(TRAN_PHU, WorkDetails.of("Đường Hà Huy Tập nối dài", WorkKind.GROUNDBREAKING,
            LocalDate.of(2022, 6, 1)).withInvestment(new Vnd(4_000_000_000L)));

    @Test
    void readsTheHiddenSystemIdAndVersionAndLeavesEqualRowsUnchangedWritingNothing() {
        FileReport read = importing(ExportedWorks.export().row(hall, unitName(NAM_HA)).row(road, unitName(TRAN_PHU)));

        assertThat(read.counts()).extracting(c -> c.read(), c -> c.unchanged(), c -> c.updated(), c -> c.imported())
                .containsExactly(2, 2, 0, 0);
        assertThat(read.works()).extracting(WorkLine::id, WorkLine::change).containsExactly(
                tuple(hall.id().value(), Saved.Change.UNCHANGED), tuple(road.id().value(), Saved.Change.UNCHANGED));
        assertThat(read.sheets().get(0).columns()).extracting(c -> c.field())
                .contains("REGISTRATION_ID", "VERSION");
        assertThat(stored(hall)).isEqualTo(hall);
        assertThat(stored(road)).isEqualTo(road);
    }

    @Test
    void findsTheSystemIdColumnsWhereverTheyStandAndWhetherHiddenOrNot() {
        ExportedWorks moved = ExportedWorks.withColumns(ExportedWorks.VERSION, "Đơn vị", ExportedWorks.ID,
                "Tên công trình", "Loại", "Ngày dự kiến", "Tổng kinh phí (đồng)", "Gắn biển").nothingHidden()
                .row(hall, unitName(NAM_HA)).set("Ngày dự kiến", LocalDate.of(2022, 5, 20));

        FileReport read = importing(moved);

        assertThat(read.works()).extracting(WorkLine::change, WorkLine::changedFields)
                .containsExactly(tuple(Saved.Change.UPDATED, List.of("plannedOn")));
        assertThat(stored(hall).details().plannedOn()).isEqualTo(LocalDate.of(2022, 5, 20));
        assertThat(stored(hall).version()).isEqualTo(hall.version() + 1);
    }

    @Test
    void aHiddenColumnThatIsNotASystemColumnIsStillLeftAside() {
        FileReport read = importing(ExportedWorks.export().hide("Tổng kinh phí (đồng)").row(hall, unitName(NAM_HA))
                .set("Tổng kinh phí (đồng)", 9_000_000_000L));

        assertThat(read.works()).extracting(WorkLine::change).containsExactly(Saved.Change.UNCHANGED);
        assertThat(stored(hall)).isEqualTo(hall);
    }

    @Test
    void namesEveryChangedFieldAndUpdatesThroughTheCoreToTheNextVersion() {
        FileReport read = importing(ExportedWorks.export().row(hall, unitName(NAM_HA))
                .set("Tên công trình", "Nhà văn hóa tổ dân phố 5 (mới)").set("Tổng kinh phí (đồng)", 1_300_000_000L)
                .set("Gắn biển", "Không").row(road, unitName(TRAN_PHU)));

        assertThat(read.counts()).extracting(c -> c.updated(), c -> c.unchanged()).containsExactly(1, 1);
        assertThat(read.works().get(0).changedFields()).containsExactly("name", "investment", "plaqueRequested");
        Work now = stored(hall);
        assertThat(now.name()).isEqualTo("Nhà văn hóa tổ dân phố 5 (mới)");
        assertThat(now.details().investment()).isEqualTo(new Vnd(1_300_000_000L));
        assertThat(now.details().plaqueRequested()).isFalse();
        assertThat(now.version()).isEqualTo(hall.version() + 1);
        assertThat(platform.auditLog().findByObject(hall.id().value())).hasSize(2);
    }

    @Test
    void aFieldTheFileDoesNotCarryKeepsItsStoredValueAndABlankCellClearsOne() {
        ExportedWorks withoutAmount = ExportedWorks.withColumns("Đơn vị", "Tên công trình", "Loại", "Ngày dự kiến",
                "Gắn biển", ExportedWorks.ID, ExportedWorks.VERSION).row(hall, unitName(NAM_HA))
                .set("Ngày dự kiến", LocalDate.of(2022, 5, 21));

        FileReport partial = importing(withoutAmount);
        Work afterPartial = stored(hall);
        FileReport cleared = importing(ExportedWorks.export().row(afterPartial, unitName(NAM_HA))
                .set("Tổng kinh phí (đồng)", null));

        assertThat(partial.works().get(0).changedFields()).containsExactly("plannedOn");
        assertThat(afterPartial.details().investment()).isEqualTo(new Vnd(1_250_000_000L));
        assertThat(cleared.works().get(0).changedFields()).containsExactly("investment");
        assertThat(stored(hall).details().investment()).isNull();
        assertThat(stored(hall).details().plannedOn()).isEqualTo(LocalDate.of(2022, 5, 21));
    }

    @Test
    void aRowWhoseVersionIsStaleIsAConflictAndNothingOfItIsWritten() {
        Work moved = (Work) platform.registrationService().update(new UpdateRegistration(road.id().value(),
                road.version(), road.details().withInvestment(new Vnd(5_000_000_000L)))).value();

        FileReport read = importing(ExportedWorks.export().row(hall, unitName(NAM_HA)).row(road, unitName(TRAN_PHU))
                .set("Ngày dự kiến", LocalDate.of(2022, 6, 2)));

        assertThat(read.counts()).extracting(c -> c.read(), c -> c.unchanged(), c -> c.conflicts(), c -> c.rejected())
                .containsExactly(2, 1, 1, 0);
        assertThat(read.counts().stored()).isEqualTo(1);
        assertThat(read.status()).isEqualTo(ImportStatus.ROWS_REJECTED);
        assertThat(read.issues()).extracting(Issue::row, Issue::column, i -> i.code().name(), Issue::severity)
                .containsExactly(tuple(5, "I", "CONFLICT", Severity.ERROR));
        assertThat(stored(road)).isEqualTo(moved);
    }

    @Test
    void importingTheSameEditedFileTwiceUpdatesThenReportsAConflict() {
        byte[] edited = ExportedWorks.export().row(road, unitName(TRAN_PHU))
                .set("Tổng kinh phí (đồng)", 4_200_000_000L).bytes();
        ImportRunner runner = ImportRunner.writingTo(platform);

        FileReport first = runner.importBytes("works.xlsx", edited, CT32).files().get(0);
        FileReport second = runner.importBytes("works.xlsx", edited, CT32).files().get(0);

        assertThat(first.counts().updated()).isEqualTo(1);
        assertThat(second.counts().conflicts()).isEqualTo(1);
        assertThat(stored(road).version()).isEqualTo(road.version() + 1);
    }

    @Test
    void rejectsUnusableIdsWithAMessageLocatedOnTheIdCell() {
        Event festival = platform.registrationService().registerEvent(new RegisterEvent(CT32, NAM_HA,
                EventDetails.of("Lễ hội đền Huyện", EventKind.TRADITIONAL_FESTIVAL, LocalDate.of(2022, 5, 1), null)))
                .value();
        Work unknown = Work.register(new CampaignCode(CT32), new UnitCode(TRAN_PHU), WorkDetails.of("Cầu Cày",
                WorkKind.GROUNDBREAKING, LocalDate.of(2022, 6, 3)));

        FileReport read = importing(ExportedWorks.export()
                .row(hall, unitName(NAM_HA)).set(ExportedWorks.ID, "không-phải-mã")
                .row(road, unitName(TRAN_PHU)).set(ExportedWorks.ID, ExportedWorks.globalId(festival))
                .row(unknown, unitName(TRAN_PHU))
                .row(road, unitName(TRAN_PHU)).set(ExportedWorks.VERSION, "hai")
                .row(road, unitName(NAM_HA)).set("Tên công trình", "Đường khác"));

        assertThat(read.counts()).extracting(c -> c.read(), c -> c.rejected()).containsExactly(5, 5);
        assertThat(read.issues()).extracting(Issue::row, Issue::column, i -> i.code().name()).containsExactly(
                tuple(4, "H", "ID_UNREADABLE"),
                tuple(5, "H", "ID_OF_OTHER_TYPE"),
                tuple(6, "H", "ID_UNKNOWN"),
                tuple(7, "I", "VERSION_MISSING"),
                tuple(8, "B", "UNIT_OF_REGISTRATION_DIFFERS"));
        assertThat(read.issues().get(1).message().en()).isEqualTo("The system id \"" + ExportedWorks.globalId(festival)
                + "\" is an event's, but this row is a work; this row was not imported.");
        assertThat(read.issues().get(4).message().en()).startsWith(
                "The registration with this system id belongs to unit 18070, but the row names unit 18073");
        assertThat(stored(hall)).isEqualTo(hall);
        assertThat(stored(road)).isEqualTo(road);
    }

    @Test
    void rejectsTheIdOfARegistrationOfAnotherCampaign() {
        Campaign ct32 = Directive32.campaign();
        Campaign other = ct32.withIdentity(new CampaignCode("CT99-2023"), "Đợt khác", "Another campaign");
        platform.campaigns().save(other);
        Work elsewhere = platform.registrationService().registerWork(new RegisterWork("CT99-2023", TRAN_PHU,
                WorkDetails.of("Đường Hà Huy Tập nối dài", WorkKind.GROUNDBREAKING, LocalDate.of(2022, 6, 1)))).value();

        FileReport read = importing(ExportedWorks.export().row(elsewhere, unitName(TRAN_PHU)));

        assertThat(read.issues()).extracting(Issue::column, i -> i.code().name(), i -> i.message().en())
                .containsExactly(tuple("H", "ID_OF_OTHER_CAMPAIGN", "The system id \""
                        + ExportedWorks.globalId(elsewhere) + "\" is a registration of campaign CT99-2023, not "
                        + "CT32-2022; this row was not imported."));
        assertThat(stored(elsewhere)).isEqualTo(elsewhere);
    }

    @Test
    void rejectsASecondRowWithTheSameSystemId() {
        FileReport read = importing(ExportedWorks.export().row(road, unitName(TRAN_PHU)).row(road, unitName(TRAN_PHU))
                .set("Tên công trình", "Đường Hà Huy Tập (đoạn 2)"));

        assertThat(read.counts()).extracting(c -> c.unchanged(), c -> c.rejected()).containsExactly(1, 1);
        assertThat(read.issues()).extracting(Issue::row, Issue::column, i -> i.code().name())
                .containsExactly(tuple(5, "H", "DUPLICATE_ID"));
    }

    @Test
    void refusesARowOfAUnitTheCallerMayNotEdit() {
        Actor tranPhu = new Actor.User("canbo.tranphu", Role.UNIT_OFFICER, new UnitCode(TRAN_PHU));

        FileReport read = ImportRunner.writingTo(platform).as(tranPhu).importBytes("works.xlsx", ExportedWorks.export()
                .row(hall, unitName(NAM_HA)).row(road, unitName(TRAN_PHU)).bytes(), CT32).files().get(0);

        assertThat(read.counts()).extracting(c -> c.unchanged(), c -> c.rejected()).containsExactly(1, 1);
        assertThat(read.issues()).extracting(Issue::row, i -> i.code().name()).containsExactly(tuple(4, "FORBIDDEN"));
    }

    @Test
    void aRowWithoutSystemIdIsANewRegistrationAsBefore() {
        FileReport read = importing(ExportedWorks.export().row(road, unitName(TRAN_PHU))
                .set("Tên công trình", "Cầu Cày").set(ExportedWorks.ID, null).set(ExportedWorks.VERSION, null));

        assertThat(read.works()).extracting(WorkLine::name, WorkLine::change)
                .containsExactly(tuple("Cầu Cày", Saved.Change.CREATED));
        assertThat(stored(road)).isEqualTo(road);
    }

    @Test
    void theDryRunReportsTheSameOutcomesAndWritesNothing() {
        byte[] file = ExportedWorks.export().row(hall, unitName(NAM_HA)).set("Ngày dự kiến", LocalDate.of(2022, 5, 20))
                .row(road, unitName(TRAN_PHU)).set(ExportedWorks.VERSION, road.version() + 3).bytes();

        FileReport checked = ImportRunner.dryRun(platform).importBytes("works.xlsx", file, CT32).files().get(0);
        FileReport real = ImportRunner.writingTo(platform).importBytes("works.xlsx", file, CT32).files().get(0);

        assertThat(checked.counts()).isEqualTo(real.counts());
        assertThat(checked.works()).extracting(WorkLine::change, WorkLine::changedFields)
                .containsExactly(tuple(Saved.Change.UPDATED, List.of("plannedOn")));
        assertThat(checked.issues()).filteredOn(Issue::rejectsRow).extracting(i -> i.code().name())
                .containsExactly("CONFLICT");
        assertThat(real.works()).extracting(WorkLine::change).containsExactly(Saved.Change.UPDATED);
    }

    private FileReport importing(ExportedWorks file) {
        return ImportRunner.writingTo(platform).importBytes("works.xlsx", file.bytes(), CT32).files().get(0);
    }

    private Work register(String unit, WorkDetails details) {
        return platform.registrationService().registerWork(new RegisterWork(CT32, unit, details)).value();
    }

    private Work stored(Work work) {
        return (Work) platform.registrations().findById(work.id()).orElseThrow();
    }

    private String unitName(String code) {
        return platform.units().findAllByCode(new UnitCode(code)).get(0).name();
    }
}
