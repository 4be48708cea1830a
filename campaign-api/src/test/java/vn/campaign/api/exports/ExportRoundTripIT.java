package vn.campaign.api.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import vn.campaign.api.graphql.GlobalId;
import vn.campaign.api.security.TestTokens;
import vn.campaign.api.support.EmbeddedStoreTestBase;
import vn.campaign.core.application.CampaignPlatform;
import vn.campaign.core.application.RegisterWork;
import vn.campaign.core.application.Saved;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.Registration;
import vn.campaign.core.registration.Vnd;
import vn.campaign.core.registration.Work;
import vn.campaign.core.registration.WorkDetails;
import vn.campaign.importer.report.Counts;
import vn.campaign.importer.report.FileReport;
import vn.campaign.importer.report.ImportReport;
import vn.campaign.importer.report.ReportJson;
import vn.campaign.importer.report.WorkLine;
import vn.campaign.importer.run.ImportRunner;

/**
 * The round trip: a city administrator downloads {@code works.xlsx}, edits it and uploads it to
 * {@code POST /api/imports}; the rows are found by the export's hidden system id and compared with what is
 * stored. Each test registers its own works (names carry a token) and deletes the other rows of the export,
 * as the tests share one store.
 */
class ExportRoundTripIT extends EmbeddedStoreTestBase {

    private static final String NAME = "Tên công trình";
    private static final String PLANNED_ON = "Ngày dự kiến";
    private static final String AMOUNT = "Tổng kinh phí (đồng)";

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private CampaignPlatform platform;

    private ExportFixtures data;
    private ExportEndpoint admin;
    private Work school;

    @BeforeEach
    void registerWorks() {
        data = new ExportFixtures(platform);
        admin = ExportEndpoint.as(context, TestTokens.cityAdmin());
        school = platform.registrationService().registerWork(new RegisterWork(ExportFixtures.CT32,
                ExportFixtures.TRAN_PHU, WorkDetails.of("Trường mầm non Trần Phú " + data.token,
                        WorkKind.INAUGURATION, LocalDate.of(2022, 5, 10)))).value();
    }

    @Test
    void anUnchangedExportImportsEveryRowAsUnchangedAndWritesNothing() {
        byte[] file = exported().bytes();
        Map<String, Integer> auditBefore = auditSizes();

        FileReport read = upload(file);

        assertThat(read.error()).isNull();
        assertThat(read.counts()).isEqualTo(new Counts(4, 0, 0, 4, 0, 0, read.counts().skipped(),
                read.counts().skippedByReason()));
        assertThat(read.works()).extracting(WorkLine::change).containsOnly(Saved.Change.UNCHANGED);
        assertThat(read.works()).extracting(WorkLine::id)
                .containsExactlyInAnyOrderElementsOf(works().stream().map(w -> w.id().value()).toList());
        assertThat(read.issues()).isEmpty();
        assertThat(stored(data.hall)).isEqualTo(data.hall);
        assertThat(stored(data.road)).isEqualTo(data.road);
        assertThat(stored(data.park)).isEqualTo(data.park);
        assertThat(stored(school)).isEqualTo(school);
        assertThat(auditSizes()).isEqualTo(auditBefore);
    }

    @Test
    void editedCellsUpdateExactlyTheirRegistrationsToTheNextVersion() {
        ExportedSheet sheet = exported();
        sheet.cell(sheet.rowNamed(NAME, data.hall.name()), PLANNED_ON).setCellValue(LocalDate.of(2022, 5, 20));
        sheet.cell(sheet.rowNamed(NAME, data.road.name()), AMOUNT).setCellValue(4_500_000_000d);
        String renamed = "Trường mầm non Hoa Sen " + data.token;
        sheet.write(sheet.rowNamed(NAME, school.name()), NAME, renamed);

        FileReport read = upload(sheet.bytes());

        assertThat(read.counts().updated()).isEqualTo(3);
        assertThat(read.counts().unchanged()).isEqualTo(1);
        assertThat(read.counts().stored()).isEqualTo(4);
        assertThat(read.works()).extracting(WorkLine::id, WorkLine::change, WorkLine::changedFields).containsExactlyInAnyOrder(
                tuple(data.hall.id().value(), Saved.Change.UPDATED, List.of("plannedOn")),
                tuple(data.road.id().value(), Saved.Change.UPDATED, List.of("investment")),
                tuple(school.id().value(), Saved.Change.UPDATED, List.of("name")),
                tuple(data.park.id().value(), Saved.Change.UNCHANGED, List.of()));
        Work hall = stored(data.hall);
        assertThat(hall.details().plannedOn()).isEqualTo(LocalDate.of(2022, 5, 20));
        assertThat(hall.details()).isEqualTo(new WorkDetails(data.hall.name(), data.hall.kind(),
                LocalDate.of(2022, 5, 20), data.hall.details().taskArea(), data.hall.details().location(),
                data.hall.details().scale(), data.hall.details().investment(), data.hall.details().fundingSource(),
                data.hall.details().investor(), true, data.hall.details().evidenceNotes()));
        assertThat(hall.version()).isEqualTo(data.hall.version() + 1);
        assertThat(stored(data.road).details().investment()).isEqualTo(new Vnd(4_500_000_000L));
        assertThat(stored(data.road).version()).isEqualTo(data.road.version() + 1);
        assertThat(stored(school).name()).isEqualTo(renamed);
        assertThat(stored(school).version()).isEqualTo(school.version() + 1);
        assertThat(stored(data.park)).isEqualTo(data.park);
    }

    @Test
    void importingTheSameEditedFileTwiceReportsItsEditsAsConflictsTheSecondTime() {
        ExportedSheet sheet = exported();
        sheet.cell(sheet.rowNamed(NAME, data.road.name()), AMOUNT).setCellValue(4_500_000_000d);
        byte[] file = sheet.bytes();
        FileReport first = upload(file);

        FileReport again = upload(file);

        assertThat(first.counts().updated()).isEqualTo(1);
        assertThat(again.counts().conflicts()).isEqualTo(1);
        assertThat(again.counts().unchanged()).isEqualTo(3);
        assertThat(again.issues()).extracting(i -> i.code().name()).containsExactly("CONFLICT");
        assertThat(stored(data.road).version()).isEqualTo(data.road.version() + 1);
    }

    @Test
    void aRowWhoseRegistrationChangedAfterTheExportIsAConflictAndNothingOfItIsWritten() {
        ExportedSheet sheet = exported();
        Row road = sheet.rowNamed(NAME, data.road.name());
        sheet.cell(road, AMOUNT).setCellValue(9_999_000_000d);
        admin.graphQlData("""
                mutation($input: UpdateWorkInput!) { updateWork(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", GlobalId.of(data.road), "expectedVersion", data.road.version(),
                        "location", "Phường Trần Phú, đoạn nối dài")));
        Work changedThroughTheApi = stored(data.road);

        FileReport read = upload(sheet.bytes());

        assertThat(changedThroughTheApi.version()).isEqualTo(data.road.version() + 1);
        assertThat(read.counts().conflicts()).isEqualTo(1);
        assertThat(read.counts().unchanged()).isEqualTo(3);
        assertThat(read.works()).extracting(WorkLine::id).doesNotContain(data.road.id().value());
        assertThat(read.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code().name()).isEqualTo("CONFLICT");
            assertThat(issue.row()).isEqualTo(road.getRowNum() + 1);
            assertThat(issue.column()).isEqualTo(columnLetter(sheet, ExportLayout.VERSION_HEADER));
        });
        assertThat(read.status().name()).isEqualTo("ROWS_REJECTED");
        assertThat(stored(data.road)).isEqualTo(changedThroughTheApi);
    }

    @Test
    void aRowWithoutSystemIdIsANewRegistration() {
        ExportedSheet sheet = exported();
        Row copy = sheet.rowNamed(NAME, school.name());
        String name = "Trường tiểu học Trần Phú " + data.token;
        sheet.write(copy, NAME, name);
        sheet.write(copy, ExportLayout.ID_HEADER, null);
        sheet.write(copy, ExportLayout.VERSION_HEADER, null);

        FileReport read = upload(sheet.bytes());

        assertThat(read.counts().imported()).isEqualTo(1);
        assertThat(read.counts().unchanged()).isEqualTo(3);
        WorkLine created = read.works().stream().filter(w -> w.change() == Saved.Change.CREATED).findFirst()
                .orElseThrow();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.id()).isNotEqualTo(school.id().value());
        assertThat(stored(school)).isEqualTo(school);
    }

    @Test
    void theDryRunOverTheServersRegistrationsReportsTheSameOutcomesAndWritesNothing() {
        ExportedSheet sheet = exported();
        sheet.cell(sheet.rowNamed(NAME, data.hall.name()), PLANNED_ON).setCellValue(LocalDate.of(2022, 5, 20));
        Row road = sheet.rowNamed(NAME, data.road.name());
        sheet.cell(road, ExportLayout.VERSION_HEADER).setCellValue(data.road.version() + 7d);
        byte[] file = sheet.bytes();

        ImportReport checked = ImportRunner.dryRun(platform).importBytes("works.xlsx", file, ExportFixtures.CT32);

        FileReport read = checked.files().get(0);
        assertThat(checked.dryRun()).isTrue();
        assertThat(read.counts().updated()).isEqualTo(1);
        assertThat(read.counts().conflicts()).isEqualTo(1);
        assertThat(read.counts().unchanged()).isEqualTo(2);
        assertThat(read.works()).extracting(WorkLine::id, WorkLine::change).contains(
                tuple(data.hall.id().value(), Saved.Change.UPDATED));
        assertThat(stored(data.hall)).isEqualTo(data.hall);
        assertThat(stored(data.road)).isEqualTo(data.road);
    }

    /** The export of works as the city administrator, without the rows of other tests. */
    private ExportedSheet exported() {
        byte[] xlsx = admin.get(ExportController.WORKS_PATH, "campaign", ExportFixtures.CT32).getContentAsByteArray();
        return ExportedSheet.read(xlsx).keepOnlyNamesWith(NAME, data.token);
    }

    private FileReport upload(byte[] file) {
        MockHttpServletResponse response = admin.upload("works.xlsx", file);
        assertThat(response.getStatus()).isEqualTo(200);
        ImportReport report = ReportJson.read(new String(response.getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.dryRun()).isFalse();
        return report.files().get(0);
    }

    private List<Work> works() {
        return List.of(data.hall, data.road, data.park, school);
    }

    private Work stored(Work work) {
        return (Work) platform.registrations().findById(work.id()).orElseThrow();
    }

    private Map<String, Integer> auditSizes() {
        return works().stream().map(Registration::id).collect(java.util.stream.Collectors.toMap(
                id -> id.value(), id -> platform.auditLog().findByObject(id.value()).size()));
    }

    private static String columnLetter(ExportedSheet sheet, String header) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(sheet.column(header));
    }
}
